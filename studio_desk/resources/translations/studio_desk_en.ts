<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Studio Desk</source>
        <translation>About Studio Desk</translation>
    </message>
    <message>
        <source>Studio Desk</source>
        <translation>Studio Desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Log: {file}</source>
        <translation>Log: {file}</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Add a person</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Role</translation>
    </message>
    <message>
        <source>C&amp;oach</source>
        <translation>C&amp;oach</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN a&amp;gain</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>The two PINs differ. Type the PIN again.</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust pack #{pack} — {client}</source>
        <translation>Adjust pack #{pack} — {client}</translation>
    </message>
    <message>
        <source>Like 2 to add two, or -1 to take one away</source>
        <translation>Like 2 to add two, or -1 to take one away</translation>
    </message>
    <message>
        <source>Like: two sessions given as a goodwill gesture</source>
        <translation>Like: two sessions given as a goodwill gesture</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>&amp;Adjust</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Pack:</translation>
    </message>
    <message>
        <source>&amp;Sessions (+ to add, - to take away):</source>
        <translation>&amp;Sessions (+ to add, - to take away):</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>From the 1st of this month to today</source>
        <translation>From the 1st of this month to today</translation>
    </message>
    <message>
        <source>By c&amp;lass</source>
        <translation>By c&amp;lass</translation>
    </message>
    <message>
        <source>By c&amp;oach</source>
        <translation>By c&amp;oach</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>Class attendance by coach</source>
        <translation>Class attendance by coach</translation>
    </message>
    <message>
        <source>Class attendance</source>
        <translation>Class attendance</translation>
    </message>
    <message>
        <source>Print the attendance report</source>
        <translation>Print the attendance report</translation>
    </message>
    <message>
        <source>The attendance report went to the printer.</source>
        <translation>The attendance report went to the printer.</translation>
    </message>
    <message>
        <source>Save the attendance report as PDF</source>
        <translation>Save the attendance report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>attendance report</source>
        <translation>attendance report</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>BookingDetailsDialog</name>
    <message>
        <source>Booking {number}</source>
        <translation>Booking {number}</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Course:</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Paid:</translation>
    </message>
    <message>
        <source>Booked at:</source>
        <translation>Booked at:</translation>
    </message>
    <message>
        <source>Packs:</source>
        <translation>Packs:</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <source>Print rece&amp;ipt again…</source>
        <translation>Print rece&amp;ipt again…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Payments and refunds</source>
        <translation>Payments and refunds</translation>
    </message>
    <message>
        <source>{course} ({minutes} min)</source>
        <translation>{course} ({minutes} min)</translation>
    </message>
    <message>
        <source>{status} · no-show</source>
        <translation>{status} · no-show</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>{method}, because: {reason}</source>
        <translation>{method}, because: {reason}</translation>
    </message>
</context>
<context>
    <name>BookingListPage</name>
    <message>
        <source>Client name, phone or course</source>
        <translation>Client name, phone or course</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>All coaches</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Clear filters</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Save every booking that matches the filters, in this order</source>
        <translation>Save every booking that matches the filters, in this order</translation>
    </message>
    <message>
        <source>{coach} (left)</source>
        <translation>{coach} (left)</translation>
    </message>
    <message>
        <source>The list could not be read: {reason}</source>
        <translation>The list could not be read: {reason}</translation>
    </message>
    <message>
        <source>No bookings match these filters, so there is nothing to export.</source>
        <translation>No bookings match these filters, so there is nothing to export.</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Export bookings</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>the file could not be written</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}.</source>
        <translation>Could not save {file}: {reason}.</translation>
    </message>
    <message>
        <source>Saved 1 booking to {path}.</source>
        <translation>Saved 1 booking to {path}.</translation>
    </message>
    <message>
        <source>Saved {count} bookings to {path}.</source>
        <translation>Saved {count} bookings to {path}.</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <source>Click to sort by {column}</source>
        <translation>Click to sort by {column}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>{course} (class)</source>
        <translation>{course} (class)</translation>
    </message>
    <message>
        <source>Pack #{pack}</source>
        <translation>Pack #{pack}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Previous</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <source>Day (all coaches)</source>
        <translation>Day (all coaches)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Show:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Full class</source>
        <translation>Full class</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Free</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Past</translation>
    </message>
    <message>
        <source>Previous day (week)</source>
        <translation>Previous day (week)</translation>
    </message>
    <message>
        <source>Next day (week)</source>
        <translation>Next day (week)</translation>
    </message>
    <message>
        <source>Shortcut: {keys}</source>
        <translation>Shortcut: {keys}</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Week of {date}</translation>
    </message>
    <message>
        <source>The calendar could not be loaded. {reason}</source>
        <translation>The calendar could not be loaded. {reason}</translation>
    </message>
</context>
<context>
    <name>CancelClassDialog</name>
    <message>
        <source>Cancel class</source>
        <translation>Cancel class</translation>
    </message>
    <message>
        <source>Why is it canceled? e.g. the coach is ill</source>
        <translation>Why is it canceled? e.g. the coach is ill</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>Re&amp;fund the money paid, by the way it was paid</source>
        <translation>Re&amp;fund the money paid, by the way it was paid</translation>
    </message>
    <message>
        <source>Return the &amp;pack credits to their packs</source>
        <translation>Return the &amp;pack credits to their packs</translation>
    </message>
    <message>
        <source>Clients to &amp;tell:</source>
        <translation>Clients to &amp;tell:</translation>
    </message>
    <message>
        <source>They were on the &amp;waitlist:</source>
        <translation>They were on the &amp;waitlist:</translation>
    </message>
    <message>
        <source>Cancel the &amp;class</source>
        <translation>Cancel the &amp;class</translation>
    </message>
    <message>
        <source>&amp;Keep the class</source>
        <translation>&amp;Keep the class</translation>
    </message>
    <message>
        <source>The class is canceled. Call or message each client below.</source>
        <translation>The class is canceled. Call or message each client below.</translation>
    </message>
    <message>
        <source>The class is canceled. Nobody had a place in it.</source>
        <translation>The class is canceled. Nobody had a place in it.</translation>
    </message>
    <message>
        <source>{amount} refunded</source>
        <translation>{amount} refunded</translation>
    </message>
    <message>
        <source>credit back to the pack</source>
        <translation>credit back to the pack</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>no phone number</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel booking</source>
        <translation>Cancel booking</translation>
    </message>
    <message>
        <source>&lt;b&gt;{client}&lt;/b&gt; · {course} with {coach}&lt;br&gt;{when}</source>
        <translation>&lt;b&gt;{client}&lt;/b&gt; · {course} with {coach}&lt;br&gt;{when}</translation>
    </message>
    <message>
        <source>Why is it canceled? e.g. the client is ill</source>
        <translation>Why is it canceled? e.g. the client is ill</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>Re&amp;fund</translation>
    </message>
    <message>
        <source>&amp;Keep the money (no refund)</source>
        <translation>&amp;Keep the money (no refund)</translation>
    </message>
    <message>
        <source>e.g. the client's card was cancelled</source>
        <translation>e.g. the client's card was cancelled</translation>
    </message>
    <message>
        <source>&amp;Why by this method (admin):</source>
        <translation>&amp;Why by this method (admin):</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>Cancel &amp;booking</translation>
    </message>
    <message>
        <source>Keep booki&amp;ng</source>
        <translation>Keep booki&amp;ng</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Given back by:</source>
        <translation>&amp;Given back by:</translation>
    </message>
    <message>
        <source>{method} (paid {amount})</source>
        <translation>{method} (paid {amount})</translation>
    </message>
    <message>
        <source>{method} (admin, with a reason)</source>
        <translation>{method} (admin, with a reason)</translation>
    </message>
    <message>
        <source>Only an admin can refund by a method that did not take the money.</source>
        <translation>Only an admin can refund by a method that did not take the money.</translation>
    </message>
    <message>
        <source>R&amp;eference (required):</source>
        <translation>R&amp;eference (required):</translation>
    </message>
    <message>
        <source>R&amp;eference (optional):</source>
        <translation>R&amp;eference (optional):</translation>
    </message>
    <message>
        <source>{amount} was paid. What happens to it?</source>
        <translation>{amount} was paid. What happens to it?</translation>
    </message>
</context>
<context>
    <name>CancelRulesForm</name>
    <message>
        <source>Cancellation rules</source>
        <translation>Cancellation rules</translation>
    </message>
    <message>
        <source>R&amp;ules for this course</source>
        <translation>R&amp;ules for this course</translation>
    </message>
    <message>
        <source>a cancel later than this is late</source>
        <translation>a cancel later than this is late</translation>
    </message>
    <message>
        <source>0: members are not blocked</source>
        <translation>0: members are not blocked</translation>
    </message>
    <message>
        <source>the fee</source>
        <translation>the fee</translation>
    </message>
    <message>
        <source>Fee ({currency})</source>
        <translation>Fee ({currency})</translation>
    </message>
    <message>
        <source>Late-cancel w&amp;indow (hours):</source>
        <translation>Late-cancel w&amp;indow (hours):</translation>
    </message>
    <message>
        <source>A late &amp;cancel costs:</source>
        <translation>A late &amp;cancel costs:</translation>
    </message>
    <message>
        <source>A n&amp;o-show costs:</source>
        <translation>A n&amp;o-show costs:</translation>
    </message>
    <message>
        <source>&amp;Membership blocked after a no-show (days):</source>
        <translation>&amp;Membership blocked after a no-show (days):</translation>
    </message>
    <message>
        <source>the credit or the money paid</source>
        <translation>the credit or the money paid</translation>
    </message>
    <message>
        <source>a fee</source>
        <translation>a fee</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nothing</translation>
    </message>
    <message>
        <source>Fee ({currency}):</source>
        <translation>Fee ({currency}):</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <source>Take cash out of the till</source>
        <translation>Take cash out of the till</translation>
    </message>
    <message>
        <source>Put a float in the till</source>
        <translation>Put a float in the till</translation>
    </message>
    <message>
        <source>Cash taken out for the studio, such as milk for the café. The next closing expects that much less in the till.</source>
        <translation>Cash taken out for the studio, such as milk for the café. The next closing expects that much less in the till.</translation>
    </message>
    <message>
        <source>The change put in the till to start with. The next closing expects it in the till.</source>
        <translation>The change put in the till to start with. The next closing expects it in the till.</translation>
    </message>
    <message>
        <source>Milk for the café</source>
        <translation>Milk for the café</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Record</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>&amp;What for:</translation>
    </message>
</context>
<context>
    <name>CatalogScreens</name>
    <message>
        <source>&amp;Coaches…</source>
        <translation>&amp;Coaches…</translation>
    </message>
    <message>
        <source>C&amp;ourses…</source>
        <translation>C&amp;ourses…</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>Change my PIN</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN</source>
        <translation>C&amp;urrent PIN</translation>
    </message>
    <message>
        <source>Your PIN is changed. Use the new one from now on.</source>
        <translation>Your PIN is changed. Use the new one from now on.</translation>
    </message>
</context>
<context>
    <name>ClassChip</name>
    <message>
        <source>Show every booking again</source>
        <translation>Show every booking again</translation>
    </message>
    <message>
        <source>Class #{number}</source>
        <translation>Class #{number}</translation>
    </message>
    <message>
        <source>Class: {course}, {day} {time}</source>
        <translation>Class: {course}, {day} {time}</translation>
    </message>
</context>
<context>
    <name>ClassScreens</name>
    <message>
        <source>&amp;Rooms…</source>
        <translation>&amp;Rooms…</translation>
    </message>
    <message>
        <source>T&amp;imetable…</source>
        <translation>T&amp;imetable…</translation>
    </message>
</context>
<context>
    <name>ClassSummary</name>
    <message>
        <source>{coach} (usually {usual})</source>
        <translation>{coach} (usually {usual})</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>canceled</translation>
    </message>
    <message>
        <source>{taken} places, {waiting} waiting</source>
        <translation>{taken} places, {waiting} waiting</translation>
    </message>
    <message>
        <source>&lt;b&gt;{course}&lt;/b&gt; with {coach}&lt;br&gt;{details}</source>
        <translation>&lt;b&gt;{course}&lt;/b&gt; with {coach}&lt;br&gt;{details}</translation>
    </message>
</context>
<context>
    <name>ClientPacksPanel</name>
    <message>
        <source>P&amp;acks and memberships:</source>
        <translation>P&amp;acks and memberships:</translation>
    </message>
    <message>
        <source>Free&amp;ze…</source>
        <translation>Free&amp;ze…</translation>
    </message>
    <message>
        <source>Ad&amp;just…</source>
        <translation>Ad&amp;just…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>&amp;Refund…</translation>
    </message>
</context>
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Part of the name, or the start of the phone number</source>
        <translation>Part of the name, or the start of the phone number</translation>
    </message>
    <message>
        <source>&amp;Merge a duplicate into this client…</source>
        <translation>&amp;Merge a duplicate into this client…</translation>
    </message>
    <message>
        <source>&amp;Import from a CSV file…</source>
        <translation>&amp;Import from a CSV file…</translation>
    </message>
    <message>
        <source>Sell a pac&amp;k to this client…</source>
        <translation>Sell a pac&amp;k to this client…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Find:</translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation>&amp;Clients:</translation>
    </message>
    <message>
        <source>Like 0812 3456 7890</source>
        <translation>Like 0812 3456 7890</translation>
    </message>
    <message>
        <source>The studio's</source>
        <translation>The studio's</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of messages:</source>
        <translation>Lan&amp;guage of messages:</translation>
    </message>
    <message>
        <source>&amp;Bookings:</source>
        <translation>&amp;Bookings:</translation>
    </message>
    <message>
        <source>&amp;Payments:</source>
        <translation>&amp;Payments:</translation>
    </message>
    <message>
        <source>Bookings: {bookings}. Paid in all: {paid}.</source>
        <translation>Bookings: {bookings}. Paid in all: {paid}.</translation>
    </message>
    <message>
        <source>No-shows: {count}.</source>
        <translation>No-shows: {count}.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Saved at {time}.</translation>
    </message>
</context>
<context>
    <name>CoachQueue</name>
    <message>
        <source>Sign in as a coach to see their queue (Ctrl+L). Only a booking's coach or an admin confirms bookings and marks sessions done.</source>
        <translation>Sign in as a coach to see their queue (Ctrl+L). Only a booking's coach or an admin confirms bookings and marks sessions done.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Nothing is waiting for confirmation.</source>
        <translation>Nothing is waiting for confirmation.</translation>
    </message>
    <message>
        <source>No confirmed sessions today.</source>
        <translation>No confirmed sessions today.</translation>
    </message>
    <message>
        <source>&amp;No-show…</source>
        <translation>&amp;No-show…</translation>
    </message>
    <message>
        <source>Record that the chosen session's client did not come</source>
        <translation>Record that the chosen session's client did not come</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>C&amp;onfirm</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>Queue of</source>
        <translation>Queue of</translation>
    </message>
    <message>
        <source>{coach}'s queue</source>
        <translation>{coach}'s queue</translation>
    </message>
    <message>
        <source>Coach queue</source>
        <translation>Coach queue</translation>
    </message>
    <message>
        <source>Paid — waiting for your confirmation ({count})</source>
        <translation>Paid — waiting for your confirmation ({count})</translation>
    </message>
    <message>
        <source>Paid — waiting for {coach}'s confirmation ({count})</source>
        <translation>Paid — waiting for {coach}'s confirmation ({count})</translation>
    </message>
    <message>
        <source>Mark &amp;done from {time}</source>
        <translation>Mark &amp;done from {time}</translation>
    </message>
    <message>
        <source>Confirmed: {client}, {when}.</source>
        <translation>Confirmed: {client}, {when}.</translation>
    </message>
    <message>
        <source>No-show recorded: {client}, {when}.</source>
        <translation>No-show recorded: {client}, {when}.</translation>
    </message>
    <message>
        <source>Marked done: {client}, {when}.</source>
        <translation>Marked done: {client}, {when}.</translation>
    </message>
    <message>
        <source>Today's confirmed sessions ({count})</source>
        <translation>Today's confirmed sessions ({count})</translation>
    </message>
    <message>
        <source>A session can be marked done once it has begun.</source>
        <translation>A session can be marked done once it has begun.</translation>
    </message>
</context>
<context>
    <name>CoachReportPage</name>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>From the 1st of this month to today</source>
        <translation>From the 1st of this month to today</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Print the coach report</source>
        <translation>Print the coach report</translation>
    </message>
    <message>
        <source>The coach report went to the printer.</source>
        <translation>The coach report went to the printer.</translation>
    </message>
    <message>
        <source>Save the coach report as PDF</source>
        <translation>Save the coach report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>coach report</source>
        <translation>coach report</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>CoachesDialog</name>
    <message>
        <source>Coaches</source>
        <translation>Coaches</translation>
    </message>
    <message>
        <source>Coac&amp;hes</source>
        <translation>Coac&amp;hes</translation>
    </message>
    <message>
        <source>Chosen by the calendar</source>
        <translation>Chosen by the calendar</translation>
    </message>
    <message>
        <source>empty: not on the web</source>
        <translation>empty: not on the web</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Colour in the calendar</source>
        <translation>&amp;Colour in the calendar</translation>
    </message>
    <message>
        <source>&amp;Web coach number</source>
        <translation>&amp;Web coach number</translation>
    </message>
    <message>
        <source>Web &amp;username</source>
        <translation>Web &amp;username</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>N&amp;ew coach</source>
        <translation>N&amp;ew coach</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>&amp;Deactivate…</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Blue</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Green</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Amber</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Pink</translation>
    </message>
    <message>
        <source>Lavender</source>
        <translation>Lavender</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Teal</translation>
    </message>
    <message>
        <source>Apricot</source>
        <translation>Apricot</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Grey</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>A new coach. Save adds them.</source>
        <translation>A new coach. Save adds them.</translation>
    </message>
    <message>
        <source>Takes bookings.</source>
        <translation>Takes bookings.</translation>
    </message>
    <message>
        <source>Inactive: takes no new bookings.</source>
        <translation>Inactive: takes no new bookings.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>&amp;Reactivate</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>{name} still has these bookings. They stay valid: deactivating only stops new bookings.

{bookings}

Deactivate {name}?</source>
        <translation>{name} still has these bookings. They stay valid: deactivating only stops new bookings.

{bookings}

Deactivate {name}?</translation>
    </message>
    <message>
        <source>Deactivate {name}? They will take no new bookings; they can be reactivated later.</source>
        <translation>Deactivate {name}? They will take no new bookings; they can be reactivated later.</translation>
    </message>
</context>
<context>
    <name>CollectFeeDialog</name>
    <message>
        <source>Collect a fee — {client}</source>
        <translation>Collect a fee — {client}</translation>
    </message>
    <message>
        <source>Collec&amp;t</source>
        <translation>Collec&amp;t</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <source>Collected {amount} from {client}.</source>
        <translation>Collected {amount} from {client}.</translation>
    </message>
    <message>
        <source>Receipt {number}.</source>
        <translation>Receipt {number}.</translation>
    </message>
    <message>
        <source>Give back {change} change.</source>
        <translation>Give back {change} change.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsDialog</name>
    <message>
        <source>Database connection — Studio Desk</source>
        <translation>Database connection — Studio Desk</translation>
    </message>
    <message>
        <source>postgresql://desk@db-server/studio, or a SQLite file's path</source>
        <translation>postgresql://desk@db-server/studio, or a SQLite file's path</translation>
    </message>
    <message>
        <source>PostgreSQL only; kept in this computer's password store</source>
        <translation>PostgreSQL only; kept in this computer's password store</translation>
    </message>
    <message>
        <source>Several desks share one PostgreSQL server; a desk on its own can keep a SQLite file. Now in use: {database}.</source>
        <translation>Several desks share one PostgreSQL server; a desk on its own can keep a SQLite file. Now in use: {database}.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Test connection</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Password</translation>
    </message>
    <message>
        <source>Saved for this computer. The desk uses it from the next time it starts. --db or STUDIO_DESK_DB, when given, still win.</source>
        <translation>Saved for this computer. The desk uses it from the next time it starts. --db or STUDIO_DESK_DB, when given, still win.</translation>
    </message>
</context>
<context>
    <name>CoursesDialog</name>
    <message>
        <source>Courses</source>
        <translation>Courses</translation>
    </message>
    <message>
        <source>Cou&amp;rses</source>
        <translation>Cou&amp;rses</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutes</translation>
    </message>
    <message>
        <source>minutes kept free after each session</source>
        <translation>minutes kept free after each session</translation>
    </message>
    <message>
        <source>1: private sessions</source>
        <translation>1: private sessions</translation>
    </message>
    <message>
        <source>More than 1: a group class; the Timetable sets its times.</source>
        <translation>More than 1: a group class; the Timetable sets its times.</translation>
    </message>
    <message>
        <source>&amp;Active: takes new bookings</source>
        <translation>&amp;Active: takes new bookings</translation>
    </message>
    <message>
        <source>empty: not on the web</source>
        <translation>empty: not on the web</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Title</translation>
    </message>
    <message>
        <source>Coac&amp;h</source>
        <translation>Coac&amp;h</translation>
    </message>
    <message>
        <source>&amp;Duration (minutes)</source>
        <translation>&amp;Duration (minutes)</translation>
    </message>
    <message>
        <source>&amp;Price ({currency})</source>
        <translation>&amp;Price ({currency})</translation>
    </message>
    <message>
        <source>&amp;Buffer (minutes)</source>
        <translation>&amp;Buffer (minutes)</translation>
    </message>
    <message>
        <source>Locatio&amp;n</source>
        <translation>Locatio&amp;n</translation>
    </message>
    <message>
        <source>Capacit&amp;y (people)</source>
        <translation>Capacit&amp;y (people)</translation>
    </message>
    <message>
        <source>&amp;Web course number</source>
        <translation>&amp;Web course number</translation>
    </message>
    <message>
        <source>A new price is for new bookings: a booking keeps the price it was sold at.</source>
        <translation>A new price is for new bookings: a booking keeps the price it was sold at.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>N&amp;ew course</source>
        <translation>N&amp;ew course</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>{course} · class of {capacity}</source>
        <translation>{course} · class of {capacity}</translation>
    </message>
    <message>
        <source>{course} (inactive)</source>
        <translation>{course} (inactive)</translation>
    </message>
</context>
<context>
    <name>DayCalendar</name>
    <message>
        <source>&lt;b&gt;{client}&lt;/b&gt;&lt;br&gt;{course} with {coach}&lt;br&gt;{start}–{end} · {status}&lt;br&gt;&lt;i&gt;Click for details&lt;/i&gt;</source>
        <translation>&lt;b&gt;{client}&lt;/b&gt;&lt;br&gt;{course} with {coach}&lt;br&gt;{start}–{end} · {status}&lt;br&gt;&lt;i&gt;Click for details&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{time} is past: a booking starts from now on.</source>
        <translation>{time} is past: a booking starts from now on.</translation>
    </message>
    <message>
        <source>Free at {time}. Click to book.</source>
        <translation>Free at {time}. Click to book.</translation>
    </message>
    <message>
        <source>No coaches yet. An admin adds the coaches and their hours.</source>
        <translation>No coaches yet. An admin adds the coaches and their hours.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Sign in first (Ctrl+L), so the desk knows who is doing this.</source>
        <translation>Sign in first (Ctrl+L), so the desk knows who is doing this.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now, so this was not saved. The desk keeps trying and carries on by itself as soon as it answers; then try again.</source>
        <translation>The database cannot be reached right now, so this was not saved. The desk keeps trying and carries on by itself as soon as it answers; then try again.</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>&amp;Export payments…</source>
        <translation>&amp;Export payments…</translation>
    </message>
    <message>
        <source>Export &amp;bookings…</source>
        <translation>Export &amp;bookings…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;New booking</source>
        <translation>&amp;New booking</translation>
    </message>
    <message>
        <source>Take &amp;payment</source>
        <translation>Take &amp;payment</translation>
    </message>
    <message>
        <source>&amp;Find a booking</source>
        <translation>&amp;Find a booking</translation>
    </message>
    <message>
        <source>&amp;Today's classes…</source>
        <translation>&amp;Today's classes…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Refresh</translation>
    </message>
    <message>
        <source>&amp;Sign in / switch person</source>
        <translation>&amp;Sign in / switch person</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Lock now</translation>
    </message>
    <message>
        <source>C&amp;hange my PIN…</source>
        <translation>C&amp;hange my PIN…</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>S&amp;taff…</translation>
    </message>
    <message>
        <source>&amp;Day's takings</source>
        <translation>&amp;Day's takings</translation>
    </message>
    <message>
        <source>&amp;Coach report</source>
        <translation>&amp;Coach report</translation>
    </message>
    <message>
        <source>P&amp;acks and memberships</source>
        <translation>P&amp;acks and memberships</translation>
    </message>
    <message>
        <source>Class a&amp;ttendance</source>
        <translation>Class a&amp;ttendance</translation>
    </message>
    <message>
        <source>&amp;Web sync…</source>
        <translation>&amp;Web sync…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Language…</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Next tab</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Previous tab</translation>
    </message>
    <message>
        <source>&amp;About Studio Desk</source>
        <translation>&amp;About Studio Desk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>&amp;Bookings</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tabs</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation>Close without saving? What you typed here will be lost.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancel</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export payments</source>
        <translation>Export payments</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Export bookings</translation>
    </message>
    <message>
        <source>Amounts in {currency}, times in {zone}.</source>
        <translation>Amounts in {currency}, times in {zone}.</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>&amp;Save CSV…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;From:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>the file could not be written</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>Could not save {name}: {reason}.</translation>
    </message>
    <message>
        <source>There were no payments on these days; {path} holds the headers only.</source>
        <translation>There were no payments on these days; {path} holds the headers only.</translation>
    </message>
    <message>
        <source>There were no bookings on these days; {path} holds the headers only.</source>
        <translation>There were no bookings on these days; {path} holds the headers only.</translation>
    </message>
    <message>
        <source>Saved {count} to {path}.</source>
        <translation>Saved {count} to {path}.</translation>
    </message>
</context>
<context>
    <name>FeesPanel</name>
    <message>
        <source>Fees, owe&amp;d and settled:</source>
        <translation>Fees, owe&amp;d and settled:</translation>
    </message>
    <message>
        <source>Collec&amp;t fee…</source>
        <translation>Collec&amp;t fee…</translation>
    </message>
    <message>
        <source>&amp;Waive fee…</source>
        <translation>&amp;Waive fee…</translation>
    </message>
    <message>
        <source>Owed now: {amount}</source>
        <translation>Owed now: {amount}</translation>
    </message>
</context>
<context>
    <name>FinishClassDialog</name>
    <message>
        <source>Finish class — {course}</source>
        <translation>Finish class — {course}</translation>
    </message>
    <message>
        <source>Everyone checked in is marked done. The places ticked below are recorded as no-shows, under the course's rules: untick anyone who was there after all.</source>
        <translation>Everyone checked in is marked done. The places ticked below are recorded as no-shows, under the course's rules: untick anyone who was there after all.</translation>
    </message>
    <message>
        <source>Everyone checked in is marked done.</source>
        <translation>Everyone checked in is marked done.</translation>
    </message>
    <message>
        <source>&amp;No-shows (not checked in):</source>
        <translation>&amp;No-shows (not checked in):</translation>
    </message>
    <message>
        <source>Everyone with a paid place checked in: nobody is a no-show.</source>
        <translation>Everyone with a paid place checked in: nobody is a no-show.</translation>
    </message>
    <message>
        <source>Never paid, so their places are canceled: {names}</source>
        <translation>Never paid, so their places are canceled: {names}</translation>
    </message>
    <message>
        <source>&amp;Finish class</source>
        <translation>&amp;Finish class</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Studio Desk</source>
        <translation>Welcome to Studio Desk</translation>
    </message>
    <message>
        <source>This database is empty. Try the desk with a demo studio (coaches, courses and a few weeks of bookings), or set up your own studio: you, one coach, one course and the coach's hours. You can add more later.</source>
        <translation>This database is empty. Try the desk with a demo studio (coaches, courses and a few weeks of bookings), or set up your own studio: you, one coach, one course and the coach's hours. You can add more later.</translation>
    </message>
    <message>
        <source>Try the &amp;demo studio</source>
        <translation>Try the &amp;demo studio</translation>
    </message>
    <message>
        <source>&amp;Set up my studio…</source>
        <translation>&amp;Set up my studio…</translation>
    </message>
    <message>
        <source>for example Yoga Pemula</source>
        <translation>for example Yoga Pemula</translation>
    </message>
    <message>
        <source>for example 150.000</source>
        <translation>for example 150.000</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>Your &amp;name (owner)</source>
        <translation>Your &amp;name (owner)</translation>
    </message>
    <message>
        <source>Your &amp;PIN</source>
        <translation>Your &amp;PIN</translation>
    </message>
    <message>
        <source>&amp;Coach's name</source>
        <translation>&amp;Coach's name</translation>
    </message>
    <message>
        <source>Coach's P&amp;IN</source>
        <translation>Coach's P&amp;IN</translation>
    </message>
    <message>
        <source>C&amp;ourse</source>
        <translation>C&amp;ourse</translation>
    </message>
    <message>
        <source>Session length (&amp;minutes)</source>
        <translation>Session length (&amp;minutes)</translation>
    </message>
    <message>
        <source>P&amp;rice</source>
        <translation>P&amp;rice</translation>
    </message>
    <message>
        <source>Coach's hours, every day</source>
        <translation>Coach's hours, every day</translation>
    </message>
    <message>
        <source>The hours repeat every week. Change them, add time off or holidays later under Settings, Hours.</source>
        <translation>The hours repeat every week. Change them, add time off or holidays later under Settings, Hours.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Back</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tart</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze pack #{pack} — {client}</source>
        <translation>Freeze pack #{pack} — {client}</translation>
    </message>
    <message>
        <source>Frozen {used} of {allowed} times so far; up to {days} days at a time.</source>
        <translation>Frozen {used} of {allowed} times so far; up to {days} days at a time.</translation>
    </message>
    <message>
        <source>Whole days, like 14</source>
        <translation>Whole days, like 14</translation>
    </message>
    <message>
        <source>Like: away on holiday</source>
        <translation>Like: away on holiday</translation>
    </message>
    <message>
        <source>Free&amp;ze</source>
        <translation>Free&amp;ze</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Pack:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;First day:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Days:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Hours</source>
        <translation>Hours</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>&amp;Monday</translation>
    </message>
    <message>
        <source>&amp;Tuesday</source>
        <translation>&amp;Tuesday</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>&amp;Wednesday</translation>
    </message>
    <message>
        <source>T&amp;hursday</source>
        <translation>T&amp;hursday</translation>
    </message>
    <message>
        <source>F&amp;riday</source>
        <translation>F&amp;riday</translation>
    </message>
    <message>
        <source>S&amp;aturday</source>
        <translation>S&amp;aturday</translation>
    </message>
    <message>
        <source>S&amp;unday</source>
        <translation>S&amp;unday</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Weekly hours</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Valid &amp;from</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>not working</translation>
    </message>
    <message>
        <source>&amp;Save weekly hours</source>
        <translation>&amp;Save weekly hours</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>Remo&amp;ve</translation>
    </message>
    <message>
        <source>empty: the whole day</source>
        <translation>empty: the whole day</translation>
    </message>
    <message>
        <source>Add time &amp;off</source>
        <translation>Add time &amp;off</translation>
    </message>
    <message>
        <source>Add e&amp;xtra hours</source>
        <translation>Add e&amp;xtra hours</translation>
    </message>
    <message>
        <source>Add holida&amp;y</source>
        <translation>Add holida&amp;y</translation>
    </message>
    <message>
        <source>Time off, extra hours and holidays</source>
        <translation>Time off, extra hours and holidays</translation>
    </message>
    <message>
        <source>&amp;Exceptions and holidays from today</source>
        <translation>&amp;Exceptions and holidays from today</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>T&amp;ime</translation>
    </message>
    <message>
        <source>Holiday &amp;name</source>
        <translation>Holiday &amp;name</translation>
    </message>
    <message>
        <source>&amp;Bookings outside the hours (they stay booked)</source>
        <translation>&amp;Bookings outside the hours (they stay booked)</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <source>Weekly patterns from: {dates}</source>
        <translation>Weekly patterns from: {dates}</translation>
    </message>
    <message>
        <source>No weekly hours yet: the coach works only their extra hours.</source>
        <translation>No weekly hours yet: the coach works only their extra hours.</translation>
    </message>
    <message>
        <source>Holiday: {name}</source>
        <translation>Holiday: {name}</translation>
    </message>
    <message>
        <source>Time off, the whole day</source>
        <translation>Time off, the whole day</translation>
    </message>
    <message>
        <source>Time off {hours}</source>
        <translation>Time off {hours}</translation>
    </message>
    <message>
        <source>Extra hours {hours}</source>
        <translation>Extra hours {hours}</translation>
    </message>
    <message>
        <source>None: every booking fits the hours.</source>
        <translation>None: every booking fits the hours.</translation>
    </message>
    <message>
        <source>Pick the time off, extra hours or holiday to remove.</source>
        <translation>Pick the time off, extra hours or holiday to remove.</translation>
    </message>
    <message>
        <source>{refusal}

{bookings}

Save anyway?</source>
        <translation>{refusal}

{bookings}

Save anyway?</translation>
    </message>
    <message>
        <source>Saved. These bookings are now outside the hours; they stay booked:

{bookings}</source>
        <translation>Saved. These bookings are now outside the hours; they stay booked:

{bookings}</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>{name} left typed work open. Close it without saving and sign in as {you}?</source>
        <translation>{name} left typed work open. Close it without saving and sign in as {you}?</translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Import clients</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet or another studio system. Its first row names the columns: name (or nama), phone (telepon, HP, WhatsApp), email, notes (catatan). Clients whose phone number is already here are not added twice.</source>
        <translation>Choose a CSV file saved from a spreadsheet or another studio system. Its first row names the columns: name (or nama), phone (telepon, HP, WhatsApp), email, notes (catatan). Clients whose phone number is already here are not added twice.</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>No file chosen yet.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Choose file…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV files (*.csv *.txt);;All files (*)</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Cannot read {file}: {reason}</translation>
    </message>
    <message>
        <source>Sign in first (Ctrl+L), so the desk knows who is doing this.</source>
        <translation>Sign in first (Ctrl+L), so the desk knows who is doing this.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language — Studio Desk</source>
        <translation>Language — Studio Desk</translation>
    </message>
    <message>
        <source>Receipts and reports follow it too. The desk speaks it from its next start.</source>
        <translation>Receipts and reports follow it too. The desk speaks it from its next start.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>The desk is locked</translation>
    </message>
    <message>
        <source>{name} was signed in. Their PIN opens the desk just as they left it; another person's PIN closes what was open and signs them in.</source>
        <translation>{name} was signed in. Their PIN opens the desk just as they left it; another person's PIN closes what was open and signs them in.</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation>&amp;Who are you?</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation>Choose who you are.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Studio Desk</source>
        <translation>Studio Desk</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendar</translation>
    </message>
    <message>
        <source>Coach &amp;queue</source>
        <translation>Coach &amp;queue</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>Re&amp;ports</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Boo&amp;kings</source>
        <translation>Boo&amp;kings</translation>
    </message>
    <message>
        <source>&amp;Studio settings…</source>
        <translation>&amp;Studio settings…</translation>
    </message>
    <message>
        <source>&amp;Hours…</source>
        <translation>&amp;Hours…</translation>
    </message>
    <message>
        <source>Cl&amp;ients…</source>
        <translation>Cl&amp;ients…</translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <translation>R&amp;etry</translation>
    </message>
    <message>
        <source>Nobody is signed in — press Ctrl+L to sign in</source>
        <translation>Nobody is signed in — press Ctrl+L to sign in</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Signed in: {name} ({role})</translation>
    </message>
    <message>
        <source>The database is not answering, so nothing can be saved right now. What you typed is kept: press Retry when the connection is back.</source>
        <translation>The database is not answering, so nothing can be saved right now. What you typed is kept: press Retry when the connection is back.</translation>
    </message>
    <message>
        <source>Select a booking in the list or the calendar first.</source>
        <translation>Select a booking in the list or the calendar first.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendar</translation>
    </message>
</context>
<context>
    <name>MergeClientsDialog</name>
    <message>
        <source>Merge a duplicate</source>
        <translation>Merge a duplicate</translation>
    </message>
    <message>
        <source>Choose the other record of {name}. Its bookings and payments move to {name}, its notes, phone and email are kept in {name}'s record, and it is removed.</source>
        <translation>Choose the other record of {name}. Its bookings and payments move to {name}, its notes, phone and email are kept in {name}'s record, and it is removed.</translation>
    </message>
    <message>
        <source>Part of the name, or the start of the phone number</source>
        <translation>Part of the name, or the start of the phone number</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Merge</translation>
    </message>
    <message>
        <source>&amp;Find the duplicate:</source>
        <translation>&amp;Find the duplicate:</translation>
    </message>
    <message>
        <source>Choose the duplicate to merge from the list first.</source>
        <translation>Choose the duplicate to merge from the list first.</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}? Every booking and payment of {other} moves to {keep}, and {other} is removed. This cannot be undone.</source>
        <translation>Merge {other} into {keep}? Every booking and payment of {other} moves to {keep}, and {other} is removed. This cannot be undone.</translation>
    </message>
</context>
<context>
    <name>NewBookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>Type part of the name or the phone number</source>
        <translation>Type part of the name or the phone number</translation>
    </message>
    <message>
        <source>&amp;New client (not in the list)</source>
        <translation>&amp;New client (not in the list)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Optional, like 0812 3456 7890</source>
        <translation>Optional, like 0812 3456 7890</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>P&amp;hone:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>&amp;Find client:</source>
        <translation>&amp;Find client:</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>Chosen:</translation>
    </message>
    <message>
        <source>Choose a course</source>
        <translation>Choose a course</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>C&amp;ourse:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Start &amp;time:</source>
        <translation>Start &amp;time:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>C&amp;reate</translation>
    </message>
    <message>
        <source>Create and &amp;pay</source>
        <translation>Create and &amp;pay</translation>
    </message>
    <message>
        <source>No client matches “{text}”. Tick “New client” (Alt+N) to add them.</source>
        <translation>No client matches “{text}”. Tick “New client” (Alt+N) to add them.</translation>
    </message>
    <message>
        <source>Down and Enter pick a client; Enter alone picks the first.</source>
        <translation>Down and Enter pick a client; Enter alone picks the first.</translation>
    </message>
    <message>
        <source>New client: {name}</source>
        <translation>New client: {name}</translation>
    </message>
    <message>
        <source>New client (type their name)</source>
        <translation>New client (type their name)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Nobody yet</translation>
    </message>
    <message>
        <source>No courses yet: an admin adds them first</source>
        <translation>No courses yet: an admin adds them first</translation>
    </message>
    <message>
        <source>{time} was just booked at another desk. Choose another time.</source>
        <translation>{time} was just booked at another desk. Choose another time.</translation>
    </message>
    <message>
        <source>No free times that day</source>
        <translation>No free times that day</translation>
    </message>
    <message>
        <source>{time} is not free for this course: choose another start time.</source>
        <translation>{time} is not free for this course: choose another start time.</translation>
    </message>
    <message>
        <source>Choose a course to see its free times.</source>
        <translation>Choose a course to see its free times.</translation>
    </message>
    <message>
        <source>&amp;Book, paid with pack</source>
        <translation>&amp;Book, paid with pack</translation>
    </message>
    <message>
        <source>Choose the client from the list, or tick “New client” and type their name.</source>
        <translation>Choose the client from the list, or tick “New client” and type their name.</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>Choose a course.</translation>
    </message>
    <message>
        <source>Choose one of the free start times.</source>
        <translation>Choose one of the free start times.</translation>
    </message>
</context>
<context>
    <name>NewPin</name>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>&amp;Save PIN</source>
        <translation>&amp;Save PIN</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>&amp;New PIN</translation>
    </message>
    <message>
        <source>New PIN a&amp;gain</source>
        <translation>New PIN a&amp;gain</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the new PIN again.</source>
        <translation>The two new PINs differ. Type the new PIN again.</translation>
    </message>
</context>
<context>
    <name>NoShowDialog</name>
    <message>
        <source>Record a no-show</source>
        <translation>Record a no-show</translation>
    </message>
    <message>
        <source>&amp;Record no-show</source>
        <translation>&amp;Record no-show</translation>
    </message>
</context>
<context>
    <name>PackChoiceBox</name>
    <message>
        <source>&amp;Use pack:</source>
        <translation>&amp;Use pack:</translation>
    </message>
    <message>
        <source>Pay &amp;later / at the desk</source>
        <translation>Pay &amp;later / at the desk</translation>
    </message>
</context>
<context>
    <name>PackScreens</name>
    <message>
        <source>&amp;Products…</source>
        <translation>&amp;Products…</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>This month</source>
        <translation>This month</translation>
    </message>
    <message>
        <source>From the 1st of this month to today</source>
        <translation>From the 1st of this month to today</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>&amp;Not yet used</source>
        <translation>&amp;Not yet used</translation>
    </message>
    <message>
        <source>S&amp;old</source>
        <translation>S&amp;old</translation>
    </message>
    <message>
        <source>Endin&amp;g soon</source>
        <translation>Endin&amp;g soon</translation>
    </message>
    <message>
        <source>E&amp;xpired credits</source>
        <translation>E&amp;xpired credits</translation>
    </message>
    <message>
        <source>Fees charge&amp;d</source>
        <translation>Fees charge&amp;d</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>Fro&amp;m:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;To:</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>What the studio still owes of what it sold, at the end of the last day chosen (now, for today). A pack's sessions count at what was paid for it per session, sessions booked but not done yet included; a membership's days left at what was paid for it per day.</source>
        <translation>What the studio still owes of what it sold, at the end of the last day chosen (now, for today). A pack's sessions count at what was paid for it per session, sessions booked but not done yet included; a membership's days left at what was paid for it per day.</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>By month</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>By day</translation>
    </message>
    <message>
        <source>Money counts on the day it was taken, from the sales' payment lines: a pack given free takes no money and is not counted. Refunds are the money given back for packs.</source>
        <translation>Money counts on the day it was taken, from the sales' payment lines: a pack given free takes no money and is not counted. Refunds are the money given back for packs.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> days</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>&amp;Within:</translation>
    </message>
    <message>
        <source>Packs with sessions left and memberships whose last day is within these days, today included: the clients to call before what they paid for runs out.</source>
        <translation>Packs with sessions left and memberships whose last day is within these days, today included: the clients to call before what they paid for runs out.</translation>
    </message>
    <message>
        <source>Sessions that ended unused, on the day their pack ended, at what was paid for the pack per session.</source>
        <translation>Sessions that ended unused, on the day their pack ended, at what was paid for the pack per session.</translation>
    </message>
    <message>
        <source>The fees the studio's rules charged for late cancels and no-shows, on the day each was charged. Kept: taken from money already paid, as a smaller refund. Collected and waived count on the day the money was taken or the fee let go, whenever it was charged.</source>
        <translation>The fees the studio's rules charged for late cancels and no-shows, on the day each was charged. Kept: taken from money already paid, as a smaller refund. Collected and waived count on the day the money was taken or the fee let go, whenever it was charged.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>Sold, not yet used</source>
        <translation>Sold, not yet used</translation>
    </message>
    <message>
        <source>Packs sold</source>
        <translation>Packs sold</translation>
    </message>
    <message>
        <source>The next {days} days</source>
        <translation>The next {days} days</translation>
    </message>
    <message>
        <source>Packs ending soon</source>
        <translation>Packs ending soon</translation>
    </message>
    <message>
        <source>Expired credits</source>
        <translation>Expired credits</translation>
    </message>
    <message>
        <source>Fees charged</source>
        <translation>Fees charged</translation>
    </message>
    <message>
        <source>Print the pack report</source>
        <translation>Print the pack report</translation>
    </message>
    <message>
        <source>The pack report went to the printer.</source>
        <translation>The pack report went to the printer.</translation>
    </message>
    <message>
        <source>Save the pack report as PDF</source>
        <translation>Save the pack report as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>pack report</source>
        <translation>pack report</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment — {client}</source>
        <translation>Take payment — {client}</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Course:</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Price:</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Method:</translation>
    </message>
    <message>
        <source>Cash &amp;given:</source>
        <translation>Cash &amp;given:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Change:</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Pay</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>C&amp;lose</translation>
    </message>
    <message>
        <source>&amp;Reference (required):</source>
        <translation>&amp;Reference (required):</translation>
    </message>
    <message>
        <source>What the client handed over, like {amount}</source>
        <translation>What the client handed over, like {amount}</translation>
    </message>
    <message>
        <source>&amp;Reference (optional):</source>
        <translation>&amp;Reference (optional):</translation>
    </message>
    <message>
        <source>The number on the slip or in the transfer</source>
        <translation>The number on the slip or in the transfer</translation>
    </message>
    <message>
        <source>Not needed for cash</source>
        <translation>Not needed for cash</translation>
    </message>
    <message>
        <source>Paid. The booking now waits for the coach's confirmation.</source>
        <translation>Paid. The booking now waits for the coach's confirmation.</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Paid:</translation>
    </message>
    <message>
        <source>Give back:</source>
        <translation>Give back:</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Print receipt…</translation>
    </message>
    <message>
        <source>&amp;Save receipt as PDF…</source>
        <translation>&amp;Save receipt as PDF…</translation>
    </message>
    <message>
        <source>{course} with {coach}, {session}</source>
        <translation>{course} with {coach}, {session}</translation>
    </message>
    <message>
        <source>{amount} by {method}</source>
        <translation>{amount} by {method}</translation>
    </message>
    <message>
        <source>Pay &amp;with money</source>
        <translation>Pay &amp;with money</translation>
    </message>
    <message>
        <source>&amp;Pay with pack</source>
        <translation>&amp;Pay with pack</translation>
    </message>
    <message>
        <source>{change} change, of {given} given</source>
        <translation>{change} change, of {given} given</translation>
    </message>
    <message>
        <source>Paid and confirmed: the place in the class is theirs.</source>
        <translation>Paid and confirmed: the place in the class is theirs.</translation>
    </message>
    <message>
        <source>Paid — {client}</source>
        <translation>Paid — {client}</translation>
    </message>
    <message>
        <source>The receipt went to the printer.</source>
        <translation>The receipt went to the printer.</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to {path}</source>
        <translation>Receipt saved to {path}</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products</source>
        <translation>Products</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Product</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation>Pro&amp;ducts</translation>
    </message>
    <message>
        <source>Pack of sessions</source>
        <translation>Pack of sessions</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>sessions booked at one time</source>
        <translation>sessions booked at one time</translation>
    </message>
    <message>
        <source>the day of sale</source>
        <translation>the day of sale</translation>
    </message>
    <message>
        <source>the first booking</source>
        <translation>the first booking</translation>
    </message>
    <message>
        <source>Every course</source>
        <translation>Every course</translation>
    </message>
    <message>
        <source>One coach's courses</source>
        <translation>One coach's courses</translation>
    </message>
    <message>
        <source>The courses ticked</source>
        <translation>The courses ticked</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Kind</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Sess&amp;ions</translation>
    </message>
    <message>
        <source>&amp;Bookings at once</source>
        <translation>&amp;Bookings at once</translation>
    </message>
    <message>
        <source>&amp;Price ({currency})</source>
        <translation>&amp;Price ({currency})</translation>
    </message>
    <message>
        <source>&amp;Valid for (days)</source>
        <translation>&amp;Valid for (days)</translation>
    </message>
    <message>
        <source>Days count &amp;from</source>
        <translation>Days count &amp;from</translation>
    </message>
    <message>
        <source>P&amp;ays for</source>
        <translation>P&amp;ays for</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>&amp;Coach</translation>
    </message>
    <message>
        <source>Co&amp;urses</source>
        <translation>Co&amp;urses</translation>
    </message>
    <message>
        <source>Free&amp;zes allowed</source>
        <translation>Free&amp;zes allowed</translation>
    </message>
    <message>
        <source>&amp;Most days per freeze</source>
        <translation>&amp;Most days per freeze</translation>
    </message>
    <message>
        <source>A change is for packs sold from now on: a pack sold keeps the terms it was sold with.</source>
        <translation>A change is for packs sold from now on: a pack sold keeps the terms it was sold with.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>N&amp;ew product</source>
        <translation>N&amp;ew product</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>&amp;Retire</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>unlimited, {count} at once</source>
        <translation>unlimited, {count} at once</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (retired)</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (inactive)</translation>
    </message>
    <message>
        <source>{course} (inactive)</source>
        <translation>{course} (inactive)</translation>
    </message>
    <message>
        <source>A new product. Save adds it.</source>
        <translation>A new product. Save adds it.</translation>
    </message>
    <message>
        <source>On sale.</source>
        <translation>On sale.</translation>
    </message>
    <message>
        <source>Retired: not sold any more. The packs sold keep working.</source>
        <translation>Retired: not sold any more. The packs sold keep working.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Rest&amp;ore</translation>
    </message>
</context>
<context>
    <name>PromotionsList</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Place</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>&amp;Send WhatsApp</source>
        <translation>&amp;Send WhatsApp</translation>
    </message>
    <message>
        <source>Opens WhatsApp with the message written; the desk notes it was sent.</source>
        <translation>Opens WhatsApp with the message written; the desk notes it was sent.</translation>
    </message>
    <message>
        <source>paid with pack #{pack}</source>
        <translation>paid with pack #{pack}</translation>
    </message>
    <message>
        <source>to pay by {time}</source>
        <translation>to pay by {time}</translation>
    </message>
    <message>
        <source>sent at {time}</source>
        <translation>sent at {time}</translation>
    </message>
    <message>
        <source>no phone number: call or tell them at the desk</source>
        <translation>no phone number: call or tell them at the desk</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>not sent yet</translation>
    </message>
    <message>
        <source>The desk could not open WhatsApp on this PC. The message is copied: send it from a phone, then press Send WhatsApp again to note it.</source>
        <translation>The desk could not open WhatsApp on this PC. The message is copied: send it from a phone, then press Send WhatsApp again to note it.</translation>
    </message>
</context>
<context>
    <name>PromotionsPanel</name>
    <message>
        <source>Moved up from a waitlist: tell them their place</source>
        <translation>Moved up from a waitlist: tell them their place</translation>
    </message>
    <message>
        <source>Nobody is waiting to hear about a place.</source>
        <translation>Nobody is waiting to hear about a place.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt — {client}</source>
        <translation>Receipt — {client}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Save as PDF…</translation>
    </message>
    <message>
        <source>The receipt went to the printer.</source>
        <translation>The receipt went to the printer.</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Save receipt as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to {path}</source>
        <translation>Receipt saved to {path}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund pack #{pack} — {client}</source>
        <translation>Refund pack #{pack} — {client}</translation>
    </message>
    <message>
        <source>The pack closes. Bookings already paid with it keep their sessions.</source>
        <translation>The pack closes. Bookings already paid with it keep their sessions.</translation>
    </message>
    <message>
        <source>Like: moved abroad, half given back as agreed</source>
        <translation>Like: moved abroad, half given back as agreed</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Refund</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Pack:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Amount:</translation>
    </message>
    <message>
        <source>Rea&amp;son for another amount (admin):</source>
        <translation>Rea&amp;son for another amount (admin):</translation>
    </message>
    <message>
        <source>What is left of it comes to {amount}.</source>
        <translation>What is left of it comes to {amount}.</translation>
    </message>
    <message>
        <source>Pack #{pack} is closed with nothing given back.</source>
        <translation>Pack #{pack} is closed with nothing given back.</translation>
    </message>
    <message>
        <source>Refunded {amount} for pack #{pack}; it is closed.</source>
        <translation>Refunded {amount} for pack #{pack}; it is closed.</translation>
    </message>
    <message>
        <source>Receipt {number}.</source>
        <translation>Receipt {number}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Day's takings</source>
        <translation>Day's takings</translation>
    </message>
    <message>
        <source>Coach report</source>
        <translation>Coach report</translation>
    </message>
    <message>
        <source>P&amp;acks</source>
        <translation>P&amp;acks</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule booking</source>
        <translation>Reschedule booking</translation>
    </message>
    <message>
        <source>&lt;b&gt;{client}&lt;/b&gt; · {course} ({minutes} min)&lt;br&gt;Now: {when} with {coach}</source>
        <translation>&lt;b&gt;{client}&lt;/b&gt; · {course} ({minutes} min)&lt;br&gt;Now: {when} with {coach}</translation>
    </message>
    <message>
        <source>Optional, e.g. the client asked for the afternoon</source>
        <translation>Optional, e.g. the client asked for the afternoon</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>C&amp;oach:</source>
        <translation>C&amp;oach:</translation>
    </message>
    <message>
        <source>Free &amp;times:</source>
        <translation>Free &amp;times:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Reason:</translation>
    </message>
    <message>
        <source>&amp;Move booking</source>
        <translation>&amp;Move booking</translation>
    </message>
    <message>
        <source>No free times that day. Try another day or coach.</source>
        <translation>No free times that day. Try another day or coach.</translation>
    </message>
    <message>
        <source>{time} (now)</source>
        <translation>{time} (now)</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>Pick one of the free times.</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>Reset PIN — {name}</source>
        <translation>Reset PIN — {name}</translation>
    </message>
    <message>
        <source>A new PIN for {name}. Tell them in person.</source>
        <translation>A new PIN for {name}. Tell them in person.</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <source>Rooms</source>
        <translation>Rooms</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Rooms</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Capacity (people)</source>
        <translation>&amp;Capacity (people)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>N&amp;ew room</source>
        <translation>N&amp;ew room</translation>
    </message>
    <message>
        <source>Set &amp;aside</source>
        <translation>Set &amp;aside</translation>
    </message>
    <message>
        <source>{name} (set aside)</source>
        <translation>{name} (set aside)</translation>
    </message>
    <message>
        <source>A new room. Save adds it.</source>
        <translation>A new room. Save adds it.</translation>
    </message>
    <message>
        <source>In use: classes can be put in it.</source>
        <translation>In use: classes can be put in it.</translation>
    </message>
    <message>
        <source>Set aside: no new classes in it; the classes there stay.</source>
        <translation>Set aside: no new classes in it; the classes there stay.</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>&amp;Bring back</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Class roster</source>
        <translation>Class roster</translation>
    </message>
    <message>
        <source>&amp;Finish class…</source>
        <translation>&amp;Finish class…</translation>
    </message>
    <message>
        <source>Co&amp;nfirm paid places</source>
        <translation>Co&amp;nfirm paid places</translation>
    </message>
    <message>
        <source>&amp;Places (Space checks the chosen client in):</source>
        <translation>&amp;Places (Space checks the chosen client in):</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Check in</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>&amp;Undo check-in</translation>
    </message>
    <message>
        <source>Ctrl+Z takes back the chosen client's check-in.</source>
        <translation>Ctrl+Z takes back the chosen client's check-in.</translation>
    </message>
    <message>
        <source>Check &amp;in all</source>
        <translation>Check &amp;in all</translation>
    </message>
    <message>
        <source>Add &amp;walk-in…</source>
        <translation>Add &amp;walk-in…</translation>
    </message>
    <message>
        <source>Booking &amp;details…</source>
        <translation>Booking &amp;details…</translation>
    </message>
    <message>
        <source>M&amp;oved up from the waitlist (tell them):</source>
        <translation>M&amp;oved up from the waitlist (tell them):</translation>
    </message>
    <message>
        <source>Class roster — {course}</source>
        <translation>Class roster — {course}</translation>
    </message>
    <message>
        <source>{coach} (sub for {usual})</source>
        <translation>{coach} (sub for {usual})</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>no room</translation>
    </message>
    <message>
        <source>{fill} places</source>
        <translation>{fill} places</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} waiting</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>canceled</translation>
    </message>
    <message>
        <source>over: finish the class</source>
        <translation>over: finish the class</translation>
    </message>
    <message>
        <source>Choose a client in the list first (Up and Down).</source>
        <translation>Choose a client in the list first (Up and Down).</translation>
    </message>
    <message>
        <source>{client} is checked in already ({time}). Ctrl+Z takes it back.</source>
        <translation>{client} is checked in already ({time}). Ctrl+Z takes it back.</translation>
    </message>
    <message>
        <source>{client} is checked in.</source>
        <translation>{client} is checked in.</translation>
    </message>
    <message>
        <source>{client}: paid with pack #{pack}, and checked in.</source>
        <translation>{client}: paid with pack #{pack}, and checked in.</translation>
    </message>
    <message>
        <source>{client}'s check-in is taken back.</source>
        <translation>{client}'s check-in is taken back.</translation>
    </message>
    <message>
        <source>Confirmed: {count}.</source>
        <translation>Confirmed: {count}.</translation>
    </message>
    <message>
        <source>Checked in: {count}.</source>
        <translation>Checked in: {count}.</translation>
    </message>
    <message>
        <source>Left out, to pay first: {names}.</source>
        <translation>Left out, to pay first: {names}.</translation>
    </message>
    <message>
        <source>{client} is number {position} on the waitlist.</source>
        <translation>{client} is number {position} on the waitlist.</translation>
    </message>
    <message>
        <source>Class finished: {done} done, {no_shows} no-shows, {canceled} unpaid places canceled.</source>
        <translation>Class finished: {done} done, {no_shows} no-shows, {canceled} unpaid places canceled.</translation>
    </message>
</context>
<context>
    <name>RosterPlacesModel</name>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Look out for</source>
        <translation>Look out for</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>not paid</translation>
    </message>
    <message>
        <source>no usable credit</source>
        <translation>no usable credit</translation>
    </message>
    <message>
        <source>pack ending soon</source>
        <translation>pack ending soon</translation>
    </message>
    <message>
        <source>fee owed</source>
        <translation>fee owed</translation>
    </message>
    <message>
        <source>moved up from the waitlist</source>
        <translation>moved up from the waitlist</translation>
    </message>
    <message>
        <source>{status}, no-show</source>
        <translation>{status}, no-show</translation>
    </message>
</context>
<context>
    <name>RosterWaitlist</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wai&amp;tlist:</source>
        <translation>Wai&amp;tlist:</translation>
    </message>
    <message>
        <source>&amp;Add to waitlist…</source>
        <translation>&amp;Add to waitlist…</translation>
    </message>
    <message>
        <source>&amp;Remove from waitlist</source>
        <translation>&amp;Remove from waitlist</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>waiting</translation>
    </message>
    <message>
        <source>moved up</source>
        <translation>moved up</translation>
    </message>
    <message>
        <source>left the list</source>
        <translation>left the list</translation>
    </message>
    <message>
        <source>Choose a client who is still waiting in the waitlist first.</source>
        <translation>Choose a client who is still waiting in the waitlist first.</translation>
    </message>
    <message>
        <source>Take {client} off the waitlist? They lose their turn.</source>
        <translation>Take {client} off the waitlist? They lose their turn.</translation>
    </message>
    <message>
        <source>{client} is off the waitlist.</source>
        <translation>{client} is off the waitlist.</translation>
    </message>
</context>
<context>
    <name>RuleWaiver</name>
    <message>
        <source>Wai&amp;ve the rules</source>
        <translation>Wai&amp;ve the rules</translation>
    </message>
    <message>
        <source>e.g. the client was in hospital</source>
        <translation>e.g. the client was in hospital</translation>
    </message>
    <message>
        <source>Wh&amp;y waive them (required):</source>
        <translation>Wh&amp;y waive them (required):</translation>
    </message>
</context>
<context>
    <name>SellPackDialog</name>
    <message>
        <source>Sell a pack — {client}</source>
        <translation>Sell a pack — {client}</translation>
    </message>
    <message>
        <source>Choose a pack or membership</source>
        <translation>Choose a pack or membership</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>&amp;Sell</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>Pro&amp;duct:</translation>
    </message>
    <message>
        <source>Nothing on sale yet: an admin adds packs first</source>
        <translation>Nothing on sale yet: an admin adds packs first</translation>
    </message>
    <message>
        <source>{name} — {days} days, {price}</source>
        <translation>{name} — {days} days, {price}</translation>
    </message>
    <message>
        <source>Choose a pack or membership.</source>
        <translation>Choose a pack or membership.</translation>
    </message>
    <message>
        <source>Sold pack #{pack} to {client}.</source>
        <translation>Sold pack #{pack} to {client}.</translation>
    </message>
    <message>
        <source>Receipt {number}.</source>
        <translation>Receipt {number}.</translation>
    </message>
    <message>
        <source>Give back {change} change.</source>
        <translation>Give back {change} change.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Studio Desk</source>
        <translation>Keyboard shortcuts — Studio Desk</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Command</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Studio Desk</source>
        <translation>Sign in — Studio Desk</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Sign in</translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation>&amp;Who are you?</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation>Choose who you are.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Staff</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Role</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>Works here</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Locked out</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;People</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Add person…</translation>
    </message>
    <message>
        <source>Reset P&amp;IN…</source>
        <translation>Reset P&amp;IN…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deactivate</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Unlock</translation>
    </message>
    <message>
        <source>Sign in first (Ctrl+L), so the desk knows who is doing this.</source>
        <translation>Sign in first (Ctrl+L), so the desk knows who is doing this.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>R&amp;eactivate</source>
        <translation>R&amp;eactivate</translation>
    </message>
    <message>
        <source>Deactivate {name}? They will no longer be able to sign in.</source>
        <translation>Deactivate {name}? They will no longer be able to sign in.</translation>
    </message>
</context>
<context>
    <name>StudioSettingsDialog</name>
    <message>
        <source>Studio settings</source>
        <translation>Studio settings</translation>
    </message>
    <message>
        <source>The studio, as its receipts show it</source>
        <translation>The studio, as its receipts show it</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;ddress:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Phone:</translation>
    </message>
    <message>
        <source>Ta&amp;x number (NPWP):</source>
        <translation>Ta&amp;x number (NPWP):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Never</translation>
    </message>
    <message>
        <source>Time, money and the desk</source>
        <translation>Time, money and the desk</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Time &amp;zone:</translation>
    </message>
    <message>
        <source>C&amp;urrency (ISO code):</source>
        <translation>C&amp;urrency (ISO code):</translation>
    </message>
    <message>
        <source>&amp;Hold unpaid bookings for:</source>
        <translation>&amp;Hold unpaid bookings for:</translation>
    </message>
    <message>
        <source>Booking s&amp;tep:</source>
        <translation>Booking s&amp;tep:</translation>
    </message>
    <message>
        <source>&amp;Lock the desk after:</source>
        <translation>&amp;Lock the desk after:</translation>
    </message>
    <message>
        <source>An unpaid fee &amp;blocks new bookings</source>
        <translation>An unpaid fee &amp;blocks new bookings</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>When it starts</translation>
    </message>
    <message>
        <source>C&amp;onfirm a paid class place at once</source>
        <translation>C&amp;onfirm a paid class place at once</translation>
    </message>
    <message>
        <source>Group classes</source>
        <translation>Group classes</translation>
    </message>
    <message>
        <source>&amp;Waitlist closes before a class:</source>
        <translation>&amp;Waitlist closes before a class:</translation>
    </message>
    <message>
        <source>A client moved up has to pa&amp;y within:</source>
        <translation>A client moved up has to pa&amp;y within:</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>No tax</translation>
    </message>
    <message>
        <source>PPN 12% on a tax base of 11/12 (11%)</source>
        <translation>PPN 12% on a tax base of 11/12 (11%)</translation>
    </message>
    <message>
        <source>Regional tax, such as PBJT</source>
        <translation>Regional tax, such as PBJT</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>A5</source>
        <translation>A5</translation>
    </message>
    <message>
        <source>80 mm roll</source>
        <translation>80 mm roll</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>58 mm roll</translation>
    </message>
    <message>
        <source>Receipts (prices include tax)</source>
        <translation>Receipts (prices include tax)</translation>
    </message>
    <message>
        <source>Tax on rece&amp;ipts:</source>
        <translation>Tax on rece&amp;ipts:</translation>
    </message>
    <message>
        <source>Regional tax na&amp;me:</source>
        <translation>Regional tax na&amp;me:</translation>
    </message>
    <message>
        <source>Regional tax &amp;rate:</source>
        <translation>Regional tax &amp;rate:</translation>
    </message>
    <message>
        <source>Receipt &amp;footer:</source>
        <translation>Receipt &amp;footer:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>Pap&amp;er:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
</context>
<context>
    <name>SubstituteCoachDialog</name>
    <message>
        <source>Substitute coach</source>
        <translation>Substitute coach</translation>
    </message>
    <message>
        <source>Coac&amp;h:</source>
        <translation>Coac&amp;h:</translation>
    </message>
    <message>
        <source>&amp;Substitute</source>
        <translation>&amp;Substitute</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Web sync: off</source>
        <translation>Web sync: off</translation>
    </message>
    <message>
        <source>Web sync is off. Click to set it up ({shortcut}).</source>
        <translation>Web sync is off. Click to set it up ({shortcut}).</translation>
    </message>
    <message>
        <source>Web sync is off. Click to set it up.</source>
        <translation>Web sync is off. Click to set it up.</translation>
    </message>
    <message>
        <source>Web sync: {problem}</source>
        <translation>Web sync: {problem}</translation>
    </message>
    <message>
        <source>Web sync: on, not run yet</source>
        <translation>Web sync: on, not run yet</translation>
    </message>
    <message>
        <source>Web sync: {moment}</source>
        <translation>Web sync: {moment}</translation>
    </message>
</context>
<context>
    <name>SyncProblemBox</name>
    <message>
        <source>Send &amp;again</source>
        <translation>Send &amp;again</translation>
    </message>
    <message>
        <source>Try once more to make this booking on the web platform.</source>
        <translation>Try once more to make this booking on the web platform.</translation>
    </message>
    <message>
        <source>&amp;Keep at desk only</source>
        <translation>&amp;Keep at desk only</translation>
    </message>
    <message>
        <source>Leave the booking at the desk and stop trying to send it.</source>
        <translation>Leave the booking at the desk and stop trying to send it.</translation>
    </message>
    <message>
        <source>Open booking</source>
        <translation>Open booking</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Send again</translation>
    </message>
    <message>
        <source>Keep at desk only</source>
        <translation>Keep at desk only</translation>
    </message>
    <message>
        <source>The web platform did not take this booking</source>
        <translation>The web platform did not take this booking</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPanel</name>
    <message>
        <source>Nothing needs you: every booking is where it should be.</source>
        <translation>Nothing needs you: every booking is where it should be.</translation>
    </message>
    <message>
        <source>Desk bookings the web platform refused</source>
        <translation>Desk bookings the web platform refused</translation>
    </message>
    <message>
        <source>Web bookings that collide with the desk</source>
        <translation>Web bookings that collide with the desk</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Web sync</source>
        <translation>Web sync</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Settings</translation>
    </message>
    <message>
        <source>&amp;Needs a person</source>
        <translation>&amp;Needs a person</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ync now</translation>
    </message>
    <message>
        <source>Send what waits and bring in the web's bookings, once, now.</source>
        <translation>Send what waits and bring in the web's bookings, once, now.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Sa&amp;ve</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Web platform &amp;address</source>
        <translation>Web platform &amp;address</translation>
    </message>
    <message>
        <source>Sync with the &amp;web platform</source>
        <translation>Sync with the &amp;web platform</translation>
    </message>
    <message>
        <source>The time zone the web platform reads and writes its dates and times in.</source>
        <translation>The time zone the web platform reads and writes its dates and times in.</translation>
    </message>
    <message>
        <source>Login &amp;path</source>
        <translation>Login &amp;path</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Sync &amp;every</translation>
    </message>
    <message>
        <source>Web platform's time &amp;zone</source>
        <translation>Web platform's time &amp;zone</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Web coach id</source>
        <translation>Web coach id</translation>
    </message>
    <message>
        <source>Web username</source>
        <translation>Web username</translation>
    </message>
    <message>
        <source>Web password</source>
        <translation>Web password</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Web course id</source>
        <translation>Web course id</translation>
    </message>
    <message>
        <source>A password is kept in this computer's password store and never shown again; leave it empty to keep the one saved. Leave a coach's or course's web fields empty to unlink it.</source>
        <translation>A password is kept in this computer's password store and never shown again; leave it empty to keep the one saved. Leave a coach's or course's web fields empty to unlink it.</translation>
    </message>
    <message>
        <source>Coaches and their web accounts</source>
        <translation>Coaches and their web accounts</translation>
    </message>
    <message>
        <source>Courses on the web</source>
        <translation>Courses on the web</translation>
    </message>
    <message>
        <source>type to change</source>
        <translation>type to change</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>not linked</translation>
    </message>
    <message>
        <source>&amp;Needs a person ({count})</source>
        <translation>&amp;Needs a person ({count})</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Nothing was saved.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… and {count} more</translation>
    </message>
    <message>
        <source>{bookings}

Save the settings and send these bookings?</source>
        <translation>{bookings}

Save the settings and send these bookings?</translation>
    </message>
    <message>
        <source>(no username)</source>
        <translation>(no username)</translation>
    </message>
    <message>
        <source>The settings are saved, but a password needs the coach's web id and username: nothing was kept for {names}.</source>
        <translation>The settings are saved, but a password needs the coach's web id and username: nothing was kept for {names}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <source>A sync round is running; its report will show here.</source>
        <translation>A sync round is running; its report will show here.</translation>
    </message>
    <message>
        <source>Syncing with the web platform…</source>
        <translation>Syncing with the web platform…</translation>
    </message>
</context>
<context>
    <name>TakingsChart</name>
    <message>
        <source>No takings in this month.</source>
        <translation>No takings in this month.</translation>
    </message>
    <message>
        <source>No takings in {month}.</source>
        <translation>No takings in {month}.</translation>
    </message>
</context>
<context>
    <name>TakingsPage</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Closings of the till on this day</source>
        <translation>Closings of the till on this day</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>What is in the till, like {amount}</source>
        <translation>What is in the till, like {amount}</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Expected:</translation>
    </message>
    <message>
        <source>C&amp;ounted cash:</source>
        <translation>C&amp;ounted cash:</translation>
    </message>
    <message>
        <source>Count the cash in the till and type it here to see the difference.</source>
        <translation>Count the cash in the till and type it here to see the difference.</translation>
    </message>
    <message>
        <source>Takings in {month}: {total} net, by day and method (click a day to open it)</source>
        <translation>Takings in {month}: {total} net, by day and method (click a day to open it)</translation>
    </message>
    <message>
        <source>Cash in the till since the last closing</source>
        <translation>Cash in the till since the last closing</translation>
    </message>
    <message>
        <source>C&amp;lose the till…</source>
        <translation>C&amp;lose the till…</translation>
    </message>
    <message>
        <source>Record the counted cash; money taken afterwards belongs to the next closing</source>
        <translation>Record the counted cash; money taken afterwards belongs to the next closing</translation>
    </message>
    <message>
        <source>Pu&amp;t in a float…</source>
        <translation>Pu&amp;t in a float…</translation>
    </message>
    <message>
        <source>Take cash o&amp;ut…</source>
        <translation>Take cash o&amp;ut…</translation>
    </message>
    <message>
        <source>The till is counted on the day itself: this day's closings are below.</source>
        <translation>The till is counted on the day itself: this day's closings are below.</translation>
    </message>
    <message>
        <source>{expected} (float {float}, pay-outs {payouts})</source>
        <translation>{expected} (float {float}, pay-outs {payouts})</translation>
    </message>
    <message>
        <source>Close the till with {amount} counted in it? {difference}

The closing keeps this count. Money taken afterwards belongs to the next closing.</source>
        <translation>Close the till with {amount} counted in it? {difference}

The closing keeps this count. Money taken afterwards belongs to the next closing.</translation>
    </message>
    <message>
        <source>The till is closed at {time}. {difference}</source>
        <translation>The till is closed at {time}. {difference}</translation>
    </message>
    <message>
        <source>Print the day's takings</source>
        <translation>Print the day's takings</translation>
    </message>
    <message>
        <source>The day's takings went to the printer.</source>
        <translation>The day's takings went to the printer.</translation>
    </message>
    <message>
        <source>Save the day's takings as PDF</source>
        <translation>Save the day's takings as PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <source>cash-up</source>
        <translation>cash-up</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Saved to {path}</translation>
    </message>
</context>
<context>
    <name>TimetableDialog</name>
    <message>
        <source>Timetable</source>
        <translation>Timetable</translation>
    </message>
    <message>
        <source>&amp;Timetable (weekly classes)</source>
        <translation>&amp;Timetable (weekly classes)</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Last &amp;day:</translation>
    </message>
    <message>
        <source>&amp;End line</source>
        <translation>&amp;End line</translation>
    </message>
    <message>
        <source>Every &amp;week</source>
        <translation>Every &amp;week</translation>
    </message>
    <message>
        <source>O&amp;nce</source>
        <translation>O&amp;nce</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>&amp;Until</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Add</translation>
    </message>
    <message>
        <source>C&amp;ourse</source>
        <translation>C&amp;ourse</translation>
    </message>
    <message>
        <source>Day of the wee&amp;k</source>
        <translation>Day of the wee&amp;k</translation>
    </message>
    <message>
        <source>Start ti&amp;me</source>
        <translation>Start ti&amp;me</translation>
    </message>
    <message>
        <source>Coac&amp;h</source>
        <translation>Coac&amp;h</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Room</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>&amp;Places</translation>
    </message>
    <message>
        <source>No course is a group class yet: give a course a capacity above 1 in Settings › Courses.</source>
        <translation>No course is a group class yet: give a course a capacity above 1 in Settings › Courses.</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>Add a class</translation>
    </message>
    <message>
        <source>{course} with {coach}, {capacity} places</source>
        <translation>{course} with {coach}, {capacity} places</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>No room</translation>
    </message>
    <message>
        <source>{room} ({capacity} people)</source>
        <translation>{room} ({capacity} people)</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>&amp;First day</translation>
    </message>
    <message>
        <source>Date o&amp;f the class</source>
        <translation>Date o&amp;f the class</translation>
    </message>
    <message>
        <source>Added: {course}, every {weekday}, {time}.</source>
        <translation>Added: {course}, every {weekday}, {time}.</translation>
    </message>
    <message>
        <source>1 class scheduled.</source>
        <translation>1 class scheduled.</translation>
    </message>
    <message>
        <source>{count} classes scheduled.</source>
        <translation>{count} classes scheduled.</translation>
    </message>
    <message>
        <source>Dates &amp;skipped:</source>
        <translation>Dates &amp;skipped:</translation>
    </message>
    <message>
        <source>Added a one-off class: {course} with {coach}, {day}, {time}.</source>
        <translation>Added a one-off class: {course} with {coach}, {day}, {time}.</translation>
    </message>
    <message>
        <source>End {course} on {weekday} after {day}? Its classes after that day without places are canceled.</source>
        <translation>End {course} on {weekday} after {day}? Its classes after that day without places are canceled.</translation>
    </message>
    <message>
        <source>{course} on {weekday} ends on {day}. Classes canceled after it: {count}.</source>
        <translation>{course} on {weekday} ends on {day}. Classes canceled after it: {count}.</translation>
    </message>
    <message>
        <source>Classes &amp;still on: they have places booked. Cancel each one so its clients are told.</source>
        <translation>Classes &amp;still on: they have places booked. Cancel each one so its clients are told.</translation>
    </message>
    <message>
        <source>{day}, {time}: {places} places booked</source>
        <translation>{day}, {time}: {places} places booked</translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>From</source>
        <translation>From</translation>
    </message>
    <message>
        <source>To</source>
        <translation>To</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>no room</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>no end</translation>
    </message>
</context>
<context>
    <name>TodayClassesDialog</name>
    <message>
        <source>Today's classes — Studio Desk</source>
        <translation>Today's classes — Studio Desk</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation>No classes today.</translation>
    </message>
    <message>
        <source>&amp;Open roster</source>
        <translation>&amp;Open roster</translation>
    </message>
    <message>
        <source>Show &amp;places in the list</source>
        <translation>Show &amp;places in the list</translation>
    </message>
    <message>
        <source>The booking list, showing only this class's places</source>
        <translation>The booking list, showing only this class's places</translation>
    </message>
    <message>
        <source>Arrows choose a class; Enter or a double-click opens its roster</source>
        <translation>Arrows choose a class; Enter or a double-click opens its roster</translation>
    </message>
    <message>
        <source>Classes on {date}</source>
        <translation>Classes on {date}</translation>
    </message>
    <message>
        <source>Today's classes could not be read. {reason}</source>
        <translation>Today's classes could not be read. {reason}</translation>
    </message>
</context>
<context>
    <name>TodayClassesModel</name>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Room</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Places</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Checked in</translation>
    </message>
    <message>
        <source>Standing in for {coach}</source>
        <translation>Standing in for {coach}</translation>
    </message>
    <message>
        <source>{coach} (for {usual})</source>
        <translation>{coach} (for {usual})</translation>
    </message>
    <message>
        <source>{fill} full</source>
        <translation>{fill} full</translation>
    </message>
</context>
<context>
    <name>WaiveFeeDialog</name>
    <message>
        <source>Waive a fee — {client}</source>
        <translation>Waive a fee — {client}</translation>
    </message>
    <message>
        <source>Like: first time, the road was flooded</source>
        <translation>Like: first time, the road was flooded</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>&amp;Waive</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Client:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Fee:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Reason (required):</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Add to waitlist — {class_}</source>
        <translation>Add to waitlist — {class_}</translation>
    </message>
    <message>
        <source>Walk-in — {class_}</source>
        <translation>Walk-in — {class_}</translation>
    </message>
    <message>
        <source>Put on the &amp;waitlist</source>
        <translation>Put on the &amp;waitlist</translation>
    </message>
    <message>
        <source>They get the first place that frees up; the desk then tells them.</source>
        <translation>They get the first place that frees up; the desk then tells them.</translation>
    </message>
    <message>
        <source>&amp;Book a place</source>
        <translation>&amp;Book a place</translation>
    </message>
    <message>
        <source>Next: the payment (a pack's credit when they have one), then check-in.</source>
        <translation>Next: the payment (a pack's credit when they have one), then check-in.</translation>
    </message>
    <message>
        <source>{class_} · {fill} places</source>
        <translation>{class_} · {fill} places</translation>
    </message>
    <message>
        <source>Choose the client from the list, or tick “New client” and type their name.</source>
        <translation>Choose the client from the list, or tick “New client” and type their name.</translation>
    </message>
    <message>
        <source>The class is full: all {places} places are taken. Put {client} on its waitlist instead?</source>
        <translation>The class is full: all {places} places are taken. Put {client} on its waitlist instead?</translation>
    </message>
    <message>
        <source>The class is full: nobody was added.</source>
        <translation>The class is full: nobody was added.</translation>
    </message>
</context>
<context>
    <name>WebConflictCard</name>
    <message>
        <source>Open desk booking {booking_id}</source>
        <translation>Open desk booking {booking_id}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The desk cannot open its database, so it cannot start.

{reason}

If the database is on a server, check that the server is on and this PC is on the studio's network, then start the desk again.</source>
        <translation>The desk cannot open its database, so it cannot start.

{reason}

If the database is on a server, check that the server is on and this PC is on the studio's network, then start the desk again.</translation>
    </message>
    <message>
        <source>The demo studio is ready. Sign in with a PIN: {pins}.</source>
        <translation>The demo studio is ready. Sign in with a PIN: {pins}.</translation>
    </message>
</context>
<context>
    <name>attendance_page</name>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>Classes held</source>
        <translation>Classes held</translation>
    </message>
    <message>
        <source>Places offered</source>
        <translation>Places offered</translation>
    </message>
    <message>
        <source>Places taken</source>
        <translation>Places taken</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-ins</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Fill rate</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>All classes</translation>
    </message>
    <message>
        <source>Classes count on the day they start, once they have started; canceled classes are left out. Places taken are the places not canceled, no-shows included. The fill rate is the places taken out of the places offered.</source>
        <translation>Classes count on the day they start, once they have started; canceled classes are left out. Places taken are the places not canceled, no-shows included. The fill rate is the places taken out of the places offered.</translation>
    </message>
</context>
<context>
    <name>booking_details</name>
    <message>
        <source>Front desk</source>
        <translation>Front desk</translation>
    </message>
    <message>
        <source>Web booking</source>
        <translation>Web booking</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Booked</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Marked done</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Hold expired</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Moved</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Booked online</source>
        <translation>Booked online</translation>
    </message>
    <message>
        <source>On the web platform (#{number})</source>
        <translation>On the web platform (#{number})</translation>
    </message>
    <message>
        <source>On the web platform</source>
        <translation>On the web platform</translation>
    </message>
    <message>
        <source>Waiting to be sent to the web platform</source>
        <translation>Waiting to be sent to the web platform</translation>
    </message>
    <message>
        <source>Mark {client}'s {course} at {time} as done? This cannot be undone.</source>
        <translation>Mark {client}'s {course} at {time} as done? This cannot be undone.</translation>
    </message>
    <message>
        <source>Record that {client} did not come to {course} at {time}? The booking ends as done, marked as a no-show. This cannot be undone.</source>
        <translation>Record that {client} did not come to {course} at {time}? The booking ends as done, marked as a no-show. This cannot be undone.</translation>
    </message>
    <message>
        <source>{action} (still {status})</source>
        <translation>{action} (still {status})</translation>
    </message>
</context>
<context>
    <name>booking_list</name>
    <message>
        <source>Bookings still on: {statuses}</source>
        <translation>Bookings still on: {statuses}</translation>
    </message>
    <message>
        <source>No bookings match these filters</source>
        <translation>No bookings match these filters</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 booking</translation>
    </message>
    <message>
        <source>{count} bookings</source>
        <translation>{count} bookings</translation>
    </message>
</context>
<context>
    <name>booking_packs</name>
    <message>
        <source>With pack #{pack}</source>
        <translation>With pack #{pack}</translation>
    </message>
    <message>
        <source>Paid with membership #{pack} ({name}): {left}</source>
        <translation>Paid with membership #{pack} ({name}): {left}</translation>
    </message>
    <message>
        <source>Paid with pack #{pack} ({name}): {left}</source>
        <translation>Paid with pack #{pack} ({name}): {left}</translation>
    </message>
</context>
<context>
    <name>calendar_blocks</name>
    <message>
        <source>{fill} full</source>
        <translation>{fill} full</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} waiting</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Class</translation>
    </message>
    <message>
        <source>{coach} (for {usual})</source>
        <translation>{coach} (for {usual})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{course}&lt;/b&gt; · class&lt;br&gt;with {coach}{room}&lt;br&gt;{start}–{end} · {fill}&lt;br&gt;&lt;i&gt;Click for the roster&lt;/i&gt;</source>
        <translation>&lt;b&gt;{course}&lt;/b&gt; · class&lt;br&gt;with {coach}{room}&lt;br&gt;{start}–{end} · {fill}&lt;br&gt;&lt;i&gt;Click for the roster&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>client_fees</name>
    <message>
        <source>Owed</source>
        <translation>Owed</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Collected</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Waived</translation>
    </message>
    <message>
        <source>Kept from the payment</source>
        <translation>Kept from the payment</translation>
    </message>
</context>
<context>
    <name>client_history</name>
    <message>
        <source>refund {amount}</source>
        <translation>refund {amount}</translation>
    </message>
</context>
<context>
    <name>client_packs</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Not started</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Used up</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Expired</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Closed</translation>
    </message>
    <message>
        <source>unlimited, {open} of {most} bookings open</source>
        <translation>unlimited, {open} of {most} bookings open</translation>
    </message>
    <message>
        <source>{left} of {sessions} left</source>
        <translation>{left} of {sessions} left</translation>
    </message>
    <message>
        <source>last day {day}</source>
        <translation>last day {day}</translation>
    </message>
</context>
<context>
    <name>coach_queue</name>
    <message>
        <source>Today</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Tomorrow</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} of {total}</translation>
    </message>
    <message>
        <source>Arrows choose a booking, Enter does its action; double-click to see its details</source>
        <translation>Arrows choose a booking, Enter does its action; double-click to see its details</translation>
    </message>
</context>
<context>
    <name>csv_export</name>
    <message>
        <source>Booking no.</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>End</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Currency</translation>
    </message>
</context>
<context>
    <name>day_calendar</name>
    <message>
        <source>Not working</source>
        <translation>Not working</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Every payment and refund taken on these days (refunds as negative amounts).</source>
        <translation>Every payment and refund taken on these days (refunds as negative amounts).</translation>
    </message>
    <message>
        <source>Every booking whose session starts on these days, in every status.</source>
        <translation>Every booking whose session starts on these days, in every status.</translation>
    </message>
    <message>
        <source>1 payment line</source>
        <translation>1 payment line</translation>
    </message>
    <message>
        <source>{count} payment lines</source>
        <translation>{count} payment lines</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 booking</translation>
    </message>
    <message>
        <source>{count} bookings</source>
        <translation>{count} bookings</translation>
    </message>
</context>
<context>
    <name>fees_lines</name>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Charged in these days: {charged} ({kept} of it kept from refunds). Collected: {collected}. Waived: {waived}. Owed now, whenever charged: {owed}.</source>
        <translation>Charged in these days: {charged} ({kept} of it kept from refunds). Collected: {collected}. Waived: {waived}. Owed now, whenever charged: {owed}.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 to 8 digits</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Paid</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmed</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Canceled</translation>
    </message>
    <message>
        <source>&amp;Take payment…</source>
        <translation>&amp;Take payment…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirm</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Mark &amp;done</translation>
    </message>
    <message>
        <source>&amp;No-show…</source>
        <translation>&amp;No-show…</translation>
    </message>
    <message>
        <source>Cancel &amp;booking…</source>
        <translation>Cancel &amp;booking…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Reschedule…</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Cash</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Card</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Bank transfer</translation>
    </message>
    <message>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <source>E-wallet</source>
        <translation>E-wallet</translation>
    </message>
    <message>
        <source>owner / admin</source>
        <translation>owner / admin</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>reception</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>coach</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Something went wrong and nothing was saved. Try again; if it happens again, tell the studio's owner (the details are in the desk's log).</source>
        <translation>Something went wrong and nothing was saved. Try again; if it happens again, tell the studio's owner (the details are in the desk's log).</translation>
    </message>
</context>
<context>
    <name>new_booking</name>
    <message>
        <source>{span} (UTC{offset})</source>
        <translation>{span} (UTC{offset})</translation>
    </message>
    <message>
        <source>{title} — {coach}, {minutes} min, {price}</source>
        <translation>{title} — {coach}, {minutes} min, {price}</translation>
    </message>
</context>
<context>
    <name>pack_choice</name>
    <message>
        <source>Membership #{pack}, {name}</source>
        <translation>Membership #{pack}, {name}</translation>
    </message>
    <message>
        <source>Pack #{pack}, {name}</source>
        <translation>Pack #{pack}, {name}</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>{left} left</translation>
    </message>
    <message>
        <source>starts with its first session</source>
        <translation>starts with its first session</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>until {day}</translation>
    </message>
    <message>
        <source>{client} is booked for {session}. Paid with pack #{pack}.</source>
        <translation>{client} is booked for {session}. Paid with pack #{pack}.</translation>
    </message>
</context>
<context>
    <name>packs_lines</name>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>#{number} {name}</source>
        <translation>#{number} {name}</translation>
    </message>
    <message>
        <source>from first use</source>
        <translation>from first use</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Pack</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Last day</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Left</translation>
    </message>
    <message>
        <source>Value left</source>
        <translation>Value left</translation>
    </message>
    <message>
        <source>Booked, not done</source>
        <translation>Booked, not done</translation>
    </message>
    <message>
        <source>Value booked</source>
        <translation>Value booked</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Membership</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Days</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Days left</translation>
    </message>
    <message>
        <source>Still owed at {when}: {total} ({left} in sessions not booked yet, {booked} in sessions booked but not done yet, {memberships} in days of memberships).</source>
        <translation>Still owed at {when}: {total} ({left} in sessions not booked yet, {booked} in sessions booked but not done yet, {memberships} in days of memberships).</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Packs</translation>
    </message>
    <message>
        <source>Packs sold for</source>
        <translation>Packs sold for</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Memberships</translation>
    </message>
    <message>
        <source>Memberships sold for</source>
        <translation>Memberships sold for</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Month</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>Sessions left</source>
        <translation>Sessions left</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>membership</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Ended on</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Credits</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>payments_csv</name>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
    </message>
    <message>
        <source>Payment no.</source>
        <translation>Payment no.</translation>
    </message>
    <message>
        <source>Taken at ({zone})</source>
        <translation>Taken at ({zone})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Amount ({currency})</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Booking no.</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The {what} could not be saved to {path}. Choose another folder.</source>
        <translation>The {what} could not be saved to {path}. Choose another folder.</translation>
    </message>
</context>
<context>
    <name>prompts</name>
    <message>
        <source>Studio Desk</source>
        <translation>Studio Desk</translation>
    </message>
</context>
<context>
    <name>receipt</name>
    <message>
        <source>Studio Desk</source>
        <translation>Studio Desk</translation>
    </message>
    <message>
        <source>Booking {number}</source>
        <translation>Booking {number}</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>Receipt no.</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Paid on</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Course</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Session</translation>
    </message>
    <message>
        <source>Booking no.</source>
        <translation>Booking no.</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>{amount} (no charge)</source>
        <translation>{amount} (no charge)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Price before tax</source>
        <translation>Price before tax</translation>
    </message>
    <message>
        <source>Tax base (DPP 11/12)</source>
        <translation>Tax base (DPP 11/12)</translation>
    </message>
    <message>
        <source>{tax} {rate}% (included)</source>
        <translation>{tax} {rate}% (included)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Paid by</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Cash given</source>
        <translation>Cash given</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Change given</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Taken by</translation>
    </message>
    <message>
        <source>Refunded on {day}</source>
        <translation>Refunded on {day}</translation>
    </message>
    <message>
        <source>Phone {number}</source>
        <translation>Phone {number}</translation>
    </message>
    <message>
        <source>NPWP {number}</source>
        <translation>NPWP {number}</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>COPY</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Print receipt</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>receipt</translation>
    </message>
</context>
<context>
    <name>report_documents</name>
    <message>
        <source>Method</source>
        <translation>Method</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Taken</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Refunded</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Payments</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Refunds</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Coach</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Sessions done</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Earned</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Cancellations</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>No-shows</translation>
    </message>
    <message>
        <source>Not yet marked</source>
        <translation>Not yet marked</translation>
    </message>
    <message>
        <source>With a pack</source>
        <translation>With a pack</translation>
    </message>
    <message>
        <source>With a membership</source>
        <translation>With a membership</translation>
    </message>
    <message>
        <source>Sessions count on the day they start. Earned is the price, as sold, of the sessions done and of the no-shows. A no-show is recorded by the coach or an admin; a paid or confirmed session that ended without being marked is not yet marked.</source>
        <translation>Sessions count on the day they start. Earned is the price, as sold, of the sessions done and of the no-shows. A no-show is recorded by the coach or an admin; a paid or confirmed session that ended without being marked is not yet marked.</translation>
    </message>
    <message>
        <source>A group class counts its minutes once for its coach, however many clients came.</source>
        <translation>A group class counts its minutes once for its coach, however many clients came.</translation>
    </message>
    <message>
        <source>Sessions paid with a pack count at the pack's price per session; membership sessions at no price.</source>
        <translation>Sessions paid with a pack count at the pack's price per session; membership sessions at no price.</translation>
    </message>
    <message>
        <source>Refunds by a method that did not take the money (an admin's reason each)</source>
        <translation>Refunds by a method that did not take the money (an admin's reason each)</translation>
    </message>
    <message>
        <source>{time} · {what} ({name}, pack #{pack})</source>
        <translation>{time} · {what} ({name}, pack #{pack})</translation>
    </message>
    <message>
        <source>{time} · {what} ({name}, booking {booking})</source>
        <translation>{time} · {what} ({name}, booking {booking})</translation>
    </message>
    <message>
        <source>The till was not closed on this day.</source>
        <translation>The till was not closed on this day.</translation>
    </message>
    <message>
        <source>Not closed yet today: the next closing counts everything since the last one.</source>
        <translation>Not closed yet today: the next closing counts everything since the last one.</translation>
    </message>
    <message>
        <source>Last closed by {name} on {date} at {time}. Money taken since belongs to the next closing.</source>
        <translation>Last closed by {name} on {date} at {time}. Money taken since belongs to the next closing.</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Closed at</translation>
    </message>
    <message>
        <source>By</source>
        <translation>By</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Expected</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Counted</translation>
    </message>
    <message>
        <source>All closings</source>
        <translation>All closings</translation>
    </message>
    <message>
        <source>Cash expected in the till now</source>
        <translation>Cash expected in the till now</translation>
    </message>
    <message>
        <source>{amount} (not closed yet)</source>
        <translation>{amount} (not closed yet)</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Till</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Printed {date} at {time} ({zone}). Amounts in {currency}.</source>
        <translation>Printed {date} at {time} ({zone}). Amounts in {currency}.</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Counted cash</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>Day's takings</source>
        <translation>Day's takings</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} to {end}</translation>
    </message>
    <message>
        <source>Coach report</source>
        <translation>Coach report</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>The end of the hours must be after their start.</source>
        <translation>The end of the hours must be after their start.</translation>
    </message>
    <message>
        <source>Coach not found</source>
        <translation>Coach not found</translation>
    </message>
    <message>
        <source>Course not found</source>
        <translation>Course not found</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Cannot sort by {sort}.</source>
        <translation>Cannot sort by {sort}.</translation>
    </message>
    <message>
        <source>Ask for 1 to {most} bookings from a position of 0 or more.</source>
        <translation>Ask for 1 to {most} bookings from a position of 0 or more.</translation>
    </message>
    <message>
        <source>Choose the statuses to list among pending, paid, confirmed, done and canceled.</source>
        <translation>Choose the statuses to list among pending, paid, confirmed, done and canceled.</translation>
    </message>
    <message>
        <source>Booking not found</source>
        <translation>Booking not found</translation>
    </message>
    <message>
        <source>'{value}' is not a booking number.</source>
        <translation>'{value}' is not a booking number.</translation>
    </message>
    <message>
        <source>'{value}' is not a client number.</source>
        <translation>'{value}' is not a client number.</translation>
    </message>
    <message>
        <source>'{value}' is not a coach number.</source>
        <translation>'{value}' is not a coach number.</translation>
    </message>
    <message>
        <source>'{value}' is not a course number.</source>
        <translation>'{value}' is not a course number.</translation>
    </message>
    <message>
        <source>'{value}' is not a staff number.</source>
        <translation>'{value}' is not a staff number.</translation>
    </message>
    <message>
        <source>'{value}' is not a web coach number.</source>
        <translation>'{value}' is not a web coach number.</translation>
    </message>
    <message>
        <source>'{value}' is not a web course number.</source>
        <translation>'{value}' is not a web course number.</translation>
    </message>
    <message>
        <source>'{value}' is not a time off number.</source>
        <translation>'{value}' is not a time off number.</translation>
    </message>
    <message>
        <source>'{value}' is not an extra hours number.</source>
        <translation>'{value}' is not an extra hours number.</translation>
    </message>
    <message>
        <source>'{value}' is not a holiday number.</source>
        <translation>'{value}' is not a holiday number.</translation>
    </message>
    <message>
        <source>'{value}' is not a pack number.</source>
        <translation>'{value}' is not a pack number.</translation>
    </message>
    <message>
        <source>'{value}' is not a product number.</source>
        <translation>'{value}' is not a product number.</translation>
    </message>
    <message>
        <source>'{value}' is not a fee number.</source>
        <translation>'{value}' is not a fee number.</translation>
    </message>
    <message>
        <source>'{value}' is not a class number.</source>
        <translation>'{value}' is not a class number.</translation>
    </message>
    <message>
        <source>'{value}' is not a room number.</source>
        <translation>'{value}' is not a room number.</translation>
    </message>
    <message>
        <source>'{value}' is not a timetable line number.</source>
        <translation>'{value}' is not a timetable line number.</translation>
    </message>
    <message>
        <source>'{value}' is not a waitlist entry number.</source>
        <translation>'{value}' is not a waitlist entry number.</translation>
    </message>
    <message>
        <source>{course} is a group class: book a place in one of its classes on the calendar.</source>
        <translation>{course} is a group class: book a place in one of its classes on the calendar.</translation>
    </message>
    <message>
        <source>Choose one client: someone from the list or a new client.</source>
        <translation>Choose one client: someone from the list or a new client.</translation>
    </message>
    <message>
        <source>This course is no longer offered.</source>
        <translation>This course is no longer offered.</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Client not found</translation>
    </message>
    <message>
        <source>That coach no longer takes bookings.</source>
        <translation>That coach no longer takes bookings.</translation>
    </message>
    <message>
        <source>The booking is already at that time.</source>
        <translation>The booking is already at that time.</translation>
    </message>
    <message>
        <source>Moved from {start} with {coach}. {note}</source>
        <translation>Moved from {start} with {coach}. {note}</translation>
    </message>
    <message>
        <source>Moved from {start} with {coach}</source>
        <translation>Moved from {start} with {coach}</translation>
    </message>
    <message>
        <source>Moved from {start}. {note}</source>
        <translation>Moved from {start}. {note}</translation>
    </message>
    <message>
        <source>Moved from {start}</source>
        <translation>Moved from {start}</translation>
    </message>
    <message>
        <source>The till matches.</source>
        <translation>The till matches.</translation>
    </message>
    <message>
        <source>The till is {amount} over.</source>
        <translation>The till is {amount} over.</translation>
    </message>
    <message>
        <source>The till is {amount} short.</source>
        <translation>The till is {amount} short.</translation>
    </message>
    <message>
        <source>Another coach is already linked to web coach {web_id}.</source>
        <translation>Another coach is already linked to web coach {web_id}.</translation>
    </message>
    <message>
        <source>The duration must be a whole number of minutes.</source>
        <translation>The duration must be a whole number of minutes.</translation>
    </message>
    <message>
        <source>The duration must be between {low} and {high} minutes.</source>
        <translation>The duration must be between {low} and {high} minutes.</translation>
    </message>
    <message>
        <source>The buffer must be a whole number of minutes.</source>
        <translation>The buffer must be a whole number of minutes.</translation>
    </message>
    <message>
        <source>The buffer must be between {low} and {high} minutes.</source>
        <translation>The buffer must be between {low} and {high} minutes.</translation>
    </message>
    <message>
        <source>Another course is already linked to web course {web_id}.</source>
        <translation>Another course is already linked to web course {web_id}.</translation>
    </message>
    <message>
        <source>A group class stays at the desk: the web platform sells only private sessions. Leave the web course empty, or keep the capacity at 1.</source>
        <translation>A group class stays at the desk: the web platform sells only private sessions. Leave the web course empty, or keep the capacity at 1.</translation>
    </message>
    <message>
        <source>The course has sessions booked or classes to come, so it cannot switch between private sessions and a group class now. Make a new course instead.</source>
        <translation>The course has sessions booked or classes to come, so it cannot switch between private sessions and a group class now. Make a new course instead.</translation>
    </message>
    <message>
        <source>The capacity must be a whole number of people.</source>
        <translation>The capacity must be a whole number of people.</translation>
    </message>
    <message>
        <source>The capacity must be between {low} and {high} people.</source>
        <translation>The capacity must be between {low} and {high} people.</translation>
    </message>
    <message>
        <source>'{value}' does not look like a phone number. Use digits, like 0812 3456 7890.</source>
        <translation>'{value}' does not look like a phone number. Use digits, like 0812 3456 7890.</translation>
    </message>
    <message>
        <source>'{value}' does not look like an email address.</source>
        <translation>'{value}' does not look like an email address.</translation>
    </message>
    <message>
        <source>Enter the database: a postgresql:// address, or a SQLite file's path.</source>
        <translation>Enter the database: a postgresql:// address, or a SQLite file's path.</translation>
    </message>
    <message>
        <source>The database address must be text.</source>
        <translation>The database address must be text.</translation>
    </message>
    <message>
        <source>The database address is empty. Give a SQLite file's path or a postgresql:// address.</source>
        <translation>The database address is empty. Give a SQLite file's path or a postgresql:// address.</translation>
    </message>
    <message>
        <source>That is not a database address. It looks like postgresql://desk@db-server/studio.</source>
        <translation>That is not a database address. It looks like postgresql://desk@db-server/studio.</translation>
    </message>
    <message>
        <source>The desk works with PostgreSQL or a SQLite file.</source>
        <translation>The desk works with PostgreSQL or a SQLite file.</translation>
    </message>
    <message>
        <source>The address {address} names no database. Put the database's name after the server, like postgresql://desk@db-server/studio.</source>
        <translation>The address {address} names no database. Put the database's name after the server, like postgresql://desk@db-server/studio.</translation>
    </message>
    <message>
        <source>The address {address} names no database file. Give the SQLite file's path.</source>
        <translation>The address {address} names no database file. Give the SQLite file's path.</translation>
    </message>
    <message>
        <source>A database in memory is gone when the desk closes, with everything in it. Give a SQLite file's path instead.</source>
        <translation>A database in memory is gone when the desk closes, with everything in it. Give a SQLite file's path instead.</translation>
    </message>
    <message>
        <source>There is no folder {folder}. Is there a typo in the database file's path?</source>
        <translation>There is no folder {folder}. Is there a typo in the database file's path?</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Is there a typo in the database file's path?</source>
        <translation>{folder} is a file, not a folder. Is there a typo in the database file's path?</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the database file's name inside it, like {example}.</source>
        <translation>{path} is a folder. Give the database file's name inside it, like {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made: {reason}.</source>
        <translation>The folder {folder} cannot be made: {reason}.</translation>
    </message>
    <message>
        <source>The server's port must be a number from 1 to 65535, like postgresql://desk@db-server:5432/studio.</source>
        <translation>The server's port must be a number from 1 to 65535, like postgresql://desk@db-server:5432/studio.</translation>
    </message>
    <message>
        <source>The path {path} cannot hold the database file: {reason}.</source>
        <translation>The path {path} cannot hold the database file: {reason}.</translation>
    </message>
    <message>
        <source>There is no folder {folder}. Is there a typo in the database file's path? If not, make the folder first.</source>
        <translation>There is no folder {folder}. Is there a typo in the database file's path? If not, make the folder first.</translation>
    </message>
    <message>
        <source>This database file is on a network share ({share}). SQLite files are not safe to share between PCs; use PostgreSQL for several desks.</source>
        <translation>This database file is on a network share ({share}). SQLite files are not safe to share between PCs; use PostgreSQL for several desks.</translation>
    </message>
    <message>
        <source>Leave the password out of the address and type it in the password field: it is kept in this computer's password store, never in a file.</source>
        <translation>Leave the password out of the address and type it in the password field: it is kept in this computer's password store, never in a file.</translation>
    </message>
    <message>
        <source>The password must be text.</source>
        <translation>The password must be text.</translation>
    </message>
    <message>
        <source>The password contains invisible control characters.</source>
        <translation>The password contains invisible control characters.</translation>
    </message>
    <message>
        <source>A SQLite file at {path}: the desk makes it if it is not there yet.</source>
        <translation>A SQLite file at {path}: the desk makes it if it is not there yet.</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Could not connect: {reason}</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version} at {where}.</source>
        <translation>Connected to PostgreSQL {version} at {where}.</translation>
    </message>
    <message>
        <source>A SQLite file has no password.</source>
        <translation>A SQLite file has no password.</translation>
    </message>
    <message>
        <source>This computer has no password store to keep the database password in. Leave it empty here and put it in PGPASSWORD or ~/.pgpass where the desk starts.</source>
        <translation>This computer has no password store to keep the database password in. Leave it empty here and put it in PGPASSWORD or ~/.pgpass where the desk starts.</translation>
    </message>
    <message>
        <source>This database already has a studio in it.</source>
        <translation>This database already has a studio in it.</translation>
    </message>
    <message>
        <source>Give the coach a PIN of their own, different from yours.</source>
        <translation>Give the coach a PIN of their own, different from yours.</translation>
    </message>
    <message>
        <source>The coach's hours must end after they start.</source>
        <translation>The coach's hours must end after they start.</translation>
    </message>
    <message>
        <source>hold expired</source>
        <translation>hold expired</translation>
    </message>
    <message>
        <source>{why} — {what}</source>
        <translation>{why} — {what}</translation>
    </message>
    <message>
        <source>By the studio's rules at most {allowed} can be refunded: {what}</source>
        <translation>By the studio's rules at most {allowed} can be refunded: {what}</translation>
    </message>
    <message>
        <source>Choose a refund or 'no refund'.</source>
        <translation>Choose a refund or 'no refund'.</translation>
    </message>
    <message>
        <source>Say whether the cancel was shown as late: yes or no.</source>
        <translation>Say whether the cancel was shown as late: yes or no.</translation>
    </message>
    <message>
        <source>This booking has {paid} paid. Choose a refund or 'no refund' before canceling.</source>
        <translation>This booking has {paid} paid. Choose a refund or 'no refund' before canceling.</translation>
    </message>
    <message>
        <source>The refund cannot be more than what was paid ({paid}).</source>
        <translation>The refund cannot be more than what was paid ({paid}).</translation>
    </message>
    <message>
        <source>{why} (no refund)</source>
        <translation>{why} (no refund)</translation>
    </message>
    <message>
        <source>Nothing was paid for this booking, so there is nothing to refund.</source>
        <translation>Nothing was paid for this booking, so there is nothing to refund.</translation>
    </message>
    <message>
        <source>A refund of nothing is 'no refund': choose that instead.</source>
        <translation>A refund of nothing is 'no refund': choose that instead.</translation>
    </message>
    <message>
        <source>Enter the reference of the card payment (the number on the slip or in the transfer).</source>
        <translation>Enter the reference of the card payment (the number on the slip or in the transfer).</translation>
    </message>
    <message>
        <source>Enter the reference of the bank transfer payment (the number on the slip or in the transfer).</source>
        <translation>Enter the reference of the bank transfer payment (the number on the slip or in the transfer).</translation>
    </message>
    <message>
        <source>Enter the reference of the QRIS payment (the number on the slip or in the transfer).</source>
        <translation>Enter the reference of the QRIS payment (the number on the slip or in the transfer).</translation>
    </message>
    <message>
        <source>Enter the reference of the e-wallet payment (the number on the slip or in the transfer).</source>
        <translation>Enter the reference of the e-wallet payment (the number on the slip or in the transfer).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>The amount cannot be negative.</translation>
    </message>
    <message>
        <source>The amount is larger than any price at the studio.</source>
        <translation>The amount is larger than any price at the studio.</translation>
    </message>
    <message>
        <source>The cash given cannot be negative.</source>
        <translation>The cash given cannot be negative.</translation>
    </message>
    <message>
        <source>The cash given is larger than any price at the studio.</source>
        <translation>The cash given is larger than any price at the studio.</translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation>The counted cash cannot be negative.</translation>
    </message>
    <message>
        <source>The counted cash is larger than any price at the studio.</source>
        <translation>The counted cash is larger than any price at the studio.</translation>
    </message>
    <message>
        <source>The refund cannot be negative.</source>
        <translation>The refund cannot be negative.</translation>
    </message>
    <message>
        <source>The refund is larger than any price at the studio.</source>
        <translation>The refund is larger than any price at the studio.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>The price cannot be negative.</translation>
    </message>
    <message>
        <source>The price is larger than any price at the studio.</source>
        <translation>The price is larger than any price at the studio.</translation>
    </message>
    <message>
        <source>The float must be a number, like {example}.</source>
        <translation>The float must be a number, like {example}.</translation>
    </message>
    <message>
        <source>The float cannot be negative.</source>
        <translation>The float cannot be negative.</translation>
    </message>
    <message>
        <source>The float is larger than any amount at the studio.</source>
        <translation>The float is larger than any amount at the studio.</translation>
    </message>
    <message>
        <source>The fee must be a number, like {example}.</source>
        <translation>The fee must be a number, like {example}.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>The fee cannot be negative.</translation>
    </message>
    <message>
        <source>The fee is larger than any price at the studio.</source>
        <translation>The fee is larger than any price at the studio.</translation>
    </message>
    <message>
        <source>The pay-out must be a number, like {example}.</source>
        <translation>The pay-out must be a number, like {example}.</translation>
    </message>
    <message>
        <source>The pay-out cannot be negative.</source>
        <translation>The pay-out cannot be negative.</translation>
    </message>
    <message>
        <source>The pay-out is larger than any amount at the studio.</source>
        <translation>The pay-out is larger than any amount at the studio.</translation>
    </message>
    <message>
        <source>'{value}' is not a kind of amount.</source>
        <translation>'{value}' is not a kind of amount.</translation>
    </message>
    <message>
        <source>The cash given is only for cash payments; clear it or choose cash.</source>
        <translation>The cash given is only for cash payments; clear it or choose cash.</translation>
    </message>
    <message>
        <source>The amount must be a number, like {example}.</source>
        <translation>The amount must be a number, like {example}.</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>cash</translation>
    </message>
    <message>
        <source>card</source>
        <translation>card</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>bank transfer</translation>
    </message>
    <message>
        <source>QRIS</source>
        <translation>QRIS</translation>
    </message>
    <message>
        <source>e-wallet</source>
        <translation>e-wallet</translation>
    </message>
    <message>
        <source>The cash given must be a number, like {example}.</source>
        <translation>The cash given must be a number, like {example}.</translation>
    </message>
    <message>
        <source>The counted cash must be a number, like {example}.</source>
        <translation>The counted cash must be a number, like {example}.</translation>
    </message>
    <message>
        <source>The refund must be a number, like {example}.</source>
        <translation>The refund must be a number, like {example}.</translation>
    </message>
    <message>
        <source>The price must be a number, like {example}.</source>
        <translation>The price must be a number, like {example}.</translation>
    </message>
    <message>
        <source>Choose how the client paid: cash, card, bank transfer, QRIS or e-wallet.</source>
        <translation>Choose how the client paid: cash, card, bank transfer, QRIS or e-wallet.</translation>
    </message>
    <message>
        <source>The cash given is less than the amount to pay.</source>
        <translation>The cash given is less than the amount to pay.</translation>
    </message>
    <message>
        <source>The amount cannot be more than the price ({price}). Give change for the rest.</source>
        <translation>The amount cannot be more than the price ({price}). Give change for the rest.</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Enter the amount paid.</translation>
    </message>
    <message>
        <source>No charge</source>
        <translation>No charge</translation>
    </message>
    <message>
        <source>Paid {paid} of {price}</source>
        <translation>Paid {paid} of {price}</translation>
    </message>
    <message>
        <source>Only the front desk can make bookings.</source>
        <translation>Only the front desk can make bookings.</translation>
    </message>
    <message>
        <source>Only the front desk can take payments.</source>
        <translation>Only the front desk can take payments.</translation>
    </message>
    <message>
        <source>Only the booking's coach or an admin can confirm it.</source>
        <translation>Only the booking's coach or an admin can confirm it.</translation>
    </message>
    <message>
        <source>Only the booking's coach or an admin can mark it done.</source>
        <translation>Only the booking's coach or an admin can mark it done.</translation>
    </message>
    <message>
        <source>Only the booking's coach or an admin can record a no-show.</source>
        <translation>Only the booking's coach or an admin can record a no-show.</translation>
    </message>
    <message>
        <source>Only the front desk or the booking's coach can cancel it.</source>
        <translation>Only the front desk or the booking's coach can cancel it.</translation>
    </message>
    <message>
        <source>Only the front desk can move a booking.</source>
        <translation>Only the front desk can move a booking.</translation>
    </message>
    <message>
        <source>Only the system releases expired holds.</source>
        <translation>Only the system releases expired holds.</translation>
    </message>
    <message>
        <source>Only an admin can add coaches.</source>
        <translation>Only an admin can add coaches.</translation>
    </message>
    <message>
        <source>Only an admin can add courses.</source>
        <translation>Only an admin can add courses.</translation>
    </message>
    <message>
        <source>Only an admin can change coaches.</source>
        <translation>Only an admin can change coaches.</translation>
    </message>
    <message>
        <source>Only an admin can change courses.</source>
        <translation>Only an admin can change courses.</translation>
    </message>
    <message>
        <source>Only an admin can add products.</source>
        <translation>Only an admin can add products.</translation>
    </message>
    <message>
        <source>Only an admin can change products.</source>
        <translation>Only an admin can change products.</translation>
    </message>
    <message>
        <source>Only an admin can set the cancellation rules.</source>
        <translation>Only an admin can set the cancellation rules.</translation>
    </message>
    <message>
        <source>Only an admin can waive fees.</source>
        <translation>Only an admin can waive fees.</translation>
    </message>
    <message>
        <source>Only an admin can add rooms.</source>
        <translation>Only an admin can add rooms.</translation>
    </message>
    <message>
        <source>Only an admin can change rooms.</source>
        <translation>Only an admin can change rooms.</translation>
    </message>
    <message>
        <source>Only an admin can change the timetable.</source>
        <translation>Only an admin can change the timetable.</translation>
    </message>
    <message>
        <source>Only an admin can cancel a class.</source>
        <translation>Only an admin can cancel a class.</translation>
    </message>
    <message>
        <source>Only an admin can add people to the desk.</source>
        <translation>Only an admin can add people to the desk.</translation>
    </message>
    <message>
        <source>Only an admin can look after the people who use the desk.</source>
        <translation>Only an admin can look after the people who use the desk.</translation>
    </message>
    <message>
        <source>Only an admin can set the coaches' hours.</source>
        <translation>Only an admin can set the coaches' hours.</translation>
    </message>
    <message>
        <source>Only an admin can set the studio's holidays.</source>
        <translation>Only an admin can set the studio's holidays.</translation>
    </message>
    <message>
        <source>Only an admin can change the studio's settings.</source>
        <translation>Only an admin can change the studio's settings.</translation>
    </message>
    <message>
        <source>Only an admin can set up the web sync.</source>
        <translation>Only an admin can set up the web sync.</translation>
    </message>
    <message>
        <source>Only an admin can export payments and bookings.</source>
        <translation>Only an admin can export payments and bookings.</translation>
    </message>
    <message>
        <source>Only an admin can merge clients.</source>
        <translation>Only an admin can merge clients.</translation>
    </message>
    <message>
        <source>Only an admin can import clients.</source>
        <translation>Only an admin can import clients.</translation>
    </message>
    <message>
        <source>Only an admin can freeze a pack or membership.</source>
        <translation>Only an admin can freeze a pack or membership.</translation>
    </message>
    <message>
        <source>Only an admin can change the sessions left on a pack.</source>
        <translation>Only an admin can change the sessions left on a pack.</translation>
    </message>
    <message>
        <source>Only an admin can refund a pack for another amount than the desk works out.</source>
        <translation>Only an admin can refund a pack for another amount than the desk works out.</translation>
    </message>
    <message>
        <source>Only the front desk can close the day.</source>
        <translation>Only the front desk can close the day.</translation>
    </message>
    <message>
        <source>Only the front desk can change a client's details.</source>
        <translation>Only the front desk can change a client's details.</translation>
    </message>
    <message>
        <source>Only the front desk can see the studio's takings and the till.</source>
        <translation>Only the front desk can see the studio's takings and the till.</translation>
    </message>
    <message>
        <source>Only the front desk can put money in the till.</source>
        <translation>Only the front desk can put money in the till.</translation>
    </message>
    <message>
        <source>Only the front desk can take money out of the till.</source>
        <translation>Only the front desk can take money out of the till.</translation>
    </message>
    <message>
        <source>Only the front desk can send a booking to the web platform again.</source>
        <translation>Only the front desk can send a booking to the web platform again.</translation>
    </message>
    <message>
        <source>Only the front desk can decide about the web platform.</source>
        <translation>Only the front desk can decide about the web platform.</translation>
    </message>
    <message>
        <source>Only the front desk can print a receipt again.</source>
        <translation>Only the front desk can print a receipt again.</translation>
    </message>
    <message>
        <source>Only the front desk can see the reports of packs and memberships.</source>
        <translation>Only the front desk can see the reports of packs and memberships.</translation>
    </message>
    <message>
        <source>Only the front desk can refund a pack or membership.</source>
        <translation>Only the front desk can refund a pack or membership.</translation>
    </message>
    <message>
        <source>Only the front desk can see the waitlists.</source>
        <translation>Only the front desk can see the waitlists.</translation>
    </message>
    <message>
        <source>Only the front desk can tell clients about their place.</source>
        <translation>Only the front desk can tell clients about their place.</translation>
    </message>
    <message>
        <source>Only an admin sees the report of every coach; a coach sees their own.</source>
        <translation>Only an admin sees the report of every coach; a coach sees their own.</translation>
    </message>
    <message>
        <source>A PIN is {fewest} to {most} digits.</source>
        <translation>A PIN is {fewest} to {most} digits.</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>All coaches</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>The last day comes before the first.</translation>
    </message>
    <message>
        <source>Choose at most a year at a time.</source>
        <translation>Choose at most a year at a time.</translation>
    </message>
    <message>
        <source>That time has already passed. Pick a time from now on.</source>
        <translation>That time has already passed. Pick a time from now on.</translation>
    </message>
    <message>
        <source>The coach is not available on that day. Pick another day.</source>
        <translation>The coach is not available on that day. Pick another day.</translation>
    </message>
    <message>
        <source>The session must fit within the coach's hours that day ({hours}).</source>
        <translation>The session must fit within the coach's hours that day ({hours}).</translation>
    </message>
    <message>
        <source>Whether an unpaid fee blocks new bookings must be yes or no.</source>
        <translation>Whether an unpaid fee blocks new bookings must be yes or no.</translation>
    </message>
    <message>
        <source>Whether a paid place in a class is confirmed at once must be yes or no.</source>
        <translation>Whether a paid place in a class is confirmed at once must be yes or no.</translation>
    </message>
    <message>
        <source>The booking step must be a whole number of minutes.</source>
        <translation>The booking step must be a whole number of minutes.</translation>
    </message>
    <message>
        <source>The hold time must be a whole number of minutes.</source>
        <translation>The hold time must be a whole number of minutes.</translation>
    </message>
    <message>
        <source>The minutes before the desk locks must be a whole number.</source>
        <translation>The minutes before the desk locks must be a whole number.</translation>
    </message>
    <message>
        <source>The tax rate must be a whole number of percent.</source>
        <translation>The tax rate must be a whole number of percent.</translation>
    </message>
    <message>
        <source>The waitlist's cut-off must be a whole number of minutes.</source>
        <translation>The waitlist's cut-off must be a whole number of minutes.</translation>
    </message>
    <message>
        <source>The time a promoted client has to pay must be a whole number of minutes.</source>
        <translation>The time a promoted client has to pay must be a whole number of minutes.</translation>
    </message>
    <message>
        <source>The time zone must be text.</source>
        <translation>The time zone must be text.</translation>
    </message>
    <message>
        <source>The currency must be text.</source>
        <translation>The currency must be text.</translation>
    </message>
    <message>
        <source>The phone country code must be text.</source>
        <translation>The phone country code must be text.</translation>
    </message>
    <message>
        <source>The waitlist's cut-off must be between 0 and a week before the class, in minutes.</source>
        <translation>The waitlist's cut-off must be between 0 and a week before the class, in minutes.</translation>
    </message>
    <message>
        <source>The time a promoted client has to pay must be between 5 minutes and a week.</source>
        <translation>The time a promoted client has to pay must be between 5 minutes and a week.</translation>
    </message>
    <message>
        <source>Choose the tax on receipts: none, PPN or a regional tax.</source>
        <translation>Choose the tax on receipts: none, PPN or a regional tax.</translation>
    </message>
    <message>
        <source>Choose the receipt paper: A4, A5, 80 mm or 58 mm.</source>
        <translation>Choose the receipt paper: A4, A5, 80 mm or 58 mm.</translation>
    </message>
    <message>
        <source>The currency cannot change once payments have been taken: their amounts would all change meaning.</source>
        <translation>The currency cannot change once payments have been taken: their amounts would all change meaning.</translation>
    </message>
    <message>
        <source>The booking step must be between 5 and 240 minutes.</source>
        <translation>The booking step must be between 5 and 240 minutes.</translation>
    </message>
    <message>
        <source>The hold time must be between 0 (off) and a week in minutes.</source>
        <translation>The hold time must be between 0 (off) and a week in minutes.</translation>
    </message>
    <message>
        <source>The desk can lock after 0 (never) to 1440 minutes without use.</source>
        <translation>The desk can lock after 0 (never) to 1440 minutes without use.</translation>
    </message>
    <message>
        <source>A phone number is kept as text of digits, like 6281234567890.</source>
        <translation>A phone number is kept as text of digits, like 6281234567890.</translation>
    </message>
    <message>
        <source>The phone country code must be digits only, such as 62.</source>
        <translation>The phone country code must be digits only, such as 62.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as IDR.</source>
        <translation>The currency must be a three-letter code such as IDR.</translation>
    </message>
    <message>
        <source>{code} is not a currency code. Use an ISO 4217 code such as IDR, USD or EUR.</source>
        <translation>{code} is not a currency code. Use an ISO 4217 code such as IDR, USD or EUR.</translation>
    </message>
    <message>
        <source>Enter the name of the regional tax, such as PBJT.</source>
        <translation>Enter the name of the regional tax, such as PBJT.</translation>
    </message>
    <message>
        <source>Unknown setting: {names}.</source>
        <translation>Unknown setting: {names}.</translation>
    </message>
    <message>
        <source>The time zone cannot change once there are bookings: their times would all move.</source>
        <translation>The time zone cannot change once there are bookings: their times would all move.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>Wrong PIN. Try again.</translation>
    </message>
    <message>
        <source>Wrong PIN, and too many in a row. {name} can try again from {until}, or an admin can unlock them now on the Staff screen.</source>
        <translation>Wrong PIN, and too many in a row. {name} can try again from {until}, or an admin can unlock them now on the Staff screen.</translation>
    </message>
    <message>
        <source>Too many wrong PINs in a row. {name} can try again from {until}, or an admin can unlock them now on the Staff screen.</source>
        <translation>Too many wrong PINs in a row. {name} can try again from {until}, or an admin can unlock them now on the Staff screen.</translation>
    </message>
    <message>
        <source>Choose a role: admin, receptionist or coach.</source>
        <translation>Choose a role: admin, receptionist or coach.</translation>
    </message>
    <message>
        <source>A coach's account needs its coach, and only a coach's account has one.</source>
        <translation>A coach's account needs its coach, and only a coach's account has one.</translation>
    </message>
    <message>
        <source>The first person at a new studio is its admin.</source>
        <translation>The first person at a new studio is its admin.</translation>
    </message>
    <message>
        <source>That coach already has an account.</source>
        <translation>That coach already has an account.</translation>
    </message>
    <message>
        <source>No such person at this studio.</source>
        <translation>No such person at this studio.</translation>
    </message>
    <message>
        <source>Only pending bookings can be marked as paid. Current status: {status}</source>
        <translation>Only pending bookings can be marked as paid. Current status: {status}</translation>
    </message>
    <message>
        <source>Only paid bookings can be confirmed. Current status: {status}</source>
        <translation>Only paid bookings can be confirmed. Current status: {status}</translation>
    </message>
    <message>
        <source>Only confirmed bookings can be marked as done. Current status: {status}</source>
        <translation>Only confirmed bookings can be marked as done. Current status: {status}</translation>
    </message>
    <message>
        <source>Only pending, paid or confirmed bookings can be canceled. Current status: {status}</source>
        <translation>Only pending, paid or confirmed bookings can be canceled. Current status: {status}</translation>
    </message>
    <message>
        <source>Only pending bookings can expire. Current status: {status}</source>
        <translation>Only pending bookings can expire. Current status: {status}</translation>
    </message>
    <message>
        <source>Only pending, paid or confirmed bookings can be moved. Current status: {status}</source>
        <translation>Only pending, paid or confirmed bookings can be moved. Current status: {status}</translation>
    </message>
    <message>
        <source>Only paid or confirmed bookings can be marked as a no-show. Current status: {status}</source>
        <translation>Only paid or confirmed bookings can be marked as a no-show. Current status: {status}</translation>
    </message>
    <message>
        <source>This booking was made online: the client pays for it on the web platform.</source>
        <translation>This booking was made online: the client pays for it on the web platform.</translation>
    </message>
    <message>
        <source>This booking is on the web platform too, which cannot move bookings. Cancel it and book the new time instead.</source>
        <translation>This booking is on the web platform too, which cannot move bookings. Cancel it and book the new time instead.</translation>
    </message>
    <message>
        <source>The session has not started yet; it can be marked as done once it begins.</source>
        <translation>The session has not started yet; it can be marked as done once it begins.</translation>
    </message>
    <message>
        <source>The session has not started yet; a no-show can be recorded once it begins.</source>
        <translation>The session has not started yet; a no-show can be recorded once it begins.</translation>
    </message>
    <message>
        <source>confirmed on payment (the studio's setting for classes)</source>
        <translation>confirmed on payment (the studio's setting for classes)</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>no-show</translation>
    </message>
    <message>
        <source>A place in a class cannot be moved. Cancel it and book a place in the other class.</source>
        <translation>A place in a class cannot be moved. Cancel it and book a place in the other class.</translation>
    </message>
    <message>
        <source>'{value}' is not something to do to a booking.</source>
        <translation>'{value}' is not something to do to a booking.</translation>
    </message>
    <message>
        <source>Someone else changed this booking just now (it is {status}). Look again.</source>
        <translation>Someone else changed this booking just now (it is {status}). Look again.</translation>
    </message>
    <message>
        <source>Give a date without a time of day.</source>
        <translation>Give a date without a time of day.</translation>
    </message>
    <message>
        <source>'{value}' is not a date. Write it as year-month-day, like 2025-10-25.</source>
        <translation>'{value}' is not a date. Write it as year-month-day, like 2025-10-25.</translation>
    </message>
    <message>
        <source>'{value}' is not a time of day. Write it as hours:minutes, like 09:00.</source>
        <translation>'{value}' is not a time of day. Write it as hours:minutes, like 09:00.</translation>
    </message>
    <message>
        <source>'{value}' has a time zone or UTC offset. Give the time as the studio's clocks show it, like 09:00.</source>
        <translation>'{value}' has a time zone or UTC offset. Give the time as the studio's clocks show it, like 09:00.</translation>
    </message>
    <message>
        <source>The desk works with dates from {first} to {last}, not {day}.</source>
        <translation>The desk works with dates from {first} to {last}, not {day}.</translation>
    </message>
    <message>
        <source>Give a moment as a date and time with its time zone.</source>
        <translation>Give a moment as a date and time with its time zone.</translation>
    </message>
    <message>
        <source>There is no time zone called '{zone}'. Use a name like Asia/Jakarta.</source>
        <translation>There is no time zone called '{zone}'. Use a name like Asia/Jakarta.</translation>
    </message>
    <message>
        <source>{time} does not exist on {day}: the clocks go forward then.</source>
        <translation>{time} does not exist on {day}: the clocks go forward then.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://), like https://studio.example.com.</source>
        <translation>The server address must start with https:// (or http://), like https://studio.example.com.</translation>
    </message>
    <message>
        <source>The server address is just the site, like https://studio.example.com.</source>
        <translation>The server address is just the site, like https://studio.example.com.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address, like https://studio.example.com. Passwords are typed in the desk's sync settings and kept in this computer's password store, never in the database.</source>
        <translation>Leave the user name and password out of the server address, like https://studio.example.com. Passwords are typed in the desk's sync settings and kept in this computer's password store, never in the database.</translation>
    </message>
    <message>
        <source>The server's port must be a number from 1 to 65535, like https://studio.example.com:8443.</source>
        <translation>The server's port must be a number from 1 to 65535, like https://studio.example.com:8443.</translation>
    </message>
    <message>
        <source>The login path starts with a slash, like /auth/api_login/.</source>
        <translation>The login path starts with a slash, like /auth/api_login/.</translation>
    </message>
    <message>
        <source>How often to sync must be a number of seconds.</source>
        <translation>How often to sync must be a number of seconds.</translation>
    </message>
    <message>
        <source>How often to sync must be a whole number of seconds, like 60.</source>
        <translation>How often to sync must be a whole number of seconds, like 60.</translation>
    </message>
    <message>
        <source>Sync every {seconds} seconds at the most often, and at least once a day.</source>
        <translation>Sync every {seconds} seconds at the most often, and at least once a day.</translation>
    </message>
    <message>
        <source>'{text}' is not a web coach number.</source>
        <translation>'{text}' is not a web coach number.</translation>
    </message>
    <message>
        <source>'{text}' is not a web course number.</source>
        <translation>'{text}' is not a web course number.</translation>
    </message>
    <message>
        <source>'{text}' is not a coach number.</source>
        <translation>'{text}' is not a coach number.</translation>
    </message>
    <message>
        <source>'{text}' is not a course number.</source>
        <translation>'{text}' is not a course number.</translation>
    </message>
    <message>
        <source>{row}: {problem}</source>
        <translation>{row}: {problem}</translation>
    </message>
    <message>
        <source>Enter the coach's web username as well as the web coach number.</source>
        <translation>Enter the coach's web username as well as the web coach number.</translation>
    </message>
    <message>
        <source>A web username is one word of letters, digits and signs, like coach.ayu.</source>
        <translation>A web username is one word of letters, digits and signs, like coach.ayu.</translation>
    </message>
    <message>
        <source>'{spec}' should be LOCAL_ID=REMOTE_ID:USERNAME, like 3=17:coach.ayu.</source>
        <translation>'{spec}' should be LOCAL_ID=REMOTE_ID:USERNAME, like 3=17:coach.ayu.</translation>
    </message>
    <message>
        <source>'{spec}' should be LOCAL_ID=REMOTE_ID, like 5=42.</source>
        <translation>'{spec}' should be LOCAL_ID=REMOTE_ID, like 5=42.</translation>
    </message>
    <message>
        <source>Give the links as desk numbers with their web numbers (and a coach's web username).</source>
        <translation>Give the links as desk numbers with their web numbers (and a coach's web username).</translation>
    </message>
    <message>
        <source>There is no coach number {number} at the desk.</source>
        <translation>There is no coach number {number} at the desk.</translation>
    </message>
    <message>
        <source>That web username is too long.</source>
        <translation>That web username is too long.</translation>
    </message>
    <message>
        <source>Choose one of the calendar's colours.</source>
        <translation>Choose one of the calendar's colours.</translation>
    </message>
    <message>
        <source>A web username is one word of at most {limit} characters, without spaces.</source>
        <translation>A web username is one word of at most {limit} characters, without spaces.</translation>
    </message>
    <message>
        <source>Web coach {remote_id} is already linked to {coach}.</source>
        <translation>Web coach {remote_id} is already linked to {coach}.</translation>
    </message>
    <message>
        <source>There is no course number {number} at the desk.</source>
        <translation>There is no course number {number} at the desk.</translation>
    </message>
    <message>
        <source>Web course {remote_id} is already linked to '{course}'.</source>
        <translation>Web course {remote_id} is already linked to '{course}'.</translation>
    </message>
    <message>
        <source>Link the coach of '{course}' to their web account first: the web only takes a course's bookings from its coach.</source>
        <translation>Link the coach of '{course}' to their web account first: the web only takes a course's bookings from its coach.</translation>
    </message>
    <message>
        <source>Enter the web platform's address before turning sync on.</source>
        <translation>Enter the web platform's address before turning sync on.</translation>
    </message>
    <message>
        <source>Link at least one coach to their web account before turning sync on.</source>
        <translation>Link at least one coach to their web account before turning sync on.</translation>
    </message>
    <message>
        <source>No web password saved for {username}. Enter it in the desk's sync settings, or set {variable} where the desk runs without a screen.</source>
        <translation>No web password saved for {username}. Enter it in the desk's sync settings, or set {variable} where the desk runs without a screen.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Enter the password.</translation>
    </message>
    <message>
        <source>This computer has no password store to keep the web password in. Set {variable} where the desk starts instead.</source>
        <translation>This computer has no password store to keep the web password in. Set {variable} where the desk starts instead.</translation>
    </message>
    <message>
        <source>Web sync is off, so nothing can be sent to the web platform.</source>
        <translation>Web sync is off, so nothing can be sent to the web platform.</translation>
    </message>
    <message>
        <source>This booking is not waiting for a decision about the web platform.</source>
        <translation>This booking is not waiting for a decision about the web platform.</translation>
    </message>
    <message>
        <source>This booking is over or canceled; there is nothing to send.</source>
        <translation>This booking is over or canceled; there is nothing to send.</translation>
    </message>
    <message>
        <source>This booking's course is no longer linked to a web course.</source>
        <translation>This booking's course is no longer linked to a web course.</translation>
    </message>
    <message>
        <source>This booking has no problem with the web platform.</source>
        <translation>This booking has no problem with the web platform.</translation>
    </message>
    <message>
        <source>The round stopped partway: this desk could not keep its turn to sync (another desk took it over, or the database was out of reach). The rest goes with the next round.</source>
        <translation>The round stopped partway: this desk could not keep its turn to sync (another desk took it over, or the database was out of reach). The rest goes with the next round.</translation>
    </message>
    <message>
        <source>The web platform's address held a password; it was removed from the database. Type the coaches' web passwords in the desk's sync settings.</source>
        <translation>The web platform's address held a password; it was removed from the database. Type the coaches' web passwords in the desk's sync settings.</translation>
    </message>
    <message>
        <source>Sent to the web: {sent} change(s); refused by the web: {refused}; waiting to be sent again: {waiting}.</source>
        <translation>Sent to the web: {sent} change(s); refused by the web: {refused}; waiting to be sent again: {waiting}.</translation>
    </message>
    <message>
        <source>From the web: {new} new booking(s), {updated} updated, {conflicts} in conflict with the desk.</source>
        <translation>From the web: {new} new booking(s), {updated} updated, {conflicts} in conflict with the desk.</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Note: {note}</translation>
    </message>
    <message>
        <source>{count} booking(s) need a person: `studio-desk sync` lists them, and the desk's web sync settings resolve them.</source>
        <translation>{count} booking(s) need a person: `studio-desk sync` lists them, and the desk's web sync settings resolve them.</translation>
    </message>
    <message>
        <source>This booking's coach is no longer linked to a web account.</source>
        <translation>This booking's coach is no longer linked to a web account.</translation>
    </message>
    <message>
        <source>The web platform marks its sign-in cookies Secure (for https), but its address {server} is plain http. The desk sends them back anyway; use https where the platform is reached over the internet.</source>
        <translation>The web platform marks its sign-in cookies Secure (for https), but its address {server} is plain http. The desk sends them back anyway; use https where the platform is reached over the internet.</translation>
    </message>
    <message>
        <source>Web sync is off. Set it up with `studio-desk sync configure` or in the desk's sync settings.</source>
        <translation>Web sync is off. Set it up with `studio-desk sync configure` or in the desk's sync settings.</translation>
    </message>
    <message>
        <source>Another desk is syncing right now.</source>
        <translation>Another desk is syncing right now.</translation>
    </message>
    <message>
        <source>{coach}: {error}</source>
        <translation>{coach}: {error}</translation>
    </message>
    <message>
        <source>The web platform's answer to the booking list did not make sense ({where}: {problem}).</source>
        <translation>The web platform's answer to the booking list did not make sense ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The web platform had an error with the booking list (HTTP {status}).</source>
        <translation>The web platform had an error with the booking list (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform sent the booking list elsewhere ({location}).</source>
        <translation>The web platform sent the booking list elsewhere ({location}).</translation>
    </message>
    <message>
        <source>The web platform refused the booking list (HTTP {status}).</source>
        <translation>The web platform refused the booking list (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform refused the booking list.</source>
        <translation>The web platform refused the booking list.</translation>
    </message>
    <message>
        <source>The web platform answered the booking list with a web page instead of data.</source>
        <translation>The web platform answered the booking list with a web page instead of data.</translation>
    </message>
    <message>
        <source>The web platform's answer to a new booking did not make sense ({where}: {problem}).</source>
        <translation>The web platform's answer to a new booking did not make sense ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The web platform had an error with a new booking (HTTP {status}).</source>
        <translation>The web platform had an error with a new booking (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform sent a new booking elsewhere ({location}).</source>
        <translation>The web platform sent a new booking elsewhere ({location}).</translation>
    </message>
    <message>
        <source>The web platform refused a new booking (HTTP {status}).</source>
        <translation>The web platform refused a new booking (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform refused a new booking.</source>
        <translation>The web platform refused a new booking.</translation>
    </message>
    <message>
        <source>The web platform answered a new booking with a web page instead of data.</source>
        <translation>The web platform answered a new booking with a web page instead of data.</translation>
    </message>
    <message>
        <source>The web platform's answer to a payment did not make sense ({where}: {problem}).</source>
        <translation>The web platform's answer to a payment did not make sense ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The web platform had an error with a payment (HTTP {status}).</source>
        <translation>The web platform had an error with a payment (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform sent a payment elsewhere ({location}).</source>
        <translation>The web platform sent a payment elsewhere ({location}).</translation>
    </message>
    <message>
        <source>The web platform refused a payment (HTTP {status}).</source>
        <translation>The web platform refused a payment (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform refused a payment.</source>
        <translation>The web platform refused a payment.</translation>
    </message>
    <message>
        <source>The web platform answered a payment with a web page instead of data.</source>
        <translation>The web platform answered a payment with a web page instead of data.</translation>
    </message>
    <message>
        <source>The web platform answered a payment with status '{status}' instead of '{wanted}'.</source>
        <translation>The web platform answered a payment with status '{status}' instead of '{wanted}'.</translation>
    </message>
    <message>
        <source>The web platform's answer to a status change did not make sense ({where}: {problem}).</source>
        <translation>The web platform's answer to a status change did not make sense ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The web platform had an error with a status change (HTTP {status}).</source>
        <translation>The web platform had an error with a status change (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform sent a status change elsewhere ({location}).</source>
        <translation>The web platform sent a status change elsewhere ({location}).</translation>
    </message>
    <message>
        <source>The web platform refused a status change (HTTP {status}).</source>
        <translation>The web platform refused a status change (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform refused a status change.</source>
        <translation>The web platform refused a status change.</translation>
    </message>
    <message>
        <source>The web platform answered a status change with a web page instead of data.</source>
        <translation>The web platform answered a status change with a web page instead of data.</translation>
    </message>
    <message>
        <source>The web platform answered a status change with status '{status}' instead of '{wanted}'.</source>
        <translation>The web platform answered a status change with status '{status}' instead of '{wanted}'.</translation>
    </message>
    <message>
        <source>The web platform's answer to the sign-in did not make sense ({where}: {problem}).</source>
        <translation>The web platform's answer to the sign-in did not make sense ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The web platform had an error signing in (HTTP {status}).</source>
        <translation>The web platform had an error signing in (HTTP {status}).</translation>
    </message>
    <message>
        <source>Signing in at {url} sent the desk elsewhere ({location}). Check the login path (the web platform's is /auth/api_login/).</source>
        <translation>Signing in at {url} sent the desk elsewhere ({location}). Check the login path (the web platform's is /auth/api_login/).</translation>
    </message>
    <message>
        <source>There is no sign-in at {url} (HTTP {status}). Check the login path (the web platform's is /auth/api_login/) and the server address.</source>
        <translation>There is no sign-in at {url} (HTTP {status}). Check the login path (the web platform's is /auth/api_login/) and the server address.</translation>
    </message>
    <message>
        <source>The web platform answered the sign-in at {url} with a web page instead of data. Check the server address and the login path.</source>
        <translation>The web platform answered the sign-in at {url} with a web page instead of data. Check the server address and the login path.</translation>
    </message>
    <message>
        <source>The web platform refused the username or password of {username}: {reason}</source>
        <translation>The web platform refused the username or password of {username}: {reason}</translation>
    </message>
    <message>
        <source>The web platform refused the username or password of {username} (HTTP {status}).</source>
        <translation>The web platform refused the username or password of {username} (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform did not let {username} sign in: it refused the request (CSRF check)</source>
        <translation>The web platform did not let {username} sign in: it refused the request (CSRF check)</translation>
    </message>
    <message>
        <source>The web platform did not answer in time.</source>
        <translation>The web platform did not answer in time.</translation>
    </message>
    <message>
        <source>Cannot reach the web platform at {server} ({reason}).</source>
        <translation>Cannot reach the web platform at {server} ({reason}).</translation>
    </message>
    <message>
        <source>The web platform keeps asking {username} to sign in again.</source>
        <translation>The web platform keeps asking {username} to sign in again.</translation>
    </message>
    <message>
        <source>The web platform at {server} has no {path} (HTTP {status}). Check the server address.</source>
        <translation>The web platform at {server} has no {path} (HTTP {status}). Check the server address.</translation>
    </message>
    <message>
        <source>The web platform says the time is taken.</source>
        <translation>The web platform says the time is taken.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Enter your name.</translation>
    </message>
    <message>
        <source>Enter the person's name.</source>
        <translation>Enter the person's name.</translation>
    </message>
    <message>
        <source>Enter the client's name.</source>
        <translation>Enter the client's name.</translation>
    </message>
    <message>
        <source>Enter the coach's name.</source>
        <translation>Enter the coach's name.</translation>
    </message>
    <message>
        <source>Enter the course's name.</source>
        <translation>Enter the course's name.</translation>
    </message>
    <message>
        <source>Enter the course's title.</source>
        <translation>Enter the course's title.</translation>
    </message>
    <message>
        <source>Enter the product's name.</source>
        <translation>Enter the product's name.</translation>
    </message>
    <message>
        <source>Enter the room's name.</source>
        <translation>Enter the room's name.</translation>
    </message>
    <message>
        <source>Enter the reason for canceling.</source>
        <translation>Enter the reason for canceling.</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Enter the reason.</translation>
    </message>
    <message>
        <source>Enter the holiday's name.</source>
        <translation>Enter the holiday's name.</translation>
    </message>
    <message>
        <source>Your name is too long ({length} characters; at most {limit}).</source>
        <translation>Your name is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The person's name is too long ({length} characters; at most {limit}).</source>
        <translation>The person's name is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The client's name is too long ({length} characters; at most {limit}).</source>
        <translation>The client's name is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The coach's name is too long ({length} characters; at most {limit}).</source>
        <translation>The coach's name is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The course's name is too long ({length} characters; at most {limit}).</source>
        <translation>The course's name is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The course's title is too long ({length} characters; at most {limit}).</source>
        <translation>The course's title is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The product's name is too long ({length} characters; at most {limit}).</source>
        <translation>The product's name is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The room's name is too long ({length} characters; at most {limit}).</source>
        <translation>The room's name is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The reason for canceling is too long ({length} characters; at most {limit}).</source>
        <translation>The reason for canceling is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The reason is too long ({length} characters; at most {limit}).</source>
        <translation>The reason is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The holiday's name is too long ({length} characters; at most {limit}).</source>
        <translation>The holiday's name is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The location is too long ({length} characters; at most {limit}).</source>
        <translation>The location is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The email address is too long ({length} characters; at most {limit}).</source>
        <translation>The email address is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The notes is too long ({length} characters; at most {limit}).</source>
        <translation>The notes is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>The payment reference is too long ({length} characters; at most {limit}).</source>
        <translation>The payment reference is too long ({length} characters; at most {limit}).</translation>
    </message>
    <message>
        <source>Your name contains invisible control characters.</source>
        <translation>Your name contains invisible control characters.</translation>
    </message>
    <message>
        <source>The person's name contains invisible control characters.</source>
        <translation>The person's name contains invisible control characters.</translation>
    </message>
    <message>
        <source>The client's name contains invisible control characters.</source>
        <translation>The client's name contains invisible control characters.</translation>
    </message>
    <message>
        <source>The coach's name contains invisible control characters.</source>
        <translation>The coach's name contains invisible control characters.</translation>
    </message>
    <message>
        <source>The course's name contains invisible control characters.</source>
        <translation>The course's name contains invisible control characters.</translation>
    </message>
    <message>
        <source>The course's title contains invisible control characters.</source>
        <translation>The course's title contains invisible control characters.</translation>
    </message>
    <message>
        <source>The product's name contains invisible control characters.</source>
        <translation>The product's name contains invisible control characters.</translation>
    </message>
    <message>
        <source>The room's name contains invisible control characters.</source>
        <translation>The room's name contains invisible control characters.</translation>
    </message>
    <message>
        <source>The reason for canceling contains invisible control characters.</source>
        <translation>The reason for canceling contains invisible control characters.</translation>
    </message>
    <message>
        <source>The reason contains invisible control characters.</source>
        <translation>The reason contains invisible control characters.</translation>
    </message>
    <message>
        <source>The holiday's name contains invisible control characters.</source>
        <translation>The holiday's name contains invisible control characters.</translation>
    </message>
    <message>
        <source>The location contains invisible control characters.</source>
        <translation>The location contains invisible control characters.</translation>
    </message>
    <message>
        <source>The email address contains invisible control characters.</source>
        <translation>The email address contains invisible control characters.</translation>
    </message>
    <message>
        <source>The notes contains invisible control characters.</source>
        <translation>The notes contains invisible control characters.</translation>
    </message>
    <message>
        <source>The payment reference contains invisible control characters.</source>
        <translation>The payment reference contains invisible control characters.</translation>
    </message>
    <message>
        <source>Your name must be text.</source>
        <translation>Your name must be text.</translation>
    </message>
    <message>
        <source>The person's name must be text.</source>
        <translation>The person's name must be text.</translation>
    </message>
    <message>
        <source>The client's name must be text.</source>
        <translation>The client's name must be text.</translation>
    </message>
    <message>
        <source>The coach's name must be text.</source>
        <translation>The coach's name must be text.</translation>
    </message>
    <message>
        <source>The course's name must be text.</source>
        <translation>The course's name must be text.</translation>
    </message>
    <message>
        <source>The course's title must be text.</source>
        <translation>The course's title must be text.</translation>
    </message>
    <message>
        <source>The product's name must be text.</source>
        <translation>The product's name must be text.</translation>
    </message>
    <message>
        <source>The room's name must be text.</source>
        <translation>The room's name must be text.</translation>
    </message>
    <message>
        <source>The reason for canceling must be text.</source>
        <translation>The reason for canceling must be text.</translation>
    </message>
    <message>
        <source>The reason must be text.</source>
        <translation>The reason must be text.</translation>
    </message>
    <message>
        <source>The holiday's name must be text.</source>
        <translation>The holiday's name must be text.</translation>
    </message>
    <message>
        <source>The location must be text.</source>
        <translation>The location must be text.</translation>
    </message>
    <message>
        <source>The email address must be text.</source>
        <translation>The email address must be text.</translation>
    </message>
    <message>
        <source>The notes must be text.</source>
        <translation>The notes must be text.</translation>
    </message>
    <message>
        <source>The payment reference must be text.</source>
        <translation>The payment reference must be text.</translation>
    </message>
    <message>
        <source>Your name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Your name contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The person's name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The person's name contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The client's name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The client's name contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The coach's name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The coach's name contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The course's name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The course's name contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The course's title contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The course's title contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The product's name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The product's name contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The room's name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The room's name contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The reason for canceling contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The reason for canceling contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The reason contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The reason contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The holiday's name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The holiday's name contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The location contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The location contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The email address contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The email address contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The notes contain a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The notes contain a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>The payment reference contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>The payment reference contains a character that is blank or not printable ({code}). Leave it out.</translation>
    </message>
    <message>
        <source>Search for text: part of a name or a phone number.</source>
        <translation>Search for text: part of a name or a phone number.</translation>
    </message>
    <message>
        <source>The search contains invisible control characters.</source>
        <translation>The search contains invisible control characters.</translation>
    </message>
    <message>
        <source>The coach already has a booking at that time. Pick another time.</source>
        <translation>The coach already has a booking at that time. Pick another time.</translation>
    </message>
    <message>
        <source>Two windows on the same day overlap. Make them one window, or move one.</source>
        <translation>Two windows on the same day overlap. Make them one window, or move one.</translation>
    </message>
    <message>
        <source>That is already saved for someone or something else, so nothing was saved.</source>
        <translation>That is already saved for someone or something else, so nothing was saved.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be reached right now. Nothing was saved; try again.</source>
        <translation>The database is busy or cannot be reached right now. Nothing was saved; try again.</translation>
    </message>
    <message>
        <source>Paid on the web platform</source>
        <translation>Paid on the web platform</translation>
    </message>
    <message>
        <source>Confirmed on the web platform</source>
        <translation>Confirmed on the web platform</translation>
    </message>
    <message>
        <source>Marked done on the web platform</source>
        <translation>Marked done on the web platform</translation>
    </message>
    <message>
        <source>Canceled on the web platform</source>
        <translation>Canceled on the web platform</translation>
    </message>
    <message>
        <source>Web booking {web_id} has a status the desk does not know: '{status}'.</source>
        <translation>Web booking {web_id} has a status the desk does not know: '{status}'.</translation>
    </message>
    <message>
        <source>Web booking {web_id}: {error}</source>
        <translation>Web booking {web_id}: {error}</translation>
    </message>
    <message>
        <source>Web booking {web_id} ends before it starts; not taken in.</source>
        <translation>Web booking {web_id} ends before it starts; not taken in.</translation>
    </message>
    <message>
        <source>Booked on the web platform</source>
        <translation>Booked on the web platform</translation>
    </message>
    <message>
        <source>The web course '{title}' of {coach} is not linked to a desk course; its bookings are kept under an inactive course of that name.</source>
        <translation>The web course '{title}' of {coach} is not linked to a desk course; its bookings are kept under an inactive course of that name.</translation>
    </message>
    <message>
        <source>The web platform refused to take the payment: {error}</source>
        <translation>The web platform refused to take the payment: {error}</translation>
    </message>
    <message>
        <source>The web platform refused to change the status: {error}</source>
        <translation>The web platform refused to change the status: {error}</translation>
    </message>
    <message>
        <source>Booking {booking}: {error}</source>
        <translation>Booking {booking}: {error}</translation>
    </message>
    <message>
        <source>The web platform no longer has this booking.</source>
        <translation>The web platform no longer has this booking.</translation>
    </message>
    <message>
        <source>The web platform has another booking at this time ({error}). Cancel this booking, or send it again once the web booking is gone.</source>
        <translation>The web platform has another booking at this time ({error}). Cancel this booking, or send it again once the web booking is gone.</translation>
    </message>
    <message>
        <source>The web platform refused this booking: {error}</source>
        <translation>The web platform refused this booking: {error}</translation>
    </message>
    <message>
        <source>A coach sees only their own queue.</source>
        <translation>A coach sees only their own queue.</translation>
    </message>
    <message>
        <source>Only a coach or an admin has a coach queue.</source>
        <translation>Only a coach or an admin has a coach queue.</translation>
    </message>
    <message>
        <source>A coach sees their own sessions only.</source>
        <translation>A coach sees their own sessions only.</translation>
    </message>
    <message>
        <source>The till is closed as it is now, so only today ({today}) can be closed.</source>
        <translation>The till is closed as it is now, so only today ({today}) can be closed.</translation>
    </message>
    <message>
        <source>Say what the cash was taken out for.</source>
        <translation>Say what the cash was taken out for.</translation>
    </message>
    <message>
        <source>Enter an amount larger than nothing.</source>
        <translation>Enter an amount larger than nothing.</translation>
    </message>
    <message>
        <source>This file is not a CSV client list, so nothing was imported. Save the list from your spreadsheet as CSV and choose that file.</source>
        <translation>This file is not a CSV client list, so nothing was imported. Save the list from your spreadsheet as CSV and choose that file.</translation>
    </message>
    <message>
        <source>This file is bigger than {limit} MB, too big for a client list. Nothing was imported.</source>
        <translation>This file is bigger than {limit} MB, too big for a client list. Nothing was imported.</translation>
    </message>
    <message>
        <source>The file is empty, so nothing was imported.</source>
        <translation>The file is empty, so nothing was imported.</translation>
    </message>
    <message>
        <source>The file has no name column, so nothing was imported. The first row must name the columns, such as: name, phone, email, notes (or nama, telepon, email, catatan).</source>
        <translation>The file has no name column, so nothing was imported. The first row must name the columns, such as: name, phone, email, notes (or nama, telepon, email, catatan).</translation>
    </message>
    <message>
        <source>Clients imported: {count}.</source>
        <translation>Clients imported: {count}.</translation>
    </message>
    <message>
        <source>Clients to import: {count}.</source>
        <translation>Clients to import: {count}.</translation>
    </message>
    <message>
        <source>Already a client or twice in the file, not added: {count}.</source>
        <translation>Already a client or twice in the file, not added: {count}.</translation>
    </message>
    <message>
        <source>Rows with a problem, not added: {count}.</source>
        <translation>Rows with a problem, not added: {count}.</translation>
    </message>
    <message>
        <source>Columns used: {columns}.</source>
        <translation>Columns used: {columns}.</translation>
    </message>
    <message>
        <source>Columns not used: {columns}.</source>
        <translation>Columns not used: {columns}.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Line {line}: {problem}</translation>
    </message>
    <message>
        <source>Line {line}: {name} has the phone number of {client}, already a client; not added.</source>
        <translation>Line {line}: {name} has the phone number of {client}, already a client; not added.</translation>
    </message>
    <message>
        <source>Line {line}: {name} has the same phone number as line {first}; not added.</source>
        <translation>Line {line}: {name} has the same phone number as line {first}; not added.</translation>
    </message>
    <message>
        <source>Choose two different clients to merge.</source>
        <translation>Choose two different clients to merge.</translation>
    </message>
    <message>
        <source>Choose the client's language for messages: Indonesian, English, or the studio's.</source>
        <translation>Choose the client's language for messages: Indonesian, English, or the studio's.</translation>
    </message>
    <message>
        <source>{name} is the studio's last admin. Make someone else an admin first, so that someone can still look after the desk.</source>
        <translation>{name} is the studio's last admin. Make someone else an admin first, so that someone can still look after the desk.</translation>
    </message>
    <message>
        <source>Sign in first, then change your PIN.</source>
        <translation>Sign in first, then change your PIN.</translation>
    </message>
    <message>
        <source>The new PIN is the same as the old one. Choose another.</source>
        <translation>The new PIN is the same as the old one. Choose another.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself. Ask another admin to do it.</source>
        <translation>You cannot deactivate yourself. Ask another admin to do it.</translation>
    </message>
    <message>
        <source>That weekly pattern is no longer there.</source>
        <translation>That weekly pattern is no longer there.</translation>
    </message>
    <message>
        <source>A day of the week is a number from 0 (Monday) to 6 (Sunday).</source>
        <translation>A day of the week is a number from 0 (Monday) to 6 (Sunday).</translation>
    </message>
    <message>
        <source>Two windows on the same day overlap ({first} and {second}). Make them one window, or move one.</source>
        <translation>Two windows on the same day overlap ({first} and {second}). Make them one window, or move one.</translation>
    </message>
    <message>
        <source>A weekly pattern needs at least one window of hours. To mark a coach as not working, add time off for those days, or make the coach inactive.</source>
        <translation>A weekly pattern needs at least one window of hours. To mark a coach as not working, add time off for those days, or make the coach inactive.</translation>
    </message>
    <message>
        <source>Give the weekly hours as windows (start and end) by day of the week, 0 being Monday.</source>
        <translation>Give the weekly hours as windows (start and end) by day of the week, 0 being Monday.</translation>
    </message>
    <message>
        <source>Write hours as start-end, like 08:00-12:00, with a comma between windows.</source>
        <translation>Write hours as start-end, like 08:00-12:00, with a comma between windows.</translation>
    </message>
    <message>
        <source>A window of hours must end after it starts ({hours}).</source>
        <translation>A window of hours must end after it starts ({hours}).</translation>
    </message>
    <message>
        <source>Active bookings fall in that time ({count}). Nothing was saved: move them first, or save anyway and they stay booked.</source>
        <translation>Active bookings fall in that time ({count}). Nothing was saved: move them first, or save anyway and they stay booked.</translation>
    </message>
    <message>
        <source>Give both the start and the end of the time off, or neither for the whole day.</source>
        <translation>Give both the start and the end of the time off, or neither for the whole day.</translation>
    </message>
    <message>
        <source>That day is already a holiday: {name}.</source>
        <translation>That day is already a holiday: {name}.</translation>
    </message>
    <message>
        <source>That is no longer there: someone removed it already.</source>
        <translation>That is no longer there: someone removed it already.</translation>
    </message>
    <message>
        <source>This booking still waits for its payment.</source>
        <translation>This booking still waits for its payment.</translation>
    </message>
    <message>
        <source>Thank you! Your booking is paid and waits for the coach's confirmation.</source>
        <translation>Thank you! Your booking is paid and waits for the coach's confirmation.</translation>
    </message>
    <message>
        <source>Thank you! Your coach has confirmed the session. See you there.</source>
        <translation>Thank you! Your coach has confirmed the session. See you there.</translation>
    </message>
    <message>
        <source>Thank you for training with us. This session took place.</source>
        <translation>Thank you for training with us. This session took place.</translation>
    </message>
    <message>
        <source>This booking was canceled.</source>
        <translation>This booking was canceled.</translation>
    </message>
    <message>
        <source>This booking was canceled and {amount} was refunded.</source>
        <translation>This booking was canceled and {amount} was refunded.</translation>
    </message>
    <message>
        <source>This booking has not been paid, so it has no receipt yet.</source>
        <translation>This booking has not been paid, so it has no receipt yet.</translation>
    </message>
    <message>
        <source>The studio's name must be text.</source>
        <translation>The studio's name must be text.</translation>
    </message>
    <message>
        <source>The studio's name can be at most {limit} characters.</source>
        <translation>The studio's name can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>The address must be text.</source>
        <translation>The address must be text.</translation>
    </message>
    <message>
        <source>The address can be at most {limit} characters.</source>
        <translation>The address can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>The studio's phone must be text.</source>
        <translation>The studio's phone must be text.</translation>
    </message>
    <message>
        <source>The studio's phone can be at most {limit} characters.</source>
        <translation>The studio's phone can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>The tax number must be text.</source>
        <translation>The tax number must be text.</translation>
    </message>
    <message>
        <source>The tax number can be at most {limit} characters.</source>
        <translation>The tax number can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>The tax's name must be text.</source>
        <translation>The tax's name must be text.</translation>
    </message>
    <message>
        <source>The tax's name can be at most {limit} characters.</source>
        <translation>The tax's name can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>The receipt footer must be text.</source>
        <translation>The receipt footer must be text.</translation>
    </message>
    <message>
        <source>The receipt footer can be at most {limit} characters.</source>
        <translation>The receipt footer can be at most {limit} characters.</translation>
    </message>
    <message>
        <source>Remove the invisible characters (such as tabs) from the studio's details.</source>
        <translation>Remove the invisible characters (such as tabs) from the studio's details.</translation>
    </message>
    <message>
        <source>Remove the blank or unprintable character {code} from the studio's details.</source>
        <translation>Remove the blank or unprintable character {code} from the studio's details.</translation>
    </message>
    <message>
        <source>The tax number (NPWP) has 15 or 16 digits, such as 01.234.567.8-901.000.</source>
        <translation>The tax number (NPWP) has 15 or 16 digits, such as 01.234.567.8-901.000.</translation>
    </message>
    <message>
        <source>The regional tax rate must be between 1 and 25 percent.</source>
        <translation>The regional tax rate must be between 1 and 25 percent.</translation>
    </message>
    <message>
        <source>1 future booking of '{course}' will be sent to the web platform:</source>
        <translation>1 future booking of '{course}' will be sent to the web platform:</translation>
    </message>
    <message>
        <source>{count} future bookings of '{course}' will be sent to the web platform:</source>
        <translation>{count} future bookings of '{course}' will be sent to the web platform:</translation>
    </message>
    <message>
        <source>1 future booking of '{course}' stays at the desk only: it is with {coach}, and the web platform takes this course's bookings only with the course's own coach:</source>
        <translation>1 future booking of '{course}' stays at the desk only: it is with {coach}, and the web platform takes this course's bookings only with the course's own coach:</translation>
    </message>
    <message>
        <source>{count} future bookings of '{course}' stay at the desk only: they are with {coach}, and the web platform takes this course's bookings only with the course's own coach:</source>
        <translation>{count} future bookings of '{course}' stay at the desk only: they are with {coach}, and the web platform takes this course's bookings only with the course's own coach:</translation>
    </message>
    <message>
        <source>{start}: {client}, {status}</source>
        <translation>{start}: {client}, {status}</translation>
    </message>
    <message>
        <source>The database file {where} is read-only: check the file's permissions. Nothing was saved.</source>
        <translation>The database file {where} is read-only: check the file's permissions. Nothing was saved.</translation>
    </message>
    <message>
        <source>The database file {where} cannot be opened: check the permissions of the file and of its folder, where the desk keeps two more files beside it.</source>
        <translation>The database file {where} cannot be opened: check the permissions of the file and of its folder, where the desk keeps two more files beside it.</translation>
    </message>
    <message>
        <source>The database {where} is read-only for this desk (a standby server, or a read-only setting on the server). Nothing was saved.</source>
        <translation>The database {where} is read-only for this desk (a standby server, or a read-only setting on the server). Nothing was saved.</translation>
    </message>
    <message>
        <source>The database user of {where} may not change the studio's data. Nothing was saved; whoever set up the server must give this user the rights to the studio's tables.</source>
        <translation>The database user of {where} may not change the studio's data. Nothing was saved; whoever set up the server must give this user the rights to the studio's tables.</translation>
    </message>
    <message>
        <source>The disk holding the database {where} is full. Nothing was saved; make room on it, then try again.</source>
        <translation>The disk holding the database {where} is full. Nothing was saved; make room on it, then try again.</translation>
    </message>
    <message>
        <source>The database {where} was made by a newer Studio Desk (schema version {revision}). Update the desk on this computer to use it.</source>
        <translation>The database {where} was made by a newer Studio Desk (schema version {revision}). Update the desk on this computer to use it.</translation>
    </message>
    <message>
        <source>{amount} refunded by {method}: {reason}</source>
        <translation>{amount} refunded by {method}: {reason}</translation>
    </message>
    <message>
        <source>{amount} refunded by {method} against {taken} taken: {reason}</source>
        <translation>{amount} refunded by {method} against {taken} taken: {reason}</translation>
    </message>
    <message>
        <source>Nothing was paid by {method} for this booking. Give the refund back by {usual}, or say why it goes back by {method}.</source>
        <translation>Nothing was paid by {method} for this booking. Give the refund back by {usual}, or say why it goes back by {method}.</translation>
    </message>
    <message>
        <source>Nothing was paid by {method} for this booking, so the refund goes back by {usual}. Only an admin can give it back another way, with a reason.</source>
        <translation>Nothing was paid by {method} for this booking, so the refund goes back by {usual}. Only an admin can give it back another way, with a reason.</translation>
    </message>
    <message>
        <source>Only {taken} was paid by {method} for this booking. Give the refund back by {usual}, or say why it goes back by {method}.</source>
        <translation>Only {taken} was paid by {method} for this booking. Give the refund back by {usual}, or say why it goes back by {method}.</translation>
    </message>
    <message>
        <source>Only {taken} was paid by {method} for this booking, so the refund goes back by {usual}. Only an admin can give it back another way, with a reason.</source>
        <translation>Only {taken} was paid by {method} for this booking, so the refund goes back by {usual}. Only an admin can give it back another way, with a reason.</translation>
    </message>
    <message>
        <source>Nothing was paid by {method} for this pack. Give the refund back by {usual}, or say why it goes back by {method}.</source>
        <translation>Nothing was paid by {method} for this pack. Give the refund back by {usual}, or say why it goes back by {method}.</translation>
    </message>
    <message>
        <source>Nothing was paid by {method} for this pack, so the refund goes back by {usual}. Only an admin can give it back another way, with a reason.</source>
        <translation>Nothing was paid by {method} for this pack, so the refund goes back by {usual}. Only an admin can give it back another way, with a reason.</translation>
    </message>
    <message>
        <source>Only {taken} was paid by {method} for this pack. Give the refund back by {usual}, or say why it goes back by {method}.</source>
        <translation>Only {taken} was paid by {method} for this pack. Give the refund back by {usual}, or say why it goes back by {method}.</translation>
    </message>
    <message>
        <source>Only {taken} was paid by {method} for this pack, so the refund goes back by {usual}. Only an admin can give it back another way, with a reason.</source>
        <translation>Only {taken} was paid by {method} for this pack, so the refund goes back by {usual}. Only an admin can give it back another way, with a reason.</translation>
    </message>
    <message>
        <source>Only an admin can give a refund back by a method that did not take the money.</source>
        <translation>Only an admin can give a refund back by a method that did not take the money.</translation>
    </message>
    <message>
        <source>The money was paid by {method}, so the refund needs no reason for its method. Clear the reason.</source>
        <translation>The money was paid by {method}, so the refund needs no reason for its method. Clear the reason.</translation>
    </message>
    <message>
        <source>{time} (first)</source>
        <translation>{time} (first)</translation>
    </message>
    <message>
        <source>{time} (second)</source>
        <translation>{time} (second)</translation>
    </message>
    <message>
        <source>The pack has no sessions left: another desk just used the last one. Nothing was saved.</source>
        <translation>The pack has no sessions left: another desk just used the last one. Nothing was saved.</translation>
    </message>
    <message>
        <source>The membership already has as many bookings open as it allows: another desk just booked one. Nothing was saved.</source>
        <translation>The membership already has as many bookings open as it allows: another desk just booked one. Nothing was saved.</translation>
    </message>
    <message>
        <source>This booking is already paid with a pack (another desk just did it). Nothing was saved.</source>
        <translation>This booking is already paid with a pack (another desk just did it). Nothing was saved.</translation>
    </message>
    <message>
        <source>The pack cannot pay for this session: it has ended, was closed, or is not for this course or client. Nothing was saved.</source>
        <translation>The pack cannot pay for this session: it has ended, was closed, or is not for this course or client. Nothing was saved.</translation>
    </message>
    <message>
        <source>A pack's terms and counters follow its ledger of credits, so nothing was changed.</source>
        <translation>A pack's terms and counters follow its ledger of credits, so nothing was changed.</translation>
    </message>
    <message>
        <source>That line does not fit the pack's ledger of credits, so nothing was changed.</source>
        <translation>That line does not fit the pack's ledger of credits, so nothing was changed.</translation>
    </message>
    <message>
        <source>A payment is for one booking or one pack, so nothing was saved.</source>
        <translation>A payment is for one booking or one pack, so nothing was saved.</translation>
    </message>
    <message>
        <source>The class is full: another desk just took the last place. Nothing was saved.</source>
        <translation>The class is full: another desk just took the last place. Nothing was saved.</translation>
    </message>
    <message>
        <source>The client already has a place in this class (another desk just booked it). Nothing was saved.</source>
        <translation>The client already has a place in this class (another desk just booked it). Nothing was saved.</translation>
    </message>
    <message>
        <source>The client is already on this class's waitlist. Nothing was saved.</source>
        <translation>The client is already on this class's waitlist. Nothing was saved.</translation>
    </message>
    <message>
        <source>That client has already moved up from the waitlist. Nothing was saved.</source>
        <translation>That client has already moved up from the waitlist. Nothing was saved.</translation>
    </message>
    <message>
        <source>That client has already moved up from the waitlist, or left it. Nothing was saved.</source>
        <translation>That client has already moved up from the waitlist, or left it. Nothing was saved.</translation>
    </message>
    <message>
        <source>The room has another class at that time. Nothing was saved.</source>
        <translation>The room has another class at that time. Nothing was saved.</translation>
    </message>
    <message>
        <source>The room is too small for the class's places. Nothing was saved.</source>
        <translation>The room is too small for the class's places. Nothing was saved.</translation>
    </message>
    <message>
        <source>A place belongs to its class: the class was canceled, or it is not this class's. Nothing was saved.</source>
        <translation>A place belongs to its class: the class was canceled, or it is not this class's. Nothing was saved.</translation>
    </message>
    <message>
        <source>A class's count of places follows its places, so nothing was changed.</source>
        <translation>A class's count of places follows its places, so nothing was changed.</translation>
    </message>
    <message>
        <source>A class stays as it was planned (a canceled one stays canceled), so nothing was changed.</source>
        <translation>A class stays as it was planned (a canceled one stays canceled), so nothing was changed.</translation>
    </message>
    <message>
        <source>Only a paid place of a class still open can be checked in (or its check-in undone).</source>
        <translation>Only a paid place of a class still open can be checked in (or its check-in undone).</translation>
    </message>
    <message>
        <source>The capacity must be between 1 and 1000 people.</source>
        <translation>The capacity must be between 1 and 1000 people.</translation>
    </message>
    <message>
        <source>The till was last closed at {closed}, later than the time on this computer, so nothing was saved. Check this computer's date and time (or the one that closed the till), then try again.</source>
        <translation>The till was last closed at {closed}, later than the time on this computer, so nothing was saved. Check this computer's date and time (or the one that closed the till), then try again.</translation>
    </message>
    <message>
        <source>Payments, refunds, a booking's history and the till's closings are kept as they were written, so nothing was changed. Record a correction instead.</source>
        <translation>Payments, refunds, a booking's history and the till's closings are kept as they were written, so nothing was changed. Record a correction instead.</translation>
    </message>
    <message>
        <source>A date and time could not be saved as the database keeps them, so nothing was saved.</source>
        <translation>A date and time could not be saved as the database keeps them, so nothing was saved.</translation>
    </message>
    <message>
        <source>A date or time of day could not be saved as the database keeps them (a real date of the years 1900 to 2999, a time from 00:00 to 23:59), so nothing was saved.</source>
        <translation>A date or time of day could not be saved as the database keeps them (a real date of the years 1900 to 2999, a time from 00:00 to 23:59), so nothing was saved.</translation>
    </message>
    <message>
        <source>The database holds a date and time the desk cannot read ({value}): another program wrote it. Ask whoever looks after the database to look at it.</source>
        <translation>The database holds a date and time the desk cannot read ({value}): another program wrote it. Ask whoever looks after the database to look at it.</translation>
    </message>
    <message>
        <source>The database holds a date or time of day the desk cannot read ({value}): another program wrote it. Ask whoever looks after the database to look at it.</source>
        <translation>The database holds a date or time of day the desk cannot read ({value}): another program wrote it. Ask whoever looks after the database to look at it.</translation>
    </message>
    <message>
        <source>The till of this database has been closed, and the demo's past payments would fall before that closing, which the database refuses. Load the demo into a new database.</source>
        <translation>The till of this database has been closed, and the demo's past payments would fall before that closing, which the database refuses. Load the demo into a new database.</translation>
    </message>
    <message>
        <source>'{value}' is not yes or no.</source>
        <translation>'{value}' is not yes or no.</translation>
    </message>
    <message>
        <source>'{value}' is not a whole number from {low} to {high}.</source>
        <translation>'{value}' is not a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>The desk was given '{value}' where it expects something else.</source>
        <translation>The desk was given '{value}' where it expects something else.</translation>
    </message>
    <message>
        <source>'{value}' is not an amount of money the desk can show.</source>
        <translation>'{value}' is not an amount of money the desk can show.</translation>
    </message>
    <message>
        <source>'{code}' is not a currency code. Use an ISO 4217 code such as IDR, USD or EUR.</source>
        <translation>'{code}' is not a currency code. Use an ISO 4217 code such as IDR, USD or EUR.</translation>
    </message>
    <message>
        <source>Sign in again: your account was changed or removed since you signed in.</source>
        <translation>Sign in again: your account was changed or removed since you signed in.</translation>
    </message>
    <message>
        <source>'{value}' is not a sentence the desk can fill in.</source>
        <translation>'{value}' is not a sentence the desk can fill in.</translation>
    </message>
    <message>
        <source>Paid with pack #{pack}</source>
        <translation>Paid with pack #{pack}</translation>
    </message>
    <message>
        <source>The credit went back to pack #{pack}</source>
        <translation>The credit went back to pack #{pack}</translation>
    </message>
    <message>
        <source>Returned to pack #{pack} after it ended</source>
        <translation>Returned to pack #{pack} after it ended</translation>
    </message>
    <message>
        <source>Pack not found</source>
        <translation>Pack not found</translation>
    </message>
    <message>
        <source>Sold: {product}</source>
        <translation>Sold: {product}</translation>
    </message>
    <message>
        <source>Product not found</source>
        <translation>Product not found</translation>
    </message>
    <message>
        <source>Sign in to see the studio's products.</source>
        <translation>Sign in to see the studio's products.</translation>
    </message>
    <message>
        <source>The number of sessions must be a whole number from {low} to {high}.</source>
        <translation>The number of sessions must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>The bookings at once must be a whole number from {low} to {high}.</source>
        <translation>The bookings at once must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>Enter for how many days the product is valid.</source>
        <translation>Enter for how many days the product is valid.</translation>
    </message>
    <message>
        <source>The days of validity must be a whole number from {low} to {high}.</source>
        <translation>The days of validity must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>The freezes allowed must be a whole number from {low} to {high}.</source>
        <translation>The freezes allowed must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>The days of a freeze must be a whole number from {low} to {high}.</source>
        <translation>The days of a freeze must be a whole number from {low} to {high}.</translation>
    </message>
    <message>
        <source>The courses must be a list of course numbers.</source>
        <translation>The courses must be a list of course numbers.</translation>
    </message>
    <message>
        <source>A product can list at most {limit} courses.</source>
        <translation>A product can list at most {limit} courses.</translation>
    </message>
    <message>
        <source>Choose when the days of validity start: at the sale or at the first booking.</source>
        <translation>Choose when the days of validity start: at the sale or at the first booking.</translation>
    </message>
    <message>
        <source>Choose what the product pays for: every course, one coach's courses, or the courses listed.</source>
        <translation>Choose what the product pays for: every course, one coach's courses, or the courses listed.</translation>
    </message>
    <message>
        <source>Enter how many sessions the pack holds.</source>
        <translation>Enter how many sessions the pack holds.</translation>
    </message>
    <message>
        <source>A pack has a number of sessions, not a limit of bookings at once.</source>
        <translation>A pack has a number of sessions, not a limit of bookings at once.</translation>
    </message>
    <message>
        <source>Enter how many bookings a member may hold at once.</source>
        <translation>Enter how many bookings a member may hold at once.</translation>
    </message>
    <message>
        <source>A membership has no number of sessions, only a limit of bookings at once.</source>
        <translation>A membership has no number of sessions, only a limit of bookings at once.</translation>
    </message>
    <message>
        <source>Choose the coach whose courses the product pays for.</source>
        <translation>Choose the coach whose courses the product pays for.</translation>
    </message>
    <message>
        <source>Only a product for one coach's courses names a coach.</source>
        <translation>Only a product for one coach's courses names a coach.</translation>
    </message>
    <message>
        <source>Choose at least one course the product pays for.</source>
        <translation>Choose at least one course the product pays for.</translation>
    </message>
    <message>
        <source>Only a product for the courses listed lists courses.</source>
        <translation>Only a product for the courses listed lists courses.</translation>
    </message>
    <message>
        <source>Enter for how many days at most each freeze may last.</source>
        <translation>Enter for how many days at most each freeze may last.</translation>
    </message>
    <message>
        <source>Allow at least one freeze, or set the days of a freeze to 0.</source>
        <translation>Allow at least one freeze, or set the days of a freeze to 0.</translation>
    </message>
    <message>
        <source>The course {course} is no longer offered.</source>
        <translation>The course {course} is no longer offered.</translation>
    </message>
    <message>
        <source>Choose whether the product is a pack or a membership.</source>
        <translation>Choose whether the product is a pack or a membership.</translation>
    </message>
    <message>
        <source>{product} is no longer sold.</source>
        <translation>{product} is no longer sold.</translation>
    </message>
    <message>
        <source>Pack #{pack} was closed on {day}.</source>
        <translation>Pack #{pack} was closed on {day}.</translation>
    </message>
    <message>
        <source>Pack #{pack} expired on {day}.</source>
        <translation>Pack #{pack} expired on {day}.</translation>
    </message>
    <message>
        <source>Pack #{pack} has no sessions left.</source>
        <translation>Pack #{pack} has no sessions left.</translation>
    </message>
    <message>
        <source>Membership #{pack} already has {open} of {limit} bookings open.</source>
        <translation>Membership #{pack} already has {open} of {limit} bookings open.</translation>
    </message>
    <message>
        <source>Pack #{pack} is not for {course}.</source>
        <translation>Pack #{pack} is not for {course}.</translation>
    </message>
    <message>
        <source>Pack #{pack} ends on {day}, before this session.</source>
        <translation>Pack #{pack} ends on {day}, before this session.</translation>
    </message>
    <message>
        <source>{client} has no pack that can pay for this session.</source>
        <translation>{client} has no pack that can pay for this session.</translation>
    </message>
    <message>
        <source>Pack #{pack} belongs to another client.</source>
        <translation>Pack #{pack} belongs to another client.</translation>
    </message>
    <message>
        <source>Pack #{pack} is frozen until {day}.</source>
        <translation>Pack #{pack} is frozen until {day}.</translation>
    </message>
    <message>
        <source>Membership #{pack} cannot book until after {day}: the studio's rules block a member who did not show.</source>
        <translation>Membership #{pack} cannot book until after {day}: the studio's rules block a member who did not show.</translation>
    </message>
    <message>
        <source>Choose what it costs: the credit, a fee, or nothing.</source>
        <translation>Choose what it costs: the credit, a fee, or nothing.</translation>
    </message>
    <message>
        <source>The late-cancel window must be {low} to {high} hours.</source>
        <translation>The late-cancel window must be {low} to {high} hours.</translation>
    </message>
    <message>
        <source>The booking block must be {low} to {high} days.</source>
        <translation>The booking block must be {low} to {high} days.</translation>
    </message>
    <message>
        <source>Enter the fee.</source>
        <translation>Enter the fee.</translation>
    </message>
    <message>
        <source>Owes {amount} for a late cancel on {day}</source>
        <translation>Owes {amount} for a late cancel on {day}</translation>
    </message>
    <message>
        <source>Owes {amount} for a no-show on {day}</source>
        <translation>Owes {amount} for a no-show on {day}</translation>
    </message>
    <message>
        <source>{amount} for a late cancel on {day}</source>
        <translation>{amount} for a late cancel on {day}</translation>
    </message>
    <message>
        <source>{amount} for a no-show on {day}</source>
        <translation>{amount} for a no-show on {day}</translation>
    </message>
    <message>
        <source>This fee is no longer owed (it is {state}).</source>
        <translation>This fee is no longer owed (it is {state}).</translation>
    </message>
    <message>
        <source>{client} owes {amount} in fees. The studio takes no new bookings until they are paid or waived.</source>
        <translation>{client} owes {amount} in fees. The studio takes no new bookings until they are paid or waived.</translation>
    </message>
    <message>
        <source>Say whether to list only owed fees: yes or no.</source>
        <translation>Say whether to list only owed fees: yes or no.</translation>
    </message>
    <message>
        <source>Fee not found</source>
        <translation>Fee not found</translation>
    </message>
    <message>
        <source>In time: nothing is charged.</source>
        <translation>In time: nothing is charged.</translation>
    </message>
    <message>
        <source>The credit goes back to pack #{pack}.</source>
        <translation>The credit goes back to pack #{pack}.</translation>
    </message>
    <message>
        <source>Late ({hours} h before; the rule is {window} h): the credit of pack #{pack} is kept.</source>
        <translation>Late ({hours} h before; the rule is {window} h): the credit of pack #{pack} is kept.</translation>
    </message>
    <message>
        <source>Late ({hours} h before; the rule is {window} h): the money paid is kept, no refund.</source>
        <translation>Late ({hours} h before; the rule is {window} h): the money paid is kept, no refund.</translation>
    </message>
    <message>
        <source>Late ({hours} h before; the rule is {window} h), but it costs nothing.</source>
        <translation>Late ({hours} h before; the rule is {window} h), but it costs nothing.</translation>
    </message>
    <message>
        <source>Late ({hours} h before; the rule is {window} h): a fee of {fee} ({kept} kept from the payment, {owed} owed).</source>
        <translation>Late ({hours} h before; the rule is {window} h): a fee of {fee} ({kept} kept from the payment, {owed} owed).</translation>
    </message>
    <message>
        <source>No-show: the credit of pack #{pack} is used.</source>
        <translation>No-show: the credit of pack #{pack} is used.</translation>
    </message>
    <message>
        <source>No-show: the money paid is kept.</source>
        <translation>No-show: the money paid is kept.</translation>
    </message>
    <message>
        <source>No-show: it costs nothing.</source>
        <translation>No-show: it costs nothing.</translation>
    </message>
    <message>
        <source>No-show: a fee of {fee} is owed.</source>
        <translation>No-show: a fee of {fee} is owed.</translation>
    </message>
    <message>
        <source>{what} No booking with the membership until {day}.</source>
        <translation>{what} No booking with the membership until {day}.</translation>
    </message>
    <message>
        <source>{what} Waived by {admin}: {reason}</source>
        <translation>{what} Waived by {admin}: {reason}</translation>
    </message>
    <message>
        <source>It is now {hours} h before the session, so the cancel rules apply differently than shown. Look again.</source>
        <translation>It is now {hours} h before the session, so the cancel rules apply differently than shown. Look again.</translation>
    </message>
    <message>
        <source>Only an admin may waive the studio's rules.</source>
        <translation>Only an admin may waive the studio's rules.</translation>
    </message>
    <message>
        <source>The rules cost nothing here, so there is nothing to waive.</source>
        <translation>The rules cost nothing here, so there is nothing to waive.</translation>
    </message>
    <message>
        <source>Give the number of days as a whole number from 1 to {most}.</source>
        <translation>Give the number of days as a whole number from 1 to {most}.</translation>
    </message>
    <message>
        <source>'{value}' is not a number of sessions. Give a whole number from -{most} to {most}, like 2 or -1.</source>
        <translation>'{value}' is not a number of sessions. Give a whole number from -{most} to {most}, like 2 or -1.</translation>
    </message>
    <message>
        <source>A change of 0 sessions changes nothing. Give how many sessions to add, or to take away (-1).</source>
        <translation>A change of 0 sessions changes nothing. Give how many sessions to add, or to take away (-1).</translation>
    </message>
    <message>
        <source>Membership #{pack} has no sessions to change: it pays for any number while it lasts.</source>
        <translation>Membership #{pack} has no sessions to change: it pays for any number while it lasts.</translation>
    </message>
    <message>
        <source>Pack #{pack} was closed on {day}, so its sessions stay as they are.</source>
        <translation>Pack #{pack} was closed on {day}, so its sessions stay as they are.</translation>
    </message>
    <message>
        <source>Pack #{pack} expired on {day}, so its sessions stay as they are.</source>
        <translation>Pack #{pack} expired on {day}, so its sessions stay as they are.</translation>
    </message>
    <message>
        <source>Pack #{pack} has {left} sessions left; it cannot lose {lose}.</source>
        <translation>Pack #{pack} has {left} sessions left; it cannot lose {lose}.</translation>
    </message>
    <message>
        <source>Expired on {day}</source>
        <translation>Expired on {day}</translation>
    </message>
    <message>
        <source>'{value}' is not a number of days. Give whole days, like 14.</source>
        <translation>'{value}' is not a number of days. Give whole days, like 14.</translation>
    </message>
    <message>
        <source>Pack #{pack} was closed on {day}, so it cannot be frozen.</source>
        <translation>Pack #{pack} was closed on {day}, so it cannot be frozen.</translation>
    </message>
    <message>
        <source>Pack #{pack} expired on {day}, so it cannot be frozen.</source>
        <translation>Pack #{pack} expired on {day}, so it cannot be frozen.</translation>
    </message>
    <message>
        <source>Pack #{pack} starts with its first session, so there is nothing to freeze yet.</source>
        <translation>Pack #{pack} starts with its first session, so there is nothing to freeze yet.</translation>
    </message>
    <message>
        <source>Pack #{pack} has no sessions left, so there is nothing to freeze.</source>
        <translation>Pack #{pack} has no sessions left, so there is nothing to freeze.</translation>
    </message>
    <message>
        <source>Pack #{pack} may not be frozen: its terms allow no freezes.</source>
        <translation>Pack #{pack} may not be frozen: its terms allow no freezes.</translation>
    </message>
    <message>
        <source>Pack #{pack} may be frozen {allowed} times; it has been.</source>
        <translation>Pack #{pack} may be frozen {allowed} times; it has been.</translation>
    </message>
    <message>
        <source>Pack #{pack} may be frozen for at most {most} days at a time.</source>
        <translation>Pack #{pack} may be frozen for at most {most} days at a time.</translation>
    </message>
    <message>
        <source>A freeze starts today or later, not on {day}.</source>
        <translation>A freeze starts today or later, not on {day}.</translation>
    </message>
    <message>
        <source>Pack #{pack} ends on {day}: a freeze must start by then.</source>
        <translation>Pack #{pack} ends on {day}: a freeze must start by then.</translation>
    </message>
    <message>
        <source>Pack #{pack} is already frozen from {first} to {last}.</source>
        <translation>Pack #{pack} is already frozen from {first} to {last}.</translation>
    </message>
    <message>
        <source>Pack #{pack} pays for a booking on {start}, inside the freeze: move or cancel it first.</source>
        <translation>Pack #{pack} pays for a booking on {start}, inside the freeze: move or cancel it first.</translation>
    </message>
    <message>
        <source>Pack #{pack} pays for {count} bookings inside the freeze, from {first} to {last}: move or cancel them first.</source>
        <translation>Pack #{pack} pays for {count} bookings inside the freeze, from {first} to {last}: move or cancel them first.</translation>
    </message>
    <message>
        <source>Pack #{pack} was closed on {day}: there is nothing left to refund.</source>
        <translation>Pack #{pack} was closed on {day}: there is nothing left to refund.</translation>
    </message>
    <message>
        <source>Say why pack #{pack} is refunded another amount than the {usual} the desk works out.</source>
        <translation>Say why pack #{pack} is refunded another amount than the {usual} the desk works out.</translation>
    </message>
    <message>
        <source>The refund cannot be more than what was paid for pack #{pack} and not given back yet ({left}).</source>
        <translation>The refund cannot be more than what was paid for pack #{pack} and not given back yet ({left}).</translation>
    </message>
    <message>
        <source>Nothing goes back, so the refund needs no reason for its method. Clear the reason.</source>
        <translation>Nothing goes back, so the refund needs no reason for its method. Clear the reason.</translation>
    </message>
    <message>
        <source>Refunded {amount}</source>
        <translation>Refunded {amount}</translation>
    </message>
    <message>
        <source>Closed with no refund</source>
        <translation>Closed with no refund</translation>
    </message>
    <message>
        <source>Pack #{pack}: {name}, {sessions} sessions, good through {day}</source>
        <translation>Pack #{pack}: {name}, {sessions} sessions, good through {day}</translation>
    </message>
    <message>
        <source>Pack #{pack}: {name}, {sessions} sessions, {days} days from first use</source>
        <translation>Pack #{pack}: {name}, {sessions} sessions, {days} days from first use</translation>
    </message>
    <message>
        <source>Membership #{pack}: {name}, unlimited, {limit} at a time, good through {day}</source>
        <translation>Membership #{pack}: {name}, unlimited, {limit} at a time, good through {day}</translation>
    </message>
    <message>
        <source>Membership #{pack}: {name}, unlimited, {limit} at a time, {days} days from first use</source>
        <translation>Membership #{pack}: {name}, unlimited, {limit} at a time, {days} days from first use</translation>
    </message>
    <message>
        <source>Fee: late cancel on {day}</source>
        <translation>Fee: late cancel on {day}</translation>
    </message>
    <message>
        <source>Fee: no-show on {day}</source>
        <translation>Fee: no-show on {day}</translation>
    </message>
    <message>
        <source>Fee: late cancel</source>
        <translation>Fee: late cancel</translation>
    </message>
    <message>
        <source>Fee: no-show</source>
        <translation>Fee: no-show</translation>
    </message>
    <message>
        <source>Thank you! Your pack is ready to book with.</source>
        <translation>Thank you! Your pack is ready to book with.</translation>
    </message>
    <message>
        <source>Thank you! Your membership is ready to book with.</source>
        <translation>Thank you! Your membership is ready to book with.</translation>
    </message>
    <message>
        <source>This pack was closed.</source>
        <translation>This pack was closed.</translation>
    </message>
    <message>
        <source>This membership was closed.</source>
        <translation>This membership was closed.</translation>
    </message>
    <message>
        <source>This pack was closed and {amount} was refunded.</source>
        <translation>This pack was closed and {amount} was refunded.</translation>
    </message>
    <message>
        <source>This membership was closed and {amount} was refunded.</source>
        <translation>This membership was closed and {amount} was refunded.</translation>
    </message>
    <message>
        <source>Thank you! This fee is paid.</source>
        <translation>Thank you! This fee is paid.</translation>
    </message>
    <message>
        <source>No money was taken for pack #{pack}, so it has no receipt.</source>
        <translation>No money was taken for pack #{pack}, so it has no receipt.</translation>
    </message>
    <message>
        <source>This class was already canceled.</source>
        <translation>This class was already canceled.</translation>
    </message>
    <message>
        <source>The class was canceled: {why}</source>
        <translation>The class was canceled: {why}</translation>
    </message>
    <message>
        <source>The class was canceled; the studio kept the credit</source>
        <translation>The class was canceled; the studio kept the credit</translation>
    </message>
    <message>
        <source>{coach} already takes this class.</source>
        <translation>{coach} already takes this class.</translation>
    </message>
    <message>
        <source>{coach} has another session at that time.</source>
        <translation>{coach} has another session at that time.</translation>
    </message>
    <message>
        <source>The class has already started.</source>
        <translation>The class has already started.</translation>
    </message>
    <message>
        <source>The class is full ({places} places). Put the client on its waitlist instead.</source>
        <translation>The class is full ({places} places). Put the client on its waitlist instead.</translation>
    </message>
    <message>
        <source>This class was canceled.</source>
        <translation>This class was canceled.</translation>
    </message>
    <message>
        <source>This class is over.</source>
        <translation>This class is over.</translation>
    </message>
    <message>
        <source>{client} already has a place in this class.</source>
        <translation>{client} already has a place in this class.</translation>
    </message>
    <message>
        <source>{client} is already on this class's waitlist.</source>
        <translation>{client} is already on this class's waitlist.</translation>
    </message>
    <message>
        <source>The class has places free: book a place instead.</source>
        <translation>The class has places free: book a place instead.</translation>
    </message>
    <message>
        <source>The class has started: its waitlist is closed.</source>
        <translation>The class has started: its waitlist is closed.</translation>
    </message>
    <message>
        <source>moved up from the waitlist</source>
        <translation>moved up from the waitlist</translation>
    </message>
    <message>
        <source>Waitlist entry not found</source>
        <translation>Waitlist entry not found</translation>
    </message>
    <message>
        <source>Choose the client, or type a new client's name.</source>
        <translation>Choose the client, or type a new client's name.</translation>
    </message>
    <message>
        <source>Class not found</source>
        <translation>Class not found</translation>
    </message>
    <message>
        <source>A class to come in this room has {places} places: the room cannot take fewer people.</source>
        <translation>A class to come in this room has {places} places: the room cannot take fewer people.</translation>
    </message>
    <message>
        <source>There is already a room called {name}.</source>
        <translation>There is already a room called {name}.</translation>
    </message>
    <message>
        <source>This booking is not a place in a class.</source>
        <translation>This booking is not a place in a class.</translation>
    </message>
    <message>
        <source>{client} has not paid for this class yet: take the payment (or a pack's credit) first.</source>
        <translation>{client} has not paid for this class yet: take the payment (or a pack's credit) first.</translation>
    </message>
    <message>
        <source>Only a paid or confirmed place can be checked in.</source>
        <translation>Only a paid or confirmed place can be checked in.</translation>
    </message>
    <message>
        <source>This place was not checked in.</source>
        <translation>This place was not checked in.</translation>
    </message>
    <message>
        <source>Booking #{booking} is not a place in this class.</source>
        <translation>Booking #{booking} is not a place in this class.</translation>
    </message>
    <message>
        <source>The class has not ended yet: finish it once it is over.</source>
        <translation>The class has not ended yet: finish it once it is over.</translation>
    </message>
    <message>
        <source>Only the front desk and the class's coach run its roster.</source>
        <translation>Only the front desk and the class's coach run its roster.</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>checked in</translation>
    </message>
    <message>
        <source>confirmed: checked in for the class</source>
        <translation>confirmed: checked in for the class</translation>
    </message>
    <message>
        <source>the class ended and the place was never paid</source>
        <translation>the class ended and the place was never paid</translation>
    </message>
    <message>
        <source>Say which places were no-shows.</source>
        <translation>Say which places were no-shows.</translation>
    </message>
    <message>
        <source>Room not found</source>
        <translation>Room not found</translation>
    </message>
    <message>
        <source>the studio is closed that day</source>
        <translation>the studio is closed that day</translation>
    </message>
    <message>
        <source>the coach is off that day</source>
        <translation>the coach is off that day</translation>
    </message>
    <message>
        <source>the coach has another session then</source>
        <translation>the coach has another session then</translation>
    </message>
    <message>
        <source>the room has another class then</source>
        <translation>the room has another class then</translation>
    </message>
    <message>
        <source>that time does not exist that day (the clocks change)</source>
        <translation>that time does not exist that day (the clocks change)</translation>
    </message>
    <message>
        <source>The room takes {room} people, fewer than the {capacity} places of the class.</source>
        <translation>The room takes {room} people, fewer than the {capacity} places of the class.</translation>
    </message>
    <message>
        <source>{course} is a private session (capacity 1). Give the course a capacity above 1 first.</source>
        <translation>{course} is a private session (capacity 1). Give the course a capacity above 1 first.</translation>
    </message>
    <message>
        <source>Timetable line not found</source>
        <translation>Timetable line not found</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>Choose a day of the week.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>The last day cannot be before the first.</translation>
    </message>
    <message>
        <source>This class is already in the timetable on that day of the week at that time.</source>
        <translation>This class is already in the timetable on that day of the week at that time.</translation>
    </message>
    <message>
        <source>The class could not be put on {day}: {why}.</source>
        <translation>The class could not be put on {day}: {why}.</translation>
    </message>
    <message>
        <source>another desk took that time a moment ago</source>
        <translation>another desk took that time a moment ago</translation>
    </message>
    <message>
        <source>That room is not in use any more.</source>
        <translation>That room is not in use any more.</translation>
    </message>
    <message>
        <source>This client was not moved up from a waitlist.</source>
        <translation>This client was not moved up from a waitlist.</translation>
    </message>
    <message>
        <source>The desk writes messages in Indonesian (id) or English (en), not '{language}'.</source>
        <translation>The desk writes messages in Indonesian (id) or English (en), not '{language}'.</translation>
    </message>
</context>
<context>
    <name>sync_problems_panel</name>
    <message>
        <source>Booked on the web (web booking #{remote_id}, {web_status}), but a desk booking holds this time. Cancel one of the two; the next sync brings the web booking in once the time is free.</source>
        <translation>Booked on the web (web booking #{remote_id}, {web_status}), but a desk booking holds this time. Cancel one of the two; the next sync brings the web booking in once the time is free.</translation>
    </message>
    <message>
        <source>Booked on the web (web booking #{remote_id}, {web_status}), but desk booking {booking_id} holds this time. Cancel one of the two; the next sync brings the web booking in once the time is free.</source>
        <translation>Booked on the web (web booking #{remote_id}, {web_status}), but desk booking {booking_id} holds this time. Cancel one of the two; the next sync brings the web booking in once the time is free.</translation>
    </message>
</context>
<context>
    <name>sync_status</name>
    <message>
        <source>{count} waiting</source>
        <translation>{count} waiting</translation>
    </message>
    <message>
        <source>1 needs you</source>
        <translation>1 needs you</translation>
    </message>
    <message>
        <source>{count} need you</source>
        <translation>{count} need you</translation>
    </message>
    <message>
        <source>Web sync is off.</source>
        <translation>Web sync is off.</translation>
    </message>
    <message>
        <source>Last sync round: {moment}.</source>
        <translation>Last sync round: {moment}.</translation>
    </message>
    <message>
        <source>Last round without problems: {moment}.</source>
        <translation>Last round without problems: {moment}.</translation>
    </message>
    <message>
        <source>Last problem: {problem}</source>
        <translation>Last problem: {problem}</translation>
    </message>
    <message>
        <source>{count} change(s) waiting to be sent to the web platform.</source>
        <translation>{count} change(s) waiting to be sent to the web platform.</translation>
    </message>
    <message>
        <source>{count} booking(s) need a person to decide about the web platform.</source>
        <translation>{count} booking(s) need a person to decide about the web platform.</translation>
    </message>
    <message>
        <source>Click to open the web sync settings ({shortcut}).</source>
        <translation>Click to open the web sync settings ({shortcut}).</translation>
    </message>
    <message>
        <source>Click to open the web sync settings.</source>
        <translation>Click to open the web sync settings.</translation>
    </message>
</context>
</TS>