<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en_US">
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
        <source>No payments yet.</source>
        <translation>No payments yet.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Payment</translation>
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
        <source>Free</source>
        <translation>Free</translation>
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
        <source>Reason (required):</source>
        <translation>Reason (required):</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Refund</translation>
    </message>
    <message>
        <source>Keep the money (no refund)</source>
        <translation>Keep the money (no refund)</translation>
    </message>
    <message>
        <source>Keep booking</source>
        <translation>Keep booking</translation>
    </message>
    <message>
        <source>{amount} was paid. What happens to it?</source>
        <translation>{amount} was paid. What happens to it?</translation>
    </message>
    <message>
        <source>Amount:</source>
        <translation>Amount:</translation>
    </message>
    <message>
        <source>Given back by:</source>
        <translation>Given back by:</translation>
    </message>
    <message>
        <source>Reference (required):</source>
        <translation>Reference (required):</translation>
    </message>
    <message>
        <source>Reference (optional):</source>
        <translation>Reference (optional):</translation>
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
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Today's confirmed sessions ({count})</source>
        <translation>Today's confirmed sessions ({count})</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Mark done from {time}</source>
        <translation>Mark done from {time}</translation>
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
    <name>DayCalendar</name>
    <message>
        <source>&lt;b&gt;{client}&lt;/b&gt;&lt;br&gt;{course} with {coach}&lt;br&gt;{start}–{end} · {status}&lt;br&gt;&lt;i&gt;Click for details&lt;/i&gt;</source>
        <translation>&lt;b&gt;{client}&lt;/b&gt;&lt;br&gt;{course} with {coach}&lt;br&gt;{start}–{end} · {status}&lt;br&gt;&lt;i&gt;Click for details&lt;/i&gt;</translation>
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
        <source>Close</source>
        <translation>Close</translation>
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
        <source>The hours are set for the next {weeks} weeks.</source>
        <translation>The hours are set for the next {weeks} weeks.</translation>
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
        <source>&amp;Bookings</source>
        <translation>&amp;Bookings</translation>
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
        <source>&amp;Retry</source>
        <translation>&amp;Retry</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>New booking</source>
        <translation>New booking</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Take payment</translation>
    </message>
    <message>
        <source>Find a booking</source>
        <translation>Find a booking</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Sign in / switch person</source>
        <translation>Sign in / switch person</translation>
    </message>
    <message>
        <source>Web sync…</source>
        <translation>Web sync…</translation>
    </message>
    <message>
        <source>Database…</source>
        <translation>Database…</translation>
    </message>
    <message>
        <source>Language…</source>
        <translation>Language…</translation>
    </message>
    <message>
        <source>Day's takings</source>
        <translation>Day's takings</translation>
    </message>
    <message>
        <source>Coach report</source>
        <translation>Coach report</translation>
    </message>
    <message>
        <source>Export payments…</source>
        <translation>Export payments…</translation>
    </message>
    <message>
        <source>Export bookings…</source>
        <translation>Export bookings…</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Desk</translation>
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
        <source>This booking is {status}; only a pending booking can be paid.</source>
        <translation>This booking is {status}; only a pending booking can be paid.</translation>
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
        <source>&amp;Create</source>
        <translation>&amp;Create</translation>
    </message>
    <message>
        <source>Create and &amp;pay</source>
        <translation>Create and &amp;pay</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>No free times that day</source>
        <translation>No free times that day</translation>
    </message>
    <message>
        <source>Choose a course to see its free times.</source>
        <translation>Choose a course to see its free times.</translation>
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
    <message>
        <source>({name} is saved as a client.)</source>
        <translation>({name} is saved as a client.)</translation>
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
        <source>What the client handed over, like 200.000</source>
        <translation>What the client handed over, like 200.000</translation>
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
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>&amp;Reference (required):</source>
        <translation>&amp;Reference (required):</translation>
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
        <source>&amp;Close</source>
        <translation>&amp;Close</translation>
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
        <source>{change} change, of {given} given</source>
        <translation>{change} change, of {given} given</translation>
    </message>
    <message>
        <source>Paid — {client}</source>
        <translation>Paid — {client}</translation>
    </message>
    <message>
        <source>The receipt could not be prepared: {message}</source>
        <translation>The receipt could not be prepared: {message}</translation>
    </message>
    <message>
        <source>The receipt went to the printer.</source>
        <translation>The receipt went to the printer.</translation>
    </message>
    <message>
        <source>receipt-{number}</source>
        <translation>receipt-{number}</translation>
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
    <name>ReportsPage</name>
    <message>
        <source>Day's takings</source>
        <translation>Day's takings</translation>
    </message>
    <message>
        <source>Coach report</source>
        <translation>Coach report</translation>
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
        <source>Date:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>Coach:</translation>
    </message>
    <message>
        <source>No free times that day. Try another day or coach.</source>
        <translation>No free times that day. Try another day or coach.</translation>
    </message>
    <message>
        <source>Free times:</source>
        <translation>Free times:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reason:</translation>
    </message>
    <message>
        <source>Move booking</source>
        <translation>Move booking</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
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
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>Sync with the web platform</source>
        <translation>Sync with the web platform</translation>
    </message>
    <message>
        <source>Web platform &amp;address</source>
        <translation>Web platform &amp;address</translation>
    </message>
    <message>
        <source>&amp;Login path</source>
        <translation>&amp;Login path</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Sync &amp;every</translation>
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
        <source>&amp;Day:</source>
        <translation>&amp;Day:</translation>
    </message>
    <message>
        <source>Cash in the till</source>
        <translation>Cash in the till</translation>
    </message>
    <message>
        <source>What is in the till, like 1.250.000</source>
        <translation>What is in the till, like 1.250.000</translation>
    </message>
    <message>
        <source>C&amp;lose the day…</source>
        <translation>C&amp;lose the day…</translation>
    </message>
    <message>
        <source>Record the counted cash and lock this day's payments</source>
        <translation>Record the counted cash and lock this day's payments</translation>
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
        <source>Close {day} with {amount} counted in the till? {difference}

Once closed, the day's report no longer changes and no payment or refund can be added to it.</source>
        <translation>Close {day} with {amount} counted in the till? {difference}

Once closed, the day's report no longer changes and no payment or refund can be added to it.</translation>
    </message>
    <message>
        <source>{day} is closed.</source>
        <translation>{day} is closed.</translation>
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
    <name>WebConflictCard</name>
    <message>
        <source>Open desk booking {booking_id}</source>
        <translation>Open desk booking {booking_id}</translation>
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
        <source>Double-click a booking to see its details</source>
        <translation>Double-click a booking to see its details</translation>
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
        <source>Take payment…</source>
        <translation>Take payment…</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirm</translation>
    </message>
    <message>
        <source>Mark done</source>
        <translation>Mark done</translation>
    </message>
    <message>
        <source>Cancel booking…</source>
        <translation>Cancel booking…</translation>
    </message>
    <message>
        <source>Reschedule…</source>
        <translation>Reschedule…</translation>
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
        <source>{title} — {coach}, {minutes} min, {price}</source>
        <translation>{title} — {coach}, {minutes} min, {price}</translation>
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
        <source>Payment receipt</source>
        <translation>Payment receipt</translation>
    </message>
    <message>
        <source>Thank you! Your booking is paid and waits for the coach's confirmation.</source>
        <translation>Thank you! Your booking is paid and waits for the coach's confirmation.</translation>
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
        <source>Sessions count on the day they start. Earned is the price, as sold, of the sessions done. A no-show is a paid or confirmed session that ended without being marked done.</source>
        <translation>Sessions count on the day they start. Earned is the price, as sold, of the sessions done. A no-show is a paid or confirmed session that ended without being marked done.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Open: payments and refunds taken on this day still change these figures.</source>
        <translation>Open: payments and refunds taken on this day still change these figures.</translation>
    </message>
    <message>
        <source>Closed by {name} on {date} at {time}.</source>
        <translation>Closed by {name} on {date} at {time}.</translation>
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
        <source>Cash expected in the till</source>
        <translation>Cash expected in the till</translation>
    </message>
    <message>
        <source>{amount} (the day is not closed yet)</source>
        <translation>{amount} (the day is not closed yet)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
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