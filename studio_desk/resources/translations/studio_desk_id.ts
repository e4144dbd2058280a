<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="id_ID">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Studio Desk</source>
        <translation>Tentang Studio Desk</translation>
    </message>
    <message>
        <source>Studio Desk</source>
        <translation>Studio Desk</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versi {version}</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Log: {file}</source>
        <translation>Log aplikasi: {file}</translation>
    </message>
</context>
<context>
    <name>AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Tambah orang</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 sampai 8 angka</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Tambah</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>&amp;Peran</translation>
    </message>
    <message>
        <source>C&amp;oach</source>
        <translation>Pelatih (&amp;o)</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>P&amp;IN</translation>
    </message>
    <message>
        <source>PIN a&amp;gain</source>
        <translation>PIN sekali la&amp;gi</translation>
    </message>
    <message>
        <source>The two PINs differ. Type the PIN again.</source>
        <translation>Kedua PIN berbeda. Ketik lagi PIN-nya.</translation>
    </message>
</context>
<context>
    <name>AdjustDialog</name>
    <message>
        <source>Adjust pack #{pack} — {client}</source>
        <translation>Ubah sesi paket #{pack} — {client}</translation>
    </message>
    <message>
        <source>Like 2 to add two, or -1 to take one away</source>
        <translation>Misalnya 2 untuk menambah dua, atau -1 untuk mengurangi satu</translation>
    </message>
    <message>
        <source>Like: two sessions given as a goodwill gesture</source>
        <translation>Misalnya: dua sesi diberikan sebagai tanda niat baik</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>&amp;Ubah</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>&amp;Sessions (+ to add, - to take away):</source>
        <translation>Jumlah s&amp;esi (+ tambah, - kurangi):</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>Ala&amp;san (wajib):</translation>
    </message>
</context>
<context>
    <name>AttendancePage</name>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>From the 1st of this month to today</source>
        <translation>Dari tanggal 1 bulan ini sampai hari ini</translation>
    </message>
    <message>
        <source>By c&amp;lass</source>
        <translation>Per kela&amp;s</translation>
    </message>
    <message>
        <source>By c&amp;oach</source>
        <translation>Per pelat&amp;ih</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hingga:</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} sampai {end}</translation>
    </message>
    <message>
        <source>Class attendance by coach</source>
        <translation>Kehadiran kelas per pelatih</translation>
    </message>
    <message>
        <source>Class attendance</source>
        <translation>Kehadiran kelas</translation>
    </message>
    <message>
        <source>Print the attendance report</source>
        <translation>Cetak laporan kehadiran</translation>
    </message>
    <message>
        <source>The attendance report went to the printer.</source>
        <translation>Laporan kehadiran telah dikirim ke printer.</translation>
    </message>
    <message>
        <source>Save the attendance report as PDF</source>
        <translation>Simpan laporan kehadiran sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>attendance report</source>
        <translation>laporan kehadiran</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Disimpan ke {path}</translation>
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
        <translation>Klien:</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Kelas:</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>Pelatih:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Waktu:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Harga:</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Dibayar:</translation>
    </message>
    <message>
        <source>Booked at:</source>
        <translation>Asal booking:</translation>
    </message>
    <message>
        <source>Packs:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>No payments yet.</source>
        <translation>Belum ada pembayaran.</translation>
    </message>
    <message>
        <source>Print rece&amp;ipt again…</source>
        <translation>Cetak ulang str&amp;uk…</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Riwayat</translation>
    </message>
    <message>
        <source>Payments and refunds</source>
        <translation>Pembayaran dan pengembalian dana</translation>
    </message>
    <message>
        <source>{course} ({minutes} min)</source>
        <translation>{course} ({minutes} mnt)</translation>
    </message>
    <message>
        <source>{status} · no-show</source>
        <translation>{status} · tidak hadir</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Pengembalian dana</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>{method}, because: {reason}</source>
        <translation>{method}, karena: {reason}</translation>
    </message>
</context>
<context>
    <name>BookingListPage</name>
    <message>
        <source>Client name, phone or course</source>
        <translation>Nama klien, telepon, atau kelas</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Semua status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Semua pelatih</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Hapus filter</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Ekspor CSV…</translation>
    </message>
    <message>
        <source>Save every booking that matches the filters, in this order</source>
        <translation>Simpan semua booking yang sesuai filter, dengan urutan ini</translation>
    </message>
    <message>
        <source>{coach} (left)</source>
        <translation>{coach} (keluar)</translation>
    </message>
    <message>
        <source>The list could not be read: {reason}</source>
        <translation>Daftar tidak dapat dibaca: {reason}</translation>
    </message>
    <message>
        <source>No bookings match these filters, so there is nothing to export.</source>
        <translation>Tidak ada booking yang sesuai filter ini, jadi tidak ada yang dapat diekspor.</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Ekspor booking</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>berkas tidak dapat ditulis</translation>
    </message>
    <message>
        <source>Could not save {file}: {reason}.</source>
        <translation>Tidak dapat menyimpan {file}: {reason}.</translation>
    </message>
    <message>
        <source>Saved 1 booking to {path}.</source>
        <translation>1 booking disimpan ke {path}.</translation>
    </message>
    <message>
        <source>Saved {count} bookings to {path}.</source>
        <translation>{count} booking disimpan ke {path}.</translation>
    </message>
</context>
<context>
    <name>BookingTableModel</name>
    <message>
        <source>Click to sort by {column}</source>
        <translation>Klik untuk mengurutkan menurut {column}</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>{course} (class)</source>
        <translation>{course} (kelas grup)</translation>
    </message>
    <message>
        <source>Pack #{pack}</source>
        <translation>Paket #{pack}</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>◀ Previous</source>
        <translation>◀ Sebelumnya</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Berikutnya ▶</translation>
    </message>
    <message>
        <source>Day (all coaches)</source>
        <translation>Hari (semua pelatih)</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Minggu</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>Pelatih:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Tampilan:</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Full class</source>
        <translation>Kelas penuh</translation>
    </message>
    <message>
        <source>Free</source>
        <translation>Tersedia</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Lewat</translation>
    </message>
    <message>
        <source>Previous day (week)</source>
        <translation>Hari (minggu) sebelumnya</translation>
    </message>
    <message>
        <source>Next day (week)</source>
        <translation>Hari (minggu) berikutnya</translation>
    </message>
    <message>
        <source>Shortcut: {keys}</source>
        <translation>Pintasan: {keys}</translation>
    </message>
    <message>
        <source>Week of {date}</source>
        <translation>Minggu mulai {date}</translation>
    </message>
    <message>
        <source>The calendar could not be loaded. {reason}</source>
        <translation>Kalender tidak dapat dimuat. {reason}</translation>
    </message>
</context>
<context>
    <name>CancelClassDialog</name>
    <message>
        <source>Cancel class</source>
        <translation>Batalkan kelas</translation>
    </message>
    <message>
        <source>Why is it canceled? e.g. the coach is ill</source>
        <translation>Kenapa dibatalkan? mis. pelatih sakit</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Alasan (wajib):</translation>
    </message>
    <message>
        <source>Re&amp;fund the money paid, by the way it was paid</source>
        <translation>Kembalikan uang yang &amp;dibayar, lewat cara pembayarannya</translation>
    </message>
    <message>
        <source>Return the &amp;pack credits to their packs</source>
        <translation>Kembalikan kredit ke &amp;paketnya</translation>
    </message>
    <message>
        <source>Clients to &amp;tell:</source>
        <translation>&amp;Klien yang perlu diberi tahu:</translation>
    </message>
    <message>
        <source>They were on the &amp;waitlist:</source>
        <translation>Ada di daftar tu&amp;nggu:</translation>
    </message>
    <message>
        <source>Cancel the &amp;class</source>
        <translation>&amp;Batalkan kelas</translation>
    </message>
    <message>
        <source>&amp;Keep the class</source>
        <translation>&amp;Jangan batalkan</translation>
    </message>
    <message>
        <source>The class is canceled. Call or message each client below.</source>
        <translation>Kelas dibatalkan. Telepon atau kirim pesan ke setiap klien di bawah.</translation>
    </message>
    <message>
        <source>The class is canceled. Nobody had a place in it.</source>
        <translation>Kelas dibatalkan. Belum ada yang memesan tempat.</translation>
    </message>
    <message>
        <source>{amount} refunded</source>
        <translation>{amount} dikembalikan</translation>
    </message>
    <message>
        <source>credit back to the pack</source>
        <translation>kredit kembali ke paket</translation>
    </message>
    <message>
        <source>no phone number</source>
        <translation>tanpa nomor telepon</translation>
    </message>
</context>
<context>
    <name>CancelDialog</name>
    <message>
        <source>Cancel booking</source>
        <translation>Batalkan booking</translation>
    </message>
    <message>
        <source>&lt;b&gt;{client}&lt;/b&gt; · {course} with {coach}&lt;br&gt;{when}</source>
        <translation>&lt;b&gt;{client}&lt;/b&gt; · {course} bersama {coach}&lt;br&gt;{when}</translation>
    </message>
    <message>
        <source>Why is it canceled? e.g. the client is ill</source>
        <translation>Mengapa dibatalkan? mis. klien sakit</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>&amp;Alasan (wajib):</translation>
    </message>
    <message>
        <source>Re&amp;fund</source>
        <translation>&amp;Kembalikan uang</translation>
    </message>
    <message>
        <source>&amp;Keep the money (no refund)</source>
        <translation>&amp;Uang tidak dikembalikan</translation>
    </message>
    <message>
        <source>e.g. the client&apos;s card was cancelled</source>
        <translation>mis. kartu klien sudah diblokir</translation>
    </message>
    <message>
        <source>&amp;Why by this method (admin):</source>
        <translation>Alasan &amp;metode ini (admin):</translation>
    </message>
    <message>
        <source>Cancel &amp;booking</source>
        <translation>&amp;Batalkan booking</translation>
    </message>
    <message>
        <source>Keep booki&amp;ng</source>
        <translation>&amp;Pertahankan booking</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>&amp;Given back by:</source>
        <translation>&amp;Dikembalikan lewat:</translation>
    </message>
    <message>
        <source>{method} (paid {amount})</source>
        <translation>{method} (dibayar {amount})</translation>
    </message>
    <message>
        <source>{method} (admin, with a reason)</source>
        <translation>{method} (admin, dengan alasan)</translation>
    </message>
    <message>
        <source>Only an admin can refund by a method that did not take the money.</source>
        <translation>Hanya admin yang dapat mengembalikan uang lewat metode yang tidak dipakai untuk membayar.</translation>
    </message>
    <message>
        <source>R&amp;eference (required):</source>
        <translation>&amp;Referensi (wajib):</translation>
    </message>
    <message>
        <source>R&amp;eference (optional):</source>
        <translation>&amp;Referensi (opsional):</translation>
    </message>
    <message>
        <source>{amount} was paid. What happens to it?</source>
        <translation>{amount} sudah dibayar. Bagaimana dengan uang ini?</translation>
    </message>
</context>
<context>
    <name>CancelRulesForm</name>
    <message>
        <source>Cancellation rules</source>
        <translation>Aturan pembatalan</translation>
    </message>
    <message>
        <source>R&amp;ules for this course</source>
        <translation>Atu&amp;ran untuk kursus ini</translation>
    </message>
    <message>
        <source>a cancel later than this is late</source>
        <translation>pembatalan setelah batas ini terhitung terlambat</translation>
    </message>
    <message>
        <source>0: members are not blocked</source>
        <translation>0: anggota tidak diblokir</translation>
    </message>
    <message>
        <source>the fee</source>
        <translation>dendanya</translation>
    </message>
    <message>
        <source>Fee ({currency})</source>
        <translation>Denda ({currency})</translation>
    </message>
    <message>
        <source>Late-cancel w&amp;indow (hours):</source>
        <translation>Batas batal terlamba&amp;t (jam):</translation>
    </message>
    <message>
        <source>A late &amp;cancel costs:</source>
        <translation>Batal terlambat dik&amp;enai:</translation>
    </message>
    <message>
        <source>A n&amp;o-show costs:</source>
        <translation>Tidak hadir dikena&amp;i:</translation>
    </message>
    <message>
        <source>&amp;Membership blocked after a no-show (days):</source>
        <translation>Keang&amp;gotaan diblokir setelah tidak hadir (hari):</translation>
    </message>
    <message>
        <source>the credit or the money paid</source>
        <translation>kredit atau uang yang dibayar</translation>
    </message>
    <message>
        <source>a fee</source>
        <translation>denda</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>tidak ada</translation>
    </message>
    <message>
        <source>Fee ({currency}):</source>
        <translation>Denda ({currency}):</translation>
    </message>
</context>
<context>
    <name>CashMovementDialog</name>
    <message>
        <source>Take cash out of the till</source>
        <translation>Ambil tunai dari kas</translation>
    </message>
    <message>
        <source>Put a float in the till</source>
        <translation>Isi modal awal ke kas</translation>
    </message>
    <message>
        <source>Cash taken out for the studio, such as milk for the café. The next closing expects that much less in the till.</source>
        <translation>Uang tunai yang diambil untuk keperluan studio, misalnya susu untuk kafe. Penutupan berikutnya mengharapkan uang di kas berkurang sebanyak itu.</translation>
    </message>
    <message>
        <source>The change put in the till to start with. The next closing expects it in the till.</source>
        <translation>Uang kembalian yang dimasukkan ke kas sebagai modal awal. Penutupan berikutnya mengharapkannya ada di kas.</translation>
    </message>
    <message>
        <source>Milk for the café</source>
        <translation>Susu untuk kafe</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>&amp;Catat</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>&amp;What for:</source>
        <translation>&amp;Untuk apa:</translation>
    </message>
</context>
<context>
    <name>CatalogScreens</name>
    <message>
        <source>&amp;Coaches…</source>
        <translation>&amp;Pelatih…</translation>
    </message>
    <message>
        <source>C&amp;ourses…</source>
        <translation>&amp;Kursus…</translation>
    </message>
</context>
<context>
    <name>ChangePinDialog</name>
    <message>
        <source>Change my PIN</source>
        <translation>Ganti PIN saya</translation>
    </message>
    <message>
        <source>C&amp;urrent PIN</source>
        <translation>PIN saat ini (&amp;u)</translation>
    </message>
    <message>
        <source>Your PIN is changed. Use the new one from now on.</source>
        <translation>PIN Anda sudah diganti. Mulai sekarang gunakan PIN yang baru.</translation>
    </message>
</context>
<context>
    <name>ClassChip</name>
    <message>
        <source>Show every booking again</source>
        <translation>Tampilkan semua booking lagi</translation>
    </message>
    <message>
        <source>Class #{number}</source>
        <translation>Kelas #{number}</translation>
    </message>
    <message>
        <source>Class: {course}, {day} {time}</source>
        <translation>Kelas: {course}, {day} {time}</translation>
    </message>
</context>
<context>
    <name>ClassScreens</name>
    <message>
        <source>&amp;Rooms…</source>
        <translation>R&amp;uangan…</translation>
    </message>
    <message>
        <source>T&amp;imetable…</source>
        <translation>Jadwal k&amp;elas…</translation>
    </message>
</context>
<context>
    <name>ClassSummary</name>
    <message>
        <source>{coach} (usually {usual})</source>
        <translation>{coach} (biasanya {usual})</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>{taken} places, {waiting} waiting</source>
        <translation>{taken} tempat, {waiting} menunggu</translation>
    </message>
    <message>
        <source>&lt;b&gt;{course}&lt;/b&gt; with {coach}&lt;br&gt;{details}</source>
        <translation>&lt;b&gt;{course}&lt;/b&gt; bersama {coach}&lt;br&gt;{details}</translation>
    </message>
</context>
<context>
    <name>ClientPacksPanel</name>
    <message>
        <source>P&amp;acks and memberships:</source>
        <translation>Paket dan keangg&amp;otaan:</translation>
    </message>
    <message>
        <source>Free&amp;ze…</source>
        <translation>Bekukan se&amp;mentara…</translation>
    </message>
    <message>
        <source>Ad&amp;just…</source>
        <translation>Ubah ban&amp;yaknya sesi…</translation>
    </message>
    <message>
        <source>&amp;Refund…</source>
        <translation>Kemba&amp;likan uang…</translation>
    </message>
</context>
<context>
    <name>ClientsDialog</name>
    <message>
        <source>Clients</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Part of the name, or the start of the phone number</source>
        <translation>Sebagian nama, atau awal nomor telepon</translation>
    </message>
    <message>
        <source>&amp;Merge a duplicate into this client…</source>
        <translation>&amp;Gabungkan duplikat ke klien ini…</translation>
    </message>
    <message>
        <source>&amp;Import from a CSV file…</source>
        <translation>&amp;Impor dari file CSV…</translation>
    </message>
    <message>
        <source>Sell a pac&amp;k to this client…</source>
        <translation>&amp;Jual paket ke klien ini…</translation>
    </message>
    <message>
        <source>&amp;Find:</source>
        <translation>&amp;Cari:</translation>
    </message>
    <message>
        <source>&amp;Clients:</source>
        <translation>&amp;Klien:</translation>
    </message>
    <message>
        <source>Like 0812 3456 7890</source>
        <translation>Misalnya 0812 3456 7890</translation>
    </message>
    <message>
        <source>The studio&apos;s</source>
        <translation>Bahasa studio</translation>
    </message>
    <message>
        <source>Bahasa Indonesia</source>
        <translation>Bahasa Indonesia</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English (Inggris)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telepon:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;Email:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>C&amp;atatan:</translation>
    </message>
    <message>
        <source>Lan&amp;guage of messages:</source>
        <translation>Pesan &amp;WhatsApp dalam bahasa:</translation>
    </message>
    <message>
        <source>&amp;Bookings:</source>
        <translation>&amp;Booking:</translation>
    </message>
    <message>
        <source>&amp;Payments:</source>
        <translation>&amp;Pembayaran:</translation>
    </message>
    <message>
        <source>Bookings: {bookings}. Paid in all: {paid}.</source>
        <translation>Booking: {bookings}. Total dibayar: {paid}.</translation>
    </message>
    <message>
        <source>No-shows: {count}.</source>
        <translation>Tidak hadir: {count}.</translation>
    </message>
    <message>
        <source>Saved at {time}.</source>
        <translation>Disimpan pukul {time}.</translation>
    </message>
</context>
<context>
    <name>CoachQueue</name>
    <message>
        <source>Sign in as a coach to see their queue (Ctrl+L). Only a booking&apos;s coach or an admin confirms bookings and marks sessions done.</source>
        <translation>Masuk sebagai pelatih untuk melihat antreannya (Ctrl+L). Hanya pelatih booking tersebut atau admin yang dapat mengonfirmasi booking dan menandai sesi selesai.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Nothing is waiting for confirmation.</source>
        <translation>Tidak ada yang menunggu konfirmasi.</translation>
    </message>
    <message>
        <source>No confirmed sessions today.</source>
        <translation>Tidak ada sesi terkonfirmasi hari ini.</translation>
    </message>
    <message>
        <source>&amp;No-show…</source>
        <translation>Tidak &amp;hadir…</translation>
    </message>
    <message>
        <source>Record that the chosen session&apos;s client did not come</source>
        <translation>Catat bahwa klien sesi yang dipilih tidak datang</translation>
    </message>
    <message>
        <source>C&amp;onfirm</source>
        <translation>K&amp;onfirmasi</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>&amp;Tandai selesai</translation>
    </message>
    <message>
        <source>Queue of</source>
        <translation>Antrean</translation>
    </message>
    <message>
        <source>{coach}&apos;s queue</source>
        <translation>Antrean {coach}</translation>
    </message>
    <message>
        <source>Coach queue</source>
        <translation>Antrean pelatih</translation>
    </message>
    <message>
        <source>Paid — waiting for your confirmation ({count})</source>
        <translation>Lunas — menunggu konfirmasi Anda ({count})</translation>
    </message>
    <message>
        <source>Paid — waiting for {coach}&apos;s confirmation ({count})</source>
        <translation>Lunas — menunggu konfirmasi {coach} ({count})</translation>
    </message>
    <message>
        <source>Mark &amp;done from {time}</source>
        <translation>&amp;Tandai selesai mulai {time}</translation>
    </message>
    <message>
        <source>Confirmed: {client}, {when}.</source>
        <translation>Dikonfirmasi: {client}, {when}.</translation>
    </message>
    <message>
        <source>No-show recorded: {client}, {when}.</source>
        <translation>Ketidakhadiran dicatat: {client}, {when}.</translation>
    </message>
    <message>
        <source>Marked done: {client}, {when}.</source>
        <translation>Ditandai selesai: {client}, {when}.</translation>
    </message>
    <message>
        <source>Today&apos;s confirmed sessions ({count})</source>
        <translation>Sesi terkonfirmasi hari ini ({count})</translation>
    </message>
    <message>
        <source>A session can be marked done once it has begun.</source>
        <translation>Sesi dapat ditandai selesai setelah dimulai.</translation>
    </message>
</context>
<context>
    <name>CoachReportPage</name>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>From the 1st of this month to today</source>
        <translation>Dari tanggal 1 bulan ini sampai hari ini</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hingga:</translation>
    </message>
    <message>
        <source>Print the coach report</source>
        <translation>Cetak laporan pelatih</translation>
    </message>
    <message>
        <source>The coach report went to the printer.</source>
        <translation>Laporan pelatih telah dikirim ke printer.</translation>
    </message>
    <message>
        <source>Save the coach report as PDF</source>
        <translation>Simpan laporan pelatih sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>coach report</source>
        <translation>laporan pelatih</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Disimpan ke {path}</translation>
    </message>
</context>
<context>
    <name>CoachesDialog</name>
    <message>
        <source>Coaches</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Coac&amp;hes</source>
        <translation>&amp;Pelatih</translation>
    </message>
    <message>
        <source>Chosen by the calendar</source>
        <translation>Dipilih oleh kalender</translation>
    </message>
    <message>
        <source>empty: not on the web</source>
        <translation>kosong: tidak ada di web</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Colour in the calendar</source>
        <translation>&amp;Warna di kalender</translation>
    </message>
    <message>
        <source>&amp;Web coach number</source>
        <translation>Nomor pelatih di w&amp;eb</translation>
    </message>
    <message>
        <source>Web &amp;username</source>
        <translation>&amp;Login web (nama pengguna)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>N&amp;ew coach</source>
        <translation>Pelatih &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Deactivate…</source>
        <translation>Non&amp;aktifkan…</translation>
    </message>
    <message>
        <source>Blue</source>
        <translation>Biru</translation>
    </message>
    <message>
        <source>Green</source>
        <translation>Hijau</translation>
    </message>
    <message>
        <source>Amber</source>
        <translation>Kuning</translation>
    </message>
    <message>
        <source>Pink</source>
        <translation>Merah muda</translation>
    </message>
    <message>
        <source>Lavender</source>
        <translation>Lavender</translation>
    </message>
    <message>
        <source>Teal</source>
        <translation>Hijau kebiruan</translation>
    </message>
    <message>
        <source>Apricot</source>
        <translation>Oranye muda</translation>
    </message>
    <message>
        <source>Grey</source>
        <translation>Abu-abu</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (nonaktif)</translation>
    </message>
    <message>
        <source>A new coach. Save adds them.</source>
        <translation>Pelatih baru. Simpan untuk menambahkannya.</translation>
    </message>
    <message>
        <source>Takes bookings.</source>
        <translation>Menerima booking.</translation>
    </message>
    <message>
        <source>Inactive: takes no new bookings.</source>
        <translation>Nonaktif: tidak menerima booking baru.</translation>
    </message>
    <message>
        <source>&amp;Reactivate</source>
        <translation>Akti&amp;fkan lagi</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… dan {count} lagi</translation>
    </message>
    <message>
        <source>{name} still has these bookings. They stay valid: deactivating only stops new bookings.

{bookings}

Deactivate {name}?</source>
        <translation>{name} masih punya booking ini. Booking tersebut tetap berlaku: menonaktifkan hanya menghentikan booking baru.

{bookings}

Nonaktifkan {name}?</translation>
    </message>
    <message>
        <source>Deactivate {name}? They will take no new bookings; they can be reactivated later.</source>
        <translation>Nonaktifkan {name}? Pelatih ini tidak akan menerima booking baru; bisa diaktifkan lagi nanti.</translation>
    </message>
</context>
<context>
    <name>CollectFeeDialog</name>
    <message>
        <source>Collect a fee — {client}</source>
        <translation>Terima denda — {client}</translation>
    </message>
    <message>
        <source>Collec&amp;t</source>
        <translation>&amp;Terima</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klien:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Denda:</translation>
    </message>
    <message>
        <source>Collected {amount} from {client}.</source>
        <translation>Denda {amount} dari {client} sudah diterima.</translation>
    </message>
    <message>
        <source>Receipt {number}.</source>
        <translation>Struk {number}.</translation>
    </message>
    <message>
        <source>Give back {change} change.</source>
        <translation>Berikan kembalian {change}.</translation>
    </message>
</context>
<context>
    <name>ConnectionSettingsDialog</name>
    <message>
        <source>Database connection — Studio Desk</source>
        <translation>Koneksi database — Studio Desk</translation>
    </message>
    <message>
        <source>postgresql://desk@db-server/studio, or a SQLite file&apos;s path</source>
        <translation>postgresql://desk@db-server/studio, atau lokasi berkas SQLite</translation>
    </message>
    <message>
        <source>PostgreSQL only; kept in this computer&apos;s password store</source>
        <translation>Khusus PostgreSQL; disimpan di penyimpanan kata sandi komputer ini</translation>
    </message>
    <message>
        <source>Several desks share one PostgreSQL server; a desk on its own can keep a SQLite file. Now in use: {database}.</source>
        <translation>Beberapa meja depan berbagi satu server PostgreSQL; meja depan yang berdiri sendiri dapat memakai berkas SQLite. Sedang dipakai: {database}.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Uji koneksi</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Database</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata sandi</translation>
    </message>
    <message>
        <source>Saved for this computer. The desk uses it from the next time it starts. --db or STUDIO_DESK_DB, when given, still win.</source>
        <translation>Disimpan untuk komputer ini. Meja depan memakainya mulai dijalankan berikutnya. --db atau STUDIO_DESK_DB, bila diberikan, tetap diutamakan.</translation>
    </message>
</context>
<context>
    <name>CoursesDialog</name>
    <message>
        <source>Courses</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Cou&amp;rses</source>
        <translation>&amp;Kursus</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>menit</translation>
    </message>
    <message>
        <source>minutes kept free after each session</source>
        <translation>menit yang dikosongkan setelah tiap sesi</translation>
    </message>
    <message>
        <source>1: private sessions</source>
        <translation>1: sesi privat</translation>
    </message>
    <message>
        <source>More than 1: a group class; the Timetable sets its times.</source>
        <translation>Lebih dari 1: kelas grup; waktunya diatur di Jadwal kelas.</translation>
    </message>
    <message>
        <source>&amp;Active: takes new bookings</source>
        <translation>&amp;Aktif: menerima booking baru</translation>
    </message>
    <message>
        <source>empty: not on the web</source>
        <translation>kosong: tidak ada di web</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>&amp;Judul</translation>
    </message>
    <message>
        <source>Coac&amp;h</source>
        <translation>&amp;Pelatih</translation>
    </message>
    <message>
        <source>&amp;Duration (minutes)</source>
        <translation>&amp;Durasi (menit)</translation>
    </message>
    <message>
        <source>&amp;Price ({currency})</source>
        <translation>&amp;Harga ({currency})</translation>
    </message>
    <message>
        <source>&amp;Buffer (minutes)</source>
        <translation>Jeda setelah sesi (&amp;menit)</translation>
    </message>
    <message>
        <source>Locatio&amp;n</source>
        <translation>&amp;Lokasi</translation>
    </message>
    <message>
        <source>Capacit&amp;y (people)</source>
        <translation>Kapasitas (&amp;orang)</translation>
    </message>
    <message>
        <source>&amp;Web course number</source>
        <translation>Nomor kursus di &amp;web</translation>
    </message>
    <message>
        <source>A new price is for new bookings: a booking keeps the price it was sold at.</source>
        <translation>Harga baru berlaku untuk booking baru: booking yang sudah ada tetap dengan harga saat dijual.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>N&amp;ew course</source>
        <translation>Kursus &amp;baru</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (nonaktif)</translation>
    </message>
    <message>
        <source>{course} · class of {capacity}</source>
        <translation>{course} · kelas {capacity} orang</translation>
    </message>
    <message>
        <source>{course} (inactive)</source>
        <translation>{course} (nonaktif)</translation>
    </message>
</context>
<context>
    <name>DayCalendar</name>
    <message>
        <source>&lt;b&gt;{client}&lt;/b&gt;&lt;br&gt;{course} with {coach}&lt;br&gt;{start}–{end} · {status}&lt;br&gt;&lt;i&gt;Click for details&lt;/i&gt;</source>
        <translation>&lt;b&gt;{client}&lt;/b&gt;&lt;br&gt;{course} bersama {coach}&lt;br&gt;{start}–{end} · {status}&lt;br&gt;&lt;i&gt;Klik untuk detail&lt;/i&gt;</translation>
    </message>
    <message>
        <source>{time} is past: a booking starts from now on.</source>
        <translation>{time} sudah lewat: booking dimulai dari sekarang.</translation>
    </message>
    <message>
        <source>Free at {time}. Click to book.</source>
        <translation>Kosong pukul {time}. Klik untuk booking.</translation>
    </message>
    <message>
        <source>No coaches yet. An admin adds the coaches and their hours.</source>
        <translation>Belum ada pelatih. Admin menambahkan pelatih beserta jam kerjanya.</translation>
    </message>
</context>
<context>
    <name>Desk</name>
    <message>
        <source>Sign in first (Ctrl+L), so the desk knows who is doing this.</source>
        <translation>Masuk dulu (Ctrl+L) agar tercatat siapa yang melakukan ini.</translation>
    </message>
    <message>
        <source>The database cannot be reached right now, so this was not saved. The desk keeps trying and carries on by itself as soon as it answers; then try again.</source>
        <translation>Database tidak dapat dihubungi saat ini, jadi ini tidak tersimpan. Aplikasi terus mencoba dan lanjut sendiri begitu database menjawab; setelah itu coba lagi.</translation>
    </message>
</context>
<context>
    <name>DeskActions</name>
    <message>
        <source>&amp;Export payments…</source>
        <translation>&amp;Ekspor pembayaran…</translation>
    </message>
    <message>
        <source>Export &amp;bookings…</source>
        <translation>Ekspor &amp;booking…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;New booking</source>
        <translation>Booking &amp;baru</translation>
    </message>
    <message>
        <source>Take &amp;payment</source>
        <translation>Terima &amp;pembayaran</translation>
    </message>
    <message>
        <source>&amp;Find a booking</source>
        <translation>&amp;Cari booking</translation>
    </message>
    <message>
        <source>&amp;Today&apos;s classes…</source>
        <translation>Kelas &amp;hari ini…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Muat ulang</translation>
    </message>
    <message>
        <source>&amp;Sign in / switch person</source>
        <translation>Ma&amp;suk / ganti pengguna</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
    <message>
        <source>C&amp;hange my PIN…</source>
        <translation>&amp;Ganti PIN saya…</translation>
    </message>
    <message>
        <source>S&amp;taff…</source>
        <translation>S&amp;taf…</translation>
    </message>
    <message>
        <source>&amp;Day&apos;s takings</source>
        <translation>Pendapatan &amp;harian</translation>
    </message>
    <message>
        <source>&amp;Coach report</source>
        <translation>Laporan &amp;pelatih</translation>
    </message>
    <message>
        <source>P&amp;acks and memberships</source>
        <translation>Paket da&amp;n keanggotaan</translation>
    </message>
    <message>
        <source>Class a&amp;ttendance</source>
        <translation>&amp;Kehadiran kelas</translation>
    </message>
    <message>
        <source>&amp;Web sync…</source>
        <translation>Sinkron &amp;web…</translation>
    </message>
    <message>
        <source>&amp;Database…</source>
        <translation>&amp;Database…</translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation>&amp;Bahasa…</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Tab berikutnya</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Tab sebelumnya</translation>
    </message>
    <message>
        <source>&amp;About Studio Desk</source>
        <translation>&amp;Tentang Studio Desk</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Pintasan &amp;keyboard</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>B&amp;erkas</translation>
    </message>
    <message>
        <source>&amp;Bookings</source>
        <translation>B&amp;ooking</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>Lapo&amp;ran</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ban&amp;tuan</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Meja depan</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>Tab</translation>
    </message>
</context>
<context>
    <name>DeskDialog</name>
    <message>
        <source>Close without saving? What you typed here will be lost.</source>
        <translation>Tutup tanpa menyimpan? Yang sudah Anda ketik di sini akan hilang.</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>B&amp;atal</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>T&amp;utup</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export payments</source>
        <translation>Ekspor pembayaran</translation>
    </message>
    <message>
        <source>Export bookings</source>
        <translation>Ekspor booking</translation>
    </message>
    <message>
        <source>Amounts in {currency}, times in {zone}.</source>
        <translation>Jumlah dalam {currency}, waktu menurut zona {zone}.</translation>
    </message>
    <message>
        <source>&amp;Save CSV…</source>
        <translation>&amp;Simpan CSV…</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hingga:</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Berkas CSV (*.csv)</translation>
    </message>
    <message>
        <source>the file could not be written</source>
        <translation>berkas tidak dapat ditulis</translation>
    </message>
    <message>
        <source>Could not save {name}: {reason}.</source>
        <translation>Tidak dapat menyimpan {name}: {reason}.</translation>
    </message>
    <message>
        <source>There were no payments on these days; {path} holds the headers only.</source>
        <translation>Tidak ada pembayaran pada tanggal-tanggal ini; {path} hanya berisi judul kolom.</translation>
    </message>
    <message>
        <source>There were no bookings on these days; {path} holds the headers only.</source>
        <translation>Tidak ada booking pada tanggal-tanggal ini; {path} hanya berisi judul kolom.</translation>
    </message>
    <message>
        <source>Saved {count} to {path}.</source>
        <translation>{count} disimpan ke {path}.</translation>
    </message>
</context>
<context>
    <name>FeesPanel</name>
    <message>
        <source>Fees, owe&amp;d and settled:</source>
        <translation>&amp;Denda, terutang dan selesai:</translation>
    </message>
    <message>
        <source>Collec&amp;t fee…</source>
        <translation>Te&amp;rima denda…</translation>
    </message>
    <message>
        <source>&amp;Waive fee…</source>
        <translation>&amp;Hapus denda…</translation>
    </message>
    <message>
        <source>Owed now: {amount}</source>
        <translation>Terutang sekarang: {amount}</translation>
    </message>
</context>
<context>
    <name>FinishClassDialog</name>
    <message>
        <source>Finish class — {course}</source>
        <translation>Selesaikan kelas — {course}</translation>
    </message>
    <message>
        <source>Everyone checked in is marked done. The places ticked below are recorded as no-shows, under the course&apos;s rules: untick anyone who was there after all.</source>
        <translation>Semua yang sudah check-in ditandai selesai. Tempat yang dicentang di bawah dicatat tidak hadir, sesuai aturan kursus: hapus centang untuk klien yang ternyata hadir.</translation>
    </message>
    <message>
        <source>Everyone checked in is marked done.</source>
        <translation>Semua yang sudah check-in ditandai selesai.</translation>
    </message>
    <message>
        <source>&amp;No-shows (not checked in):</source>
        <translation>&amp;Tidak hadir (belum check-in):</translation>
    </message>
    <message>
        <source>Everyone with a paid place checked in: nobody is a no-show.</source>
        <translation>Semua klien yang sudah bayar sudah check-in: tidak ada yang absen.</translation>
    </message>
    <message>
        <source>Never paid, so their places are canceled: {names}</source>
        <translation>Belum membayar, jadi tempatnya dibatalkan: {names}</translation>
    </message>
    <message>
        <source>&amp;Finish class</source>
        <translation>&amp;Selesaikan kelas</translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Studio Desk</source>
        <translation>Selamat datang di Studio Desk</translation>
    </message>
    <message>
        <source>This database is empty. Try the desk with a demo studio (coaches, courses and a few weeks of bookings), or set up your own studio: you, one coach, one course and the coach&apos;s hours. You can add more later.</source>
        <translation>Database ini masih kosong. Coba aplikasi dengan studio demo (pelatih, kelas, dan booking beberapa minggu), atau siapkan studio Anda sendiri: Anda, satu pelatih, satu kelas, dan jam kerja pelatih. Yang lain bisa ditambahkan nanti.</translation>
    </message>
    <message>
        <source>Try the &amp;demo studio</source>
        <translation>Coba studio &amp;demo</translation>
    </message>
    <message>
        <source>&amp;Set up my studio…</source>
        <translation>&amp;Siapkan studio saya…</translation>
    </message>
    <message>
        <source>for example Yoga Pemula</source>
        <translation>misalnya Yoga Pemula</translation>
    </message>
    <message>
        <source>for example 150.000</source>
        <translation>misalnya 150.000</translation>
    </message>
    <message>
        <source>to</source>
        <translation>sampai</translation>
    </message>
    <message>
        <source>Your &amp;name (owner)</source>
        <translation>&amp;Nama Anda (pemilik)</translation>
    </message>
    <message>
        <source>Your &amp;PIN</source>
        <translation>&amp;PIN Anda</translation>
    </message>
    <message>
        <source>&amp;Coach&apos;s name</source>
        <translation>Nama pe&amp;latih</translation>
    </message>
    <message>
        <source>Coach&apos;s P&amp;IN</source>
        <translation>P&amp;IN pelatih</translation>
    </message>
    <message>
        <source>C&amp;ourse</source>
        <translation>&amp;Kelas</translation>
    </message>
    <message>
        <source>Session length (&amp;minutes)</source>
        <translation>Durasi se&amp;si (menit)</translation>
    </message>
    <message>
        <source>P&amp;rice</source>
        <translation>&amp;Harga</translation>
    </message>
    <message>
        <source>Coach&apos;s hours, every day</source>
        <translation>Jam kerja pelatih, setiap hari</translation>
    </message>
    <message>
        <source>The hours repeat every week. Change them, add time off or holidays later under Settings, Hours.</source>
        <translation>Jam kerja ini berulang setiap minggu. Ubah, tambahkan cuti atau hari libur nanti di Pengaturan, Jam kerja.</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>Kem&amp;bali</translation>
    </message>
    <message>
        <source>S&amp;tart</source>
        <translation>&amp;Mulai</translation>
    </message>
</context>
<context>
    <name>FreezeDialog</name>
    <message>
        <source>Freeze pack #{pack} — {client}</source>
        <translation>Bekukan paket #{pack} — {client}</translation>
    </message>
    <message>
        <source>Frozen {used} of {allowed} times so far; up to {days} days at a time.</source>
        <translation>Sudah dibekukan {used} dari {allowed} kali; paling lama {days} hari setiap kali.</translation>
    </message>
    <message>
        <source>Whole days, like 14</source>
        <translation>Hari penuh, misalnya 14</translation>
    </message>
    <message>
        <source>Like: away on holiday</source>
        <translation>Misalnya: sedang berlibur</translation>
    </message>
    <message>
        <source>Free&amp;ze</source>
        <translation>&amp;Bekukan</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>Hari &amp;pertama:</translation>
    </message>
    <message>
        <source>&amp;Days:</source>
        <translation>&amp;Jumlah hari:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>Ala&amp;san (wajib):</translation>
    </message>
</context>
<context>
    <name>HoursDialog</name>
    <message>
        <source>Hours</source>
        <translation>Jam kerja</translation>
    </message>
    <message>
        <source>&amp;Monday</source>
        <translation>&amp;Senin</translation>
    </message>
    <message>
        <source>&amp;Tuesday</source>
        <translation>S&amp;elasa</translation>
    </message>
    <message>
        <source>&amp;Wednesday</source>
        <translation>&amp;Rabu</translation>
    </message>
    <message>
        <source>T&amp;hursday</source>
        <translation>&amp;Kamis</translation>
    </message>
    <message>
        <source>F&amp;riday</source>
        <translation>&amp;Jumat</translation>
    </message>
    <message>
        <source>S&amp;aturday</source>
        <translation>Sa&amp;btu</translation>
    </message>
    <message>
        <source>S&amp;unday</source>
        <translation>&amp;Minggu</translation>
    </message>
    <message>
        <source>Weekly hours</source>
        <translation>Jam mingguan</translation>
    </message>
    <message>
        <source>Valid &amp;from</source>
        <translation>Berlaku &amp;dari</translation>
    </message>
    <message>
        <source>not working</source>
        <translation>tidak bekerja</translation>
    </message>
    <message>
        <source>&amp;Save weekly hours</source>
        <translation>S&amp;impan jam mingguan</translation>
    </message>
    <message>
        <source>Remo&amp;ve</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>empty: the whole day</source>
        <translation>kosong: sehari penuh</translation>
    </message>
    <message>
        <source>Add time &amp;off</source>
        <translation>Tambah &amp;cuti</translation>
    </message>
    <message>
        <source>Add e&amp;xtra hours</source>
        <translation>Tambah jam ekstr&amp;a</translation>
    </message>
    <message>
        <source>Add holida&amp;y</source>
        <translation>Tambah hari &amp;libur</translation>
    </message>
    <message>
        <source>Time off, extra hours and holidays</source>
        <translation>Cuti, jam tambahan, dan hari libur</translation>
    </message>
    <message>
        <source>&amp;Exceptions and holidays from today</source>
        <translation>Pen&amp;gecualian dan hari libur mulai hari ini</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Tanggal</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>&amp;Waktu</translation>
    </message>
    <message>
        <source>Holiday &amp;name</source>
        <translation>&amp;Nama hari libur</translation>
    </message>
    <message>
        <source>&amp;Bookings outside the hours (they stay booked)</source>
        <translation>B&amp;ooking di luar jam kerja (tetap berlaku)</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>&amp;Pelatih</translation>
    </message>
    <message>
        <source>Weekly patterns from: {dates}</source>
        <translation>Pola mingguan mulai: {dates}</translation>
    </message>
    <message>
        <source>No weekly hours yet: the coach works only their extra hours.</source>
        <translation>Belum ada jam mingguan: pelatih hanya bekerja pada jam tambahannya.</translation>
    </message>
    <message>
        <source>Holiday: {name}</source>
        <translation>Hari libur: {name}</translation>
    </message>
    <message>
        <source>Time off, the whole day</source>
        <translation>Cuti, sehari penuh</translation>
    </message>
    <message>
        <source>Time off {hours}</source>
        <translation>Cuti {hours}</translation>
    </message>
    <message>
        <source>Extra hours {hours}</source>
        <translation>Jam tambahan {hours}</translation>
    </message>
    <message>
        <source>None: every booking fits the hours.</source>
        <translation>Tidak ada: semua booking sesuai jam kerja.</translation>
    </message>
    <message>
        <source>Pick the time off, extra hours or holiday to remove.</source>
        <translation>Pilih cuti, jam tambahan, atau hari libur yang akan dihapus.</translation>
    </message>
    <message>
        <source>{refusal}

{bookings}

Save anyway?</source>
        <translation>{refusal}

{bookings}

Tetap simpan?</translation>
    </message>
    <message>
        <source>Saved. These bookings are now outside the hours; they stay booked:

{bookings}</source>
        <translation>Tersimpan. Booking berikut kini di luar jam kerja; booking itu tetap berlaku:

{bookings}</translation>
    </message>
</context>
<context>
    <name>IdleLock</name>
    <message>
        <source>{name} left typed work open. Close it without saving and sign in as {you}?</source>
        <translation>{name} meninggalkan isian yang belum disimpan. Tutup tanpa menyimpan dan masuk sebagai {you}?</translation>
    </message>
</context>
<context>
    <name>ImportClientsDialog</name>
    <message>
        <source>Import clients</source>
        <translation>Impor klien</translation>
    </message>
    <message>
        <source>Choose a CSV file saved from a spreadsheet or another studio system. Its first row names the columns: name (or nama), phone (telepon, HP, WhatsApp), email, notes (catatan). Clients whose phone number is already here are not added twice.</source>
        <translation>Pilih file CSV yang disimpan dari spreadsheet atau sistem studio lain. Baris pertamanya berisi nama kolom: nama (atau name), telepon (phone, HP, WhatsApp), email, catatan (notes). Klien yang nomor teleponnya sudah ada di sini tidak ditambahkan dua kali.</translation>
    </message>
    <message>
        <source>No file chosen yet.</source>
        <translation>Belum ada file yang dipilih.</translation>
    </message>
    <message>
        <source>&amp;Choose file…</source>
        <translation>&amp;Pilih file…</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Impor</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>File CSV (*.csv *.txt);;Semua file (*)</translation>
    </message>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Tidak dapat membaca {file}: {reason}</translation>
    </message>
    <message>
        <source>Sign in first (Ctrl+L), so the desk knows who is doing this.</source>
        <translation>Masuk dulu (Ctrl+L) agar tercatat siapa yang melakukan ini.</translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language — Studio Desk</source>
        <translation>Bahasa — Studio Desk</translation>
    </message>
    <message>
        <source>Receipts and reports follow it too. The desk speaks it from its next start.</source>
        <translation>Struk dan laporan juga mengikutinya. Aplikasi memakai bahasa ini mulai dibuka berikutnya.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Bahasa</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>The desk is locked</source>
        <translation>Meja terkunci</translation>
    </message>
    <message>
        <source>{name} was signed in. Their PIN opens the desk just as they left it; another person&apos;s PIN closes what was open and signs them in.</source>
        <translation>{name} sedang masuk. PIN-nya membuka meja persis seperti saat ditinggalkan; PIN orang lain menutup yang terbuka dan memasukkan orang itu.</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 sampai 8 angka</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>B&amp;uka kunci</translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation>&amp;Siapa Anda?</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation>Pilih siapa Anda.</translation>
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
        <translation>&amp;Kalender</translation>
    </message>
    <message>
        <source>Coach &amp;queue</source>
        <translation>&amp;Antrean pelatih</translation>
    </message>
    <message>
        <source>Re&amp;ports</source>
        <translation>&amp;Laporan</translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation>Database: {database}</translation>
    </message>
    <message>
        <source>Boo&amp;kings</source>
        <translation>&amp;Booking</translation>
    </message>
    <message>
        <source>&amp;Studio settings…</source>
        <translation>Pengaturan &amp;studio…</translation>
    </message>
    <message>
        <source>&amp;Hours…</source>
        <translation>&amp;Jam kerja…</translation>
    </message>
    <message>
        <source>Cl&amp;ients…</source>
        <translation>Kl&amp;ien…</translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <translation>&amp;Coba lagi</translation>
    </message>
    <message>
        <source>Nobody is signed in — press Ctrl+L to sign in</source>
        <translation>Belum ada yang masuk — tekan Ctrl+L untuk masuk</translation>
    </message>
    <message>
        <source>Signed in: {name} ({role})</source>
        <translation>Masuk sebagai: {name} ({role})</translation>
    </message>
    <message>
        <source>The database is not answering, so nothing can be saved right now. What you typed is kept: press Retry when the connection is back.</source>
        <translation>Database tidak merespons, jadi saat ini tidak ada yang dapat disimpan. Yang sudah Anda ketik tetap tersimpan: tekan Coba lagi setelah koneksi kembali.</translation>
    </message>
    <message>
        <source>Select a booking in the list or the calendar first.</source>
        <translation>Pilih booking di daftar atau kalender terlebih dahulu.</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
</context>
<context>
    <name>MergeClientsDialog</name>
    <message>
        <source>Merge a duplicate</source>
        <translation>Gabungkan duplikat</translation>
    </message>
    <message>
        <source>Choose the other record of {name}. Its bookings and payments move to {name}, its notes, phone and email are kept in {name}&apos;s record, and it is removed.</source>
        <translation>Pilih data lain dari {name}. Booking dan pembayarannya pindah ke {name}, catatan, telepon, dan emailnya disimpan di data {name}, lalu data itu dihapus.</translation>
    </message>
    <message>
        <source>Part of the name, or the start of the phone number</source>
        <translation>Sebagian nama, atau awal nomor telepon</translation>
    </message>
    <message>
        <source>&amp;Merge</source>
        <translation>&amp;Gabungkan</translation>
    </message>
    <message>
        <source>&amp;Find the duplicate:</source>
        <translation>&amp;Cari duplikatnya:</translation>
    </message>
    <message>
        <source>Choose the duplicate to merge from the list first.</source>
        <translation>Pilih dulu duplikat yang akan digabungkan dari daftar.</translation>
    </message>
    <message>
        <source>Merge {other} into {keep}? Every booking and payment of {other} moves to {keep}, and {other} is removed. This cannot be undone.</source>
        <translation>Gabungkan {other} ke {keep}? Semua booking dan pembayaran {other} pindah ke {keep}, dan {other} dihapus. Ini tidak dapat dibatalkan.</translation>
    </message>
</context>
<context>
    <name>NewBookingDialog</name>
    <message>
        <source>New booking</source>
        <translation>Booking baru</translation>
    </message>
    <message>
        <source>Type part of the name or the phone number</source>
        <translation>Ketik sebagian nama atau nomor telepon</translation>
    </message>
    <message>
        <source>&amp;New client (not in the list)</source>
        <translation>&amp;Klien baru (tidak ada di daftar)</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Wajib diisi</translation>
    </message>
    <message>
        <source>Optional, like 0812 3456 7890</source>
        <translation>Opsional, misalnya 0812 3456 7890</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;pon:</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>&amp;Find client:</source>
        <translation>&amp;Cari klien:</translation>
    </message>
    <message>
        <source>Chosen:</source>
        <translation>Dipilih:</translation>
    </message>
    <message>
        <source>Choose a course</source>
        <translation>Pilih kelas</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>C&amp;ourse:</source>
        <translation>Ke&amp;las:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>Start &amp;time:</source>
        <translation>&amp;Jam mulai:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>B&amp;uat</translation>
    </message>
    <message>
        <source>Create and &amp;pay</source>
        <translation>Buat dan &amp;bayar</translation>
    </message>
    <message>
        <source>No client matches “{text}”. Tick “New client” (Alt+N) to add them.</source>
        <translation>“{text}” tidak ditemukan. Tambahkan lewat “Klien baru” (Alt+K).</translation>
    </message>
    <message>
        <source>Down and Enter pick a client; Enter alone picks the first.</source>
        <translation>Panah bawah + Enter memilih klien; Enter saja memilih yang pertama.</translation>
    </message>
    <message>
        <source>New client: {name}</source>
        <translation>Klien baru: {name}</translation>
    </message>
    <message>
        <source>New client (type their name)</source>
        <translation>Klien baru (ketik namanya)</translation>
    </message>
    <message>
        <source>Nobody yet</source>
        <translation>Belum ada</translation>
    </message>
    <message>
        <source>No courses yet: an admin adds them first</source>
        <translation>Belum ada kelas: admin perlu menambahkannya dulu</translation>
    </message>
    <message>
        <source>{time} was just booked at another desk. Choose another time.</source>
        <translation>{time} baru saja dibooking di meja lain. Pilih jam lain.</translation>
    </message>
    <message>
        <source>No free times that day</source>
        <translation>Tidak ada jam kosong hari itu</translation>
    </message>
    <message>
        <source>{time} is not free for this course: choose another start time.</source>
        <translation>{time} tidak tersedia untuk kelas ini: pilih jam mulai lain.</translation>
    </message>
    <message>
        <source>Choose a course to see its free times.</source>
        <translation>Pilih kelas untuk melihat jam kosongnya.</translation>
    </message>
    <message>
        <source>&amp;Book, paid with pack</source>
        <translation>Pe&amp;san, dibayar dengan paket</translation>
    </message>
    <message>
        <source>Choose the client from the list, or tick “New client” and type their name.</source>
        <translation>Pilih klien dari daftar, atau centang “Klien baru” dan ketik namanya.</translation>
    </message>
    <message>
        <source>Choose a course.</source>
        <translation>Pilih kelas.</translation>
    </message>
    <message>
        <source>Choose one of the free start times.</source>
        <translation>Pilih salah satu jam mulai yang kosong.</translation>
    </message>
</context>
<context>
    <name>NewPin</name>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 sampai 8 angka</translation>
    </message>
    <message>
        <source>&amp;Save PIN</source>
        <translation>&amp;Simpan PIN</translation>
    </message>
    <message>
        <source>&amp;New PIN</source>
        <translation>PIN &amp;baru</translation>
    </message>
    <message>
        <source>New PIN a&amp;gain</source>
        <translation>PIN baru sekali la&amp;gi</translation>
    </message>
    <message>
        <source>The two new PINs differ. Type the new PIN again.</source>
        <translation>Kedua PIN baru berbeda. Ketik lagi PIN baru.</translation>
    </message>
</context>
<context>
    <name>NoShowDialog</name>
    <message>
        <source>Record a no-show</source>
        <translation>Catat tidak hadir</translation>
    </message>
    <message>
        <source>&amp;Record no-show</source>
        <translation>&amp;Catat tidak hadir</translation>
    </message>
</context>
<context>
    <name>PackChoiceBox</name>
    <message>
        <source>&amp;Use pack:</source>
        <translation>Pakai pak&amp;et:</translation>
    </message>
    <message>
        <source>Pay &amp;later / at the desk</source>
        <translation>Bayar nant&amp;i / di meja depan</translation>
    </message>
</context>
<context>
    <name>PackScreens</name>
    <message>
        <source>&amp;Products…</source>
        <translation>P&amp;roduk…</translation>
    </message>
</context>
<context>
    <name>PacksPage</name>
    <message>
        <source>This month</source>
        <translation>Bulan ini</translation>
    </message>
    <message>
        <source>From the 1st of this month to today</source>
        <translation>Dari tanggal 1 bulan ini sampai hari ini</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>&amp;Not yet used</source>
        <translation>Belu&amp;m dipakai</translation>
    </message>
    <message>
        <source>S&amp;old</source>
        <translation>Ter&amp;jual</translation>
    </message>
    <message>
        <source>Endin&amp;g soon</source>
        <translation>Se&amp;gera habis</translation>
    </message>
    <message>
        <source>E&amp;xpired credits</source>
        <translation>Kredit hang&amp;us</translation>
    </message>
    <message>
        <source>Fees charge&amp;d</source>
        <translation>Denda d&amp;ikenakan</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Dari:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hingga:</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>What the studio still owes of what it sold, at the end of the last day chosen (now, for today). A pack&apos;s sessions count at what was paid for it per session, sessions booked but not done yet included; a membership&apos;s days left at what was paid for it per day.</source>
        <translation>Yang masih menjadi utang studio dari yang sudah dijual, pada akhir hari terakhir yang dipilih (saat ini, untuk hari ini). Sesi sebuah paket dihitung dengan harga yang dibayar per sesi, termasuk sesi yang sudah dipesan tetapi belum selesai; sisa hari sebuah keanggotaan dengan harga yang dibayar per hari.</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Per bulan</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Per hari</translation>
    </message>
    <message>
        <source>Money counts on the day it was taken, from the sales&apos; payment lines: a pack given free takes no money and is not counted. Refunds are the money given back for packs.</source>
        <translation>Uang dihitung pada hari diterimanya, dari baris pembayaran penjualan: paket yang diberikan gratis tidak menerima uang dan tidak dihitung. Pengembalian adalah uang yang dikembalikan untuk paket.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>&amp;Within:</source>
        <translation>Dalam &amp;waktu:</translation>
    </message>
    <message>
        <source>Packs with sessions left and memberships whose last day is within these days, today included: the clients to call before what they paid for runs out.</source>
        <translation>Paket yang masih punya sesi dan keanggotaan yang hari terakhirnya jatuh dalam hari-hari ini, termasuk hari ini: klien yang perlu dihubungi sebelum yang sudah mereka bayar habis.</translation>
    </message>
    <message>
        <source>Sessions that ended unused, on the day their pack ended, at what was paid for the pack per session.</source>
        <translation>Sesi yang berakhir tanpa dipakai, pada hari paketnya berakhir, dengan harga yang dibayar untuk paket itu per sesi.</translation>
    </message>
    <message>
        <source>The fees the studio&apos;s rules charged for late cancels and no-shows, on the day each was charged. Kept: taken from money already paid, as a smaller refund. Collected and waived count on the day the money was taken or the fee let go, whenever it was charged.</source>
        <translation>Denda yang dikenakan aturan studio untuk pembatalan terlambat dan tidak hadir, pada hari masing-masing dikenakan. Diambil dari pembayaran: dipotong dari uang yang sudah dibayar, sebagai pengembalian yang lebih kecil. Sudah dibayar dan dihapus dihitung pada hari uangnya diterima atau dendanya dihapus, kapan pun dikenakan.</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} sampai {end}</translation>
    </message>
    <message>
        <source>Sold, not yet used</source>
        <translation>Terjual, belum dipakai</translation>
    </message>
    <message>
        <source>Packs sold</source>
        <translation>Paket terjual</translation>
    </message>
    <message>
        <source>The next {days} days</source>
        <translation>{days} hari ke depan</translation>
    </message>
    <message>
        <source>Packs ending soon</source>
        <translation>Paket yang segera habis</translation>
    </message>
    <message>
        <source>Expired credits</source>
        <translation>Kredit hangus</translation>
    </message>
    <message>
        <source>Fees charged</source>
        <translation>Denda dikenakan</translation>
    </message>
    <message>
        <source>Print the pack report</source>
        <translation>Cetak laporan paket</translation>
    </message>
    <message>
        <source>The pack report went to the printer.</source>
        <translation>Laporan paket dikirim ke printer.</translation>
    </message>
    <message>
        <source>Save the pack report as PDF</source>
        <translation>Simpan laporan paket sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>pack report</source>
        <translation>laporan paket</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Disimpan ke {path}</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <source>Take payment — {client}</source>
        <translation>Terima pembayaran — {client}</translation>
    </message>
    <message>
        <source>Booking</source>
        <translation>Booking</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klien:</translation>
    </message>
    <message>
        <source>Course:</source>
        <translation>Kelas:</translation>
    </message>
    <message>
        <source>Coach:</source>
        <translation>Pelatih:</translation>
    </message>
    <message>
        <source>Session:</source>
        <translation>Sesi:</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Harga:</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Metode:</translation>
    </message>
    <message>
        <source>Cash &amp;given:</source>
        <translation>Uang &amp;diterima:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Kembalian:</translation>
    </message>
    <message>
        <source>&amp;Pay</source>
        <translation>&amp;Bayar</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>T&amp;utup</translation>
    </message>
    <message>
        <source>&amp;Reference (required):</source>
        <translation>&amp;Referensi (wajib):</translation>
    </message>
    <message>
        <source>What the client handed over, like {amount}</source>
        <translation>Uang yang diberikan klien, misalnya {amount}</translation>
    </message>
    <message>
        <source>&amp;Reference (optional):</source>
        <translation>&amp;Referensi (opsional):</translation>
    </message>
    <message>
        <source>The number on the slip or in the transfer</source>
        <translation>Nomor di slip atau di bukti transfer</translation>
    </message>
    <message>
        <source>Not needed for cash</source>
        <translation>Tidak perlu untuk tunai</translation>
    </message>
    <message>
        <source>Paid. The booking now waits for the coach&apos;s confirmation.</source>
        <translation>Lunas. Booking kini menunggu konfirmasi pelatih.</translation>
    </message>
    <message>
        <source>Paid:</source>
        <translation>Dibayar:</translation>
    </message>
    <message>
        <source>Give back:</source>
        <translation>Kembalian:</translation>
    </message>
    <message>
        <source>&amp;Print receipt…</source>
        <translation>&amp;Cetak struk…</translation>
    </message>
    <message>
        <source>&amp;Save receipt as PDF…</source>
        <translation>&amp;Simpan struk sebagai PDF…</translation>
    </message>
    <message>
        <source>{course} with {coach}, {session}</source>
        <translation>{course} bersama {coach}, {session}</translation>
    </message>
    <message>
        <source>{amount} by {method}</source>
        <translation>{amount} via {method}</translation>
    </message>
    <message>
        <source>Pay &amp;with money</source>
        <translation>Bayar dengan &amp;uang</translation>
    </message>
    <message>
        <source>&amp;Pay with pack</source>
        <translation>&amp;Bayar dengan paket</translation>
    </message>
    <message>
        <source>{change} change, of {given} given</source>
        <translation>{change}, dari uang {given}</translation>
    </message>
    <message>
        <source>Paid and confirmed: the place in the class is theirs.</source>
        <translation>Sudah dibayar dan dikonfirmasi: tempat di kelas ini miliknya.</translation>
    </message>
    <message>
        <source>Paid — {client}</source>
        <translation>Lunas — {client}</translation>
    </message>
    <message>
        <source>The receipt went to the printer.</source>
        <translation>Struk telah dikirim ke printer.</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>struk</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Simpan struk sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to {path}</source>
        <translation>Struk disimpan ke {path}</translation>
    </message>
</context>
<context>
    <name>ProductsDialog</name>
    <message>
        <source>Products</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produk</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Pro&amp;ducts</source>
        <translation>Pro&amp;duk</translation>
    </message>
    <message>
        <source>Pack of sessions</source>
        <translation>Paket sesi</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>sessions booked at one time</source>
        <translation>sesi yang dipesan sekaligus</translation>
    </message>
    <message>
        <source>the day of sale</source>
        <translation>hari penjualan</translation>
    </message>
    <message>
        <source>the first booking</source>
        <translation>booking pertama</translation>
    </message>
    <message>
        <source>Every course</source>
        <translation>Semua kelas</translation>
    </message>
    <message>
        <source>One coach&apos;s courses</source>
        <translation>Kelas satu pelatih</translation>
    </message>
    <message>
        <source>The courses ticked</source>
        <translation>Kelas yang dicentang</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Jenis</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>Jumlah s&amp;esi</translation>
    </message>
    <message>
        <source>&amp;Bookings at once</source>
        <translation>Booking seka&amp;ligus</translation>
    </message>
    <message>
        <source>&amp;Price ({currency})</source>
        <translation>&amp;Harga ({currency})</translation>
    </message>
    <message>
        <source>&amp;Valid for (days)</source>
        <translation>&amp;Masa berlaku (hari)</translation>
    </message>
    <message>
        <source>Days count &amp;from</source>
        <translation>Mulai dihitung da&amp;ri</translation>
    </message>
    <message>
        <source>P&amp;ays for</source>
        <translation>Berlaku un&amp;tuk</translation>
    </message>
    <message>
        <source>&amp;Coach</source>
        <translation>&amp;Pelatih</translation>
    </message>
    <message>
        <source>Co&amp;urses</source>
        <translation>&amp;Kelas</translation>
    </message>
    <message>
        <source>Free&amp;zes allowed</source>
        <translation>Pembekuan d&amp;iizinkan</translation>
    </message>
    <message>
        <source>&amp;Most days per freeze</source>
        <translation>Hari m&amp;aks. per pembekuan</translation>
    </message>
    <message>
        <source>A change is for packs sold from now on: a pack sold keeps the terms it was sold with.</source>
        <translation>Perubahan berlaku untuk paket yang dijual mulai sekarang: paket yang sudah terjual tetap dengan ketentuan saat dijual.</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>N&amp;ew product</source>
        <translation>Produk &amp;baru</translation>
    </message>
    <message>
        <source>&amp;Retire</source>
        <translation>Nonakti&amp;fkan</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>unlimited, {count} at once</source>
        <translation>tanpa batas, {count} sekaligus</translation>
    </message>
    <message>
        <source>{name} (retired)</source>
        <translation>{name} (tidak dijual)</translation>
    </message>
    <message>
        <source>{name} (inactive)</source>
        <translation>{name} (nonaktif)</translation>
    </message>
    <message>
        <source>{course} (inactive)</source>
        <translation>{course} (nonaktif)</translation>
    </message>
    <message>
        <source>A new product. Save adds it.</source>
        <translation>Produk baru. Simpan untuk menambahkannya.</translation>
    </message>
    <message>
        <source>On sale.</source>
        <translation>Dijual.</translation>
    </message>
    <message>
        <source>Retired: not sold any more. The packs sold keep working.</source>
        <translation>Tidak dijual lagi. Paket yang sudah terjual tetap berlaku.</translation>
    </message>
    <message>
        <source>Rest&amp;ore</source>
        <translation>Jual la&amp;gi</translation>
    </message>
</context>
<context>
    <name>PromotionsList</name>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Pesan</translation>
    </message>
    <message>
        <source>&amp;Send WhatsApp</source>
        <translation>Kiri&amp;m WhatsApp</translation>
    </message>
    <message>
        <source>Opens WhatsApp with the message written; the desk notes it was sent.</source>
        <translation>Membuka WhatsApp dengan pesan yang sudah ditulis; meja resepsionis mencatat bahwa pesan sudah dikirim.</translation>
    </message>
    <message>
        <source>paid with pack #{pack}</source>
        <translation>dibayar dengan paket #{pack}</translation>
    </message>
    <message>
        <source>to pay by {time}</source>
        <translation>bayar sebelum pukul {time}</translation>
    </message>
    <message>
        <source>sent at {time}</source>
        <translation>dikirim pukul {time}</translation>
    </message>
    <message>
        <source>no phone number: call or tell them at the desk</source>
        <translation>tidak ada nomor telepon: hubungi atau beri tahu langsung di meja resepsionis</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>belum dikirim</translation>
    </message>
    <message>
        <source>The desk could not open WhatsApp on this PC. The message is copied: send it from a phone, then press Send WhatsApp again to note it.</source>
        <translation>Meja ini tidak dapat membuka WhatsApp di PC ini. Pesannya sudah disalin: kirim dari ponsel, lalu tekan Kirim WhatsApp lagi untuk mencatatnya.</translation>
    </message>
</context>
<context>
    <name>PromotionsPanel</name>
    <message>
        <source>Moved up from a waitlist: tell them their place</source>
        <translation>Naik dari daftar tunggu: kabari bahwa tempatnya tersedia</translation>
    </message>
    <message>
        <source>Nobody is waiting to hear about a place.</source>
        <translation>Tidak ada klien yang perlu dikabari soal tempat.</translation>
    </message>
</context>
<context>
    <name>ReceiptDialog</name>
    <message>
        <source>Receipt — {client}</source>
        <translation>Struk — {client}</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>The receipt went to the printer.</source>
        <translation>Struk sudah dikirim ke printer.</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>struk</translation>
    </message>
    <message>
        <source>Save receipt as PDF</source>
        <translation>Simpan struk sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Receipt saved to {path}</source>
        <translation>Struk disimpan ke {path}</translation>
    </message>
</context>
<context>
    <name>RefundDialog</name>
    <message>
        <source>Refund pack #{pack} — {client}</source>
        <translation>Kembalikan uang paket #{pack} — {client}</translation>
    </message>
    <message>
        <source>The pack closes. Bookings already paid with it keep their sessions.</source>
        <translation>Paket ditutup. Booking yang sudah dibayar dengan paket ini tetap memakai sesinya.</translation>
    </message>
    <message>
        <source>Like: moved abroad, half given back as agreed</source>
        <translation>Misalnya: pindah ke luar negeri, separuh dikembalikan sesuai kesepakatan</translation>
    </message>
    <message>
        <source>&amp;Refund</source>
        <translation>&amp;Kembalikan uang</translation>
    </message>
    <message>
        <source>Pack:</source>
        <translation>Paket:</translation>
    </message>
    <message>
        <source>&amp;Amount:</source>
        <translation>&amp;Jumlah:</translation>
    </message>
    <message>
        <source>Rea&amp;son for another amount (admin):</source>
        <translation>Alasan jum&amp;lah lain (admin):</translation>
    </message>
    <message>
        <source>What is left of it comes to {amount}.</source>
        <translation>Sisanya senilai {amount}.</translation>
    </message>
    <message>
        <source>Pack #{pack} is closed with nothing given back.</source>
        <translation>Paket #{pack} ditutup tanpa pengembalian uang.</translation>
    </message>
    <message>
        <source>Refunded {amount} for pack #{pack}; it is closed.</source>
        <translation>Uang {amount} untuk paket #{pack} dikembalikan; paket ditutup.</translation>
    </message>
    <message>
        <source>Receipt {number}.</source>
        <translation>Struk {number}.</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>Day&apos;s takings</source>
        <translation>Pendapatan harian</translation>
    </message>
    <message>
        <source>Coach report</source>
        <translation>Laporan pelatih</translation>
    </message>
    <message>
        <source>P&amp;acks</source>
        <translation>Paket da&amp;n keanggotaan</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Kehadiran kelas</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Reschedule booking</source>
        <translation>Jadwal ulang booking</translation>
    </message>
    <message>
        <source>&lt;b&gt;{client}&lt;/b&gt; · {course} ({minutes} min)&lt;br&gt;Now: {when} with {coach}</source>
        <translation>&lt;b&gt;{client}&lt;/b&gt; · {course} ({minutes} mnt)&lt;br&gt;Sekarang: {when} bersama {coach}</translation>
    </message>
    <message>
        <source>Optional, e.g. the client asked for the afternoon</source>
        <translation>Opsional, mis. klien minta sore hari</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Tanggal:</translation>
    </message>
    <message>
        <source>C&amp;oach:</source>
        <translation>&amp;Pelatih:</translation>
    </message>
    <message>
        <source>Free &amp;times:</source>
        <translation>&amp;Jam kosong:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>Ala&amp;san:</translation>
    </message>
    <message>
        <source>&amp;Move booking</source>
        <translation>Pin&amp;dahkan booking</translation>
    </message>
    <message>
        <source>No free times that day. Try another day or coach.</source>
        <translation>Tidak ada jam kosong hari itu. Coba hari atau pelatih lain.</translation>
    </message>
    <message>
        <source>{time} (now)</source>
        <translation>{time} (sekarang)</translation>
    </message>
    <message>
        <source>Pick one of the free times.</source>
        <translation>Pilih salah satu jam kosong.</translation>
    </message>
</context>
<context>
    <name>ResetPinDialog</name>
    <message>
        <source>Reset PIN — {name}</source>
        <translation>Atur ulang PIN — {name}</translation>
    </message>
    <message>
        <source>A new PIN for {name}. Tell them in person.</source>
        <translation>PIN baru untuk {name}. Sampaikan langsung kepadanya.</translation>
    </message>
</context>
<context>
    <name>RoomsDialog</name>
    <message>
        <source>Rooms</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Orang</translation>
    </message>
    <message>
        <source>&amp;Rooms</source>
        <translation>&amp;Ruangan</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nama</translation>
    </message>
    <message>
        <source>&amp;Capacity (people)</source>
        <translation>&amp;Kapasitas (orang)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
    <message>
        <source>N&amp;ew room</source>
        <translation>Ruangan &amp;baru</translation>
    </message>
    <message>
        <source>Set &amp;aside</source>
        <translation>Sisi&amp;hkan</translation>
    </message>
    <message>
        <source>{name} (set aside)</source>
        <translation>{name} (disisihkan)</translation>
    </message>
    <message>
        <source>A new room. Save adds it.</source>
        <translation>Ruangan baru. Simpan untuk menambahkannya.</translation>
    </message>
    <message>
        <source>In use: classes can be put in it.</source>
        <translation>Dipakai: kelas bisa dijadwalkan di sini.</translation>
    </message>
    <message>
        <source>Set aside: no new classes in it; the classes there stay.</source>
        <translation>Disisihkan: tidak ada kelas baru di sini; kelas yang sudah ada tetap berjalan.</translation>
    </message>
    <message>
        <source>&amp;Bring back</source>
        <translation>Pakai la&amp;gi</translation>
    </message>
</context>
<context>
    <name>RosterDialog</name>
    <message>
        <source>Class roster</source>
        <translation>Daftar hadir kelas</translation>
    </message>
    <message>
        <source>&amp;Finish class…</source>
        <translation>Se&amp;lesaikan kelas…</translation>
    </message>
    <message>
        <source>Co&amp;nfirm paid places</source>
        <translation>Konfi&amp;rmasi tempat yang dibayar</translation>
    </message>
    <message>
        <source>&amp;Places (Space checks the chosen client in):</source>
        <translation>&amp;Tempat (Spasi untuk check-in klien yang dipilih):</translation>
    </message>
    <message>
        <source>&amp;Check in</source>
        <translation>&amp;Check-in</translation>
    </message>
    <message>
        <source>&amp;Undo check-in</source>
        <translation>&amp;Batalkan check-in</translation>
    </message>
    <message>
        <source>Ctrl+Z takes back the chosen client&apos;s check-in.</source>
        <translation>Ctrl+Z membatalkan check-in klien yang dipilih.</translation>
    </message>
    <message>
        <source>Check &amp;in all</source>
        <translation>Check-in &amp;semua</translation>
    </message>
    <message>
        <source>Add &amp;walk-in…</source>
        <translation>Tambah &amp;walk-in…</translation>
    </message>
    <message>
        <source>Booking &amp;details…</source>
        <translation>Detail pe&amp;mesanan…</translation>
    </message>
    <message>
        <source>M&amp;oved up from the waitlist (tell them):</source>
        <translation>Naik dari daftar tunggu (&amp;kabari mereka):</translation>
    </message>
    <message>
        <source>Class roster — {course}</source>
        <translation>Daftar hadir kelas — {course}</translation>
    </message>
    <message>
        <source>{coach} (sub for {usual})</source>
        <translation>{coach} (menggantikan {usual})</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>tanpa ruangan</translation>
    </message>
    <message>
        <source>{fill} places</source>
        <translation>{fill} tempat</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} menunggu</translation>
    </message>
    <message>
        <source>canceled</source>
        <translation>dibatalkan</translation>
    </message>
    <message>
        <source>over: finish the class</source>
        <translation>sudah berakhir: selesaikan kelasnya</translation>
    </message>
    <message>
        <source>Choose a client in the list first (Up and Down).</source>
        <translation>Pilih klien di daftar dulu (panah Atas dan Bawah).</translation>
    </message>
    <message>
        <source>{client} is checked in already ({time}). Ctrl+Z takes it back.</source>
        <translation>{client} sudah check-in ({time}). Ctrl+Z untuk membatalkannya.</translation>
    </message>
    <message>
        <source>{client} is checked in.</source>
        <translation>{client} sudah check-in.</translation>
    </message>
    <message>
        <source>{client}: paid with pack #{pack}, and checked in.</source>
        <translation>{client}: dibayar dengan paket #{pack}, dan sudah check-in.</translation>
    </message>
    <message>
        <source>{client}&apos;s check-in is taken back.</source>
        <translation>Check-in {client} dibatalkan.</translation>
    </message>
    <message>
        <source>Confirmed: {count}.</source>
        <translation>Dikonfirmasi: {count}.</translation>
    </message>
    <message>
        <source>Checked in: {count}.</source>
        <translation>Sudah check-in: {count}.</translation>
    </message>
    <message>
        <source>Left out, to pay first: {names}.</source>
        <translation>Belum check-in, harus bayar dulu: {names}.</translation>
    </message>
    <message>
        <source>{client} is number {position} on the waitlist.</source>
        <translation>{client} ada di urutan {position} daftar tunggu.</translation>
    </message>
    <message>
        <source>Class finished: {done} done, {no_shows} no-shows, {canceled} unpaid places canceled.</source>
        <translation>Kelas selesai: {done} hadir, {no_shows} tidak hadir, {canceled} tempat yang belum dibayar dibatalkan.</translation>
    </message>
</context>
<context>
    <name>RosterPlacesModel</name>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Look out for</source>
        <translation>Perhatikan</translation>
    </message>
    <message>
        <source>not paid</source>
        <translation>belum dibayar</translation>
    </message>
    <message>
        <source>no usable credit</source>
        <translation>tidak ada kredit yang bisa dipakai</translation>
    </message>
    <message>
        <source>pack ending soon</source>
        <translation>paket segera berakhir</translation>
    </message>
    <message>
        <source>fee owed</source>
        <translation>ada denda belum dibayar</translation>
    </message>
    <message>
        <source>moved up from the waitlist</source>
        <translation>naik dari daftar tunggu</translation>
    </message>
    <message>
        <source>{status}, no-show</source>
        <translation>{status}, tidak hadir</translation>
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
        <translation>Klien</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Wai&amp;tlist:</source>
        <translation>&amp;Daftar tunggu:</translation>
    </message>
    <message>
        <source>&amp;Add to waitlist…</source>
        <translation>Tambah ke daftar tu&amp;nggu…</translation>
    </message>
    <message>
        <source>&amp;Remove from waitlist</source>
        <translation>&amp;Hapus dari daftar tunggu</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>menunggu</translation>
    </message>
    <message>
        <source>moved up</source>
        <translation>naik</translation>
    </message>
    <message>
        <source>left the list</source>
        <translation>keluar dari daftar</translation>
    </message>
    <message>
        <source>Choose a client who is still waiting in the waitlist first.</source>
        <translation>Pilih dulu klien yang masih menunggu di daftar tunggu.</translation>
    </message>
    <message>
        <source>Take {client} off the waitlist? They lose their turn.</source>
        <translation>Hapus {client} dari daftar tunggu? Urutannya akan hilang.</translation>
    </message>
    <message>
        <source>{client} is off the waitlist.</source>
        <translation>{client} sudah dihapus dari daftar tunggu.</translation>
    </message>
</context>
<context>
    <name>RuleWaiver</name>
    <message>
        <source>Wai&amp;ve the rules</source>
        <translation>Abaikan a&amp;turan</translation>
    </message>
    <message>
        <source>e.g. the client was in hospital</source>
        <translation>mis. klien sedang dirawat di rumah sakit</translation>
    </message>
    <message>
        <source>Wh&amp;y waive them (required):</source>
        <translation>Alasan men&amp;gabaikan (wajib):</translation>
    </message>
</context>
<context>
    <name>SellPackDialog</name>
    <message>
        <source>Sell a pack — {client}</source>
        <translation>Jual paket — {client}</translation>
    </message>
    <message>
        <source>Choose a pack or membership</source>
        <translation>Pilih paket atau keanggotaan</translation>
    </message>
    <message>
        <source>&amp;Sell</source>
        <translation>Jua&amp;l</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klien:</translation>
    </message>
    <message>
        <source>Pro&amp;duct:</source>
        <translation>&amp;Produk:</translation>
    </message>
    <message>
        <source>Nothing on sale yet: an admin adds packs first</source>
        <translation>Belum ada yang dijual: admin menambahkan paket dulu</translation>
    </message>
    <message>
        <source>{name} — {days} days, {price}</source>
        <translation>{name} — {days} hari, {price}</translation>
    </message>
    <message>
        <source>Choose a pack or membership.</source>
        <translation>Pilih paket atau keanggotaan.</translation>
    </message>
    <message>
        <source>Sold pack #{pack} to {client}.</source>
        <translation>Paket #{pack} terjual kepada {client}.</translation>
    </message>
    <message>
        <source>Receipt {number}.</source>
        <translation>Struk {number}.</translation>
    </message>
    <message>
        <source>Give back {change} change.</source>
        <translation>Berikan kembalian {change}.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts — Studio Desk</source>
        <translation>Pintasan keyboard — Studio Desk</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Perintah</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tombol</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in — Studio Desk</source>
        <translation>Masuk — Studio Desk</translation>
    </message>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 sampai 8 angka</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>&amp;Masuk</translation>
    </message>
    <message>
        <source>&amp;Who are you?</source>
        <translation>&amp;Siapa Anda?</translation>
    </message>
    <message>
        <source>&amp;PIN</source>
        <translation>&amp;PIN</translation>
    </message>
    <message>
        <source>Choose who you are.</source>
        <translation>Pilih siapa Anda.</translation>
    </message>
</context>
<context>
    <name>StaffDialog</name>
    <message>
        <source>Staff</source>
        <translation>Staf</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peran</translation>
    </message>
    <message>
        <source>Works here</source>
        <translation>Masih bekerja</translation>
    </message>
    <message>
        <source>Locked out</source>
        <translation>Terkunci</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Orang</translation>
    </message>
    <message>
        <source>&amp;Add person…</source>
        <translation>&amp;Tambah orang…</translation>
    </message>
    <message>
        <source>Reset P&amp;IN…</source>
        <translation>Atur ulang P&amp;IN…</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>&amp;Nonaktifkan</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Lepas kunci</translation>
    </message>
    <message>
        <source>Sign in first (Ctrl+L), so the desk knows who is doing this.</source>
        <translation>Masuk terlebih dahulu (Ctrl+L), agar meja tahu siapa yang melakukannya.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ya</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Tidak</translation>
    </message>
    <message>
        <source>R&amp;eactivate</source>
        <translation>Aktifkan kembali (&amp;e)</translation>
    </message>
    <message>
        <source>Deactivate {name}? They will no longer be able to sign in.</source>
        <translation>Nonaktifkan {name}? Ia tidak akan bisa masuk lagi.</translation>
    </message>
</context>
<context>
    <name>StudioSettingsDialog</name>
    <message>
        <source>Studio settings</source>
        <translation>Pengaturan studio</translation>
    </message>
    <message>
        <source>The studio, as its receipts show it</source>
        <translation>Studio, seperti tertulis di struknya</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>Ala&amp;mat:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Tele&amp;pon:</translation>
    </message>
    <message>
        <source>Ta&amp;x number (NPWP):</source>
        <translation>Nomor pa&amp;jak (NPWP):</translation>
    </message>
    <message>
        <source> min</source>
        <translation> mnt</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Tidak pernah</translation>
    </message>
    <message>
        <source>Time, money and the desk</source>
        <translation>Waktu, uang, dan meja depan</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Zona waktu:</translation>
    </message>
    <message>
        <source>C&amp;urrency (ISO code):</source>
        <translation>Mata &amp;uang (kode ISO):</translation>
    </message>
    <message>
        <source>&amp;Hold unpaid bookings for:</source>
        <translation>&amp;Tahan pemesanan belum dibayar selama:</translation>
    </message>
    <message>
        <source>Booking s&amp;tep:</source>
        <translation>&amp;Langkah pemesanan:</translation>
    </message>
    <message>
        <source>&amp;Lock the desk after:</source>
        <translation>Kun&amp;ci meja setelah:</translation>
    </message>
    <message>
        <source>An unpaid fee &amp;blocks new bookings</source>
        <translation>Denda &amp;belum dibayar memblokir pemesanan baru</translation>
    </message>
    <message>
        <source>When it starts</source>
        <translation>Saat kelas mulai</translation>
    </message>
    <message>
        <source>C&amp;onfirm a paid class place at once</source>
        <translation>Kon&amp;firmasi langsung tempat kelas yang sudah dibayar</translation>
    </message>
    <message>
        <source>Group classes</source>
        <translation>Kelas grup</translation>
    </message>
    <message>
        <source>&amp;Waitlist closes before a class:</source>
        <translation>Daftar tun&amp;ggu ditutup sebelum kelas:</translation>
    </message>
    <message>
        <source>A client moved up has to pa&amp;y within:</source>
        <translation>Batas &amp;waktu bayar klien dari daftar tunggu:</translation>
    </message>
    <message>
        <source>No tax</source>
        <translation>Tanpa pajak</translation>
    </message>
    <message>
        <source>PPN 12% on a tax base of 11/12 (11%)</source>
        <translation>PPN 12% atas DPP 11/12 (11%)</translation>
    </message>
    <message>
        <source>Regional tax, such as PBJT</source>
        <translation>Pajak daerah, seperti PBJT</translation>
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
        <translation>Gulungan 80 mm</translation>
    </message>
    <message>
        <source>58 mm roll</source>
        <translation>Gulungan 58 mm</translation>
    </message>
    <message>
        <source>Receipts (prices include tax)</source>
        <translation>Struk (harga sudah termasuk pajak)</translation>
    </message>
    <message>
        <source>Tax on rece&amp;ipts:</source>
        <translation>P&amp;ajak pada struk:</translation>
    </message>
    <message>
        <source>Regional tax na&amp;me:</source>
        <translation>Nama pajak &amp;daerah:</translation>
    </message>
    <message>
        <source>Regional tax &amp;rate:</source>
        <translation>Ta&amp;rif pajak daerah:</translation>
    </message>
    <message>
        <source>Receipt &amp;footer:</source>
        <translation>Catatan &amp;kaki struk:</translation>
    </message>
    <message>
        <source>Pap&amp;er:</source>
        <translation>K&amp;ertas:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Simpan</translation>
    </message>
</context>
<context>
    <name>SubstituteCoachDialog</name>
    <message>
        <source>Substitute coach</source>
        <translation>Pelatih pengganti</translation>
    </message>
    <message>
        <source>Coac&amp;h:</source>
        <translation>&amp;Pelatih:</translation>
    </message>
    <message>
        <source>&amp;Substitute</source>
        <translation>&amp;Ganti pelatih</translation>
    </message>
</context>
<context>
    <name>SyncIndicator</name>
    <message>
        <source>Web sync: off</source>
        <translation>Sinkron web: nonaktif</translation>
    </message>
    <message>
        <source>Web sync is off. Click to set it up ({shortcut}).</source>
        <translation>Sinkronisasi web nonaktif. Klik untuk mengaturnya ({shortcut}).</translation>
    </message>
    <message>
        <source>Web sync is off. Click to set it up.</source>
        <translation>Sinkronisasi web nonaktif. Klik untuk mengaturnya.</translation>
    </message>
    <message>
        <source>Web sync: {problem}</source>
        <translation>Sinkron web: {problem}</translation>
    </message>
    <message>
        <source>Web sync: on, not run yet</source>
        <translation>Sinkron web: aktif, belum berjalan</translation>
    </message>
    <message>
        <source>Web sync: {moment}</source>
        <translation>Sinkron web: {moment}</translation>
    </message>
</context>
<context>
    <name>SyncProblemBox</name>
    <message>
        <source>Send &amp;again</source>
        <translation>Kirim &amp;lagi</translation>
    </message>
    <message>
        <source>Try once more to make this booking on the web platform.</source>
        <translation>Coba sekali lagi membuat booking ini di platform web.</translation>
    </message>
    <message>
        <source>&amp;Keep at desk only</source>
        <translation>Simpan di meja depan sa&amp;ja</translation>
    </message>
    <message>
        <source>Leave the booking at the desk and stop trying to send it.</source>
        <translation>Biarkan booking di meja depan dan berhenti mencoba mengirimnya.</translation>
    </message>
    <message>
        <source>Open booking</source>
        <translation>Buka booking</translation>
    </message>
    <message>
        <source>Send again</source>
        <translation>Kirim lagi</translation>
    </message>
    <message>
        <source>Keep at desk only</source>
        <translation>Simpan di meja depan saja</translation>
    </message>
    <message>
        <source>The web platform did not take this booking</source>
        <translation>Platform web tidak menerima booking ini</translation>
    </message>
</context>
<context>
    <name>SyncProblemsPanel</name>
    <message>
        <source>Nothing needs you: every booking is where it should be.</source>
        <translation>Tidak ada yang perlu ditangani: semua booking sudah sesuai.</translation>
    </message>
    <message>
        <source>Desk bookings the web platform refused</source>
        <translation>Booking meja depan yang ditolak platform web</translation>
    </message>
    <message>
        <source>Web bookings that collide with the desk</source>
        <translation>Booking web yang bentrok dengan meja depan</translation>
    </message>
</context>
<context>
    <name>SyncSettingsDialog</name>
    <message>
        <source>Web sync</source>
        <translation>Sinkronisasi web</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Pengaturan</translation>
    </message>
    <message>
        <source>&amp;Needs a person</source>
        <translation>Perlu &amp;ditangani</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>&amp;Sinkronkan sekarang</translation>
    </message>
    <message>
        <source>Send what waits and bring in the web&apos;s bookings, once, now.</source>
        <translation>Kirim yang menunggu dan ambil booking dari web, sekali, sekarang.</translation>
    </message>
    <message>
        <source>Sa&amp;ve</source>
        <translation>Si&amp;mpan</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>detik</translation>
    </message>
    <message>
        <source>Web platform &amp;address</source>
        <translation>&amp;Alamat platform web</translation>
    </message>
    <message>
        <source>Sync with the &amp;web platform</source>
        <translation>Sinkron dengan platform &amp;web</translation>
    </message>
    <message>
        <source>The time zone the web platform reads and writes its dates and times in.</source>
        <translation>Zona waktu yang dipakai platform web untuk membaca dan menulis tanggal dan jamnya.</translation>
    </message>
    <message>
        <source>Login &amp;path</source>
        <translation>&amp;Path login</translation>
    </message>
    <message>
        <source>Sync &amp;every</source>
        <translation>Sin&amp;kron setiap</translation>
    </message>
    <message>
        <source>Web platform&apos;s time &amp;zone</source>
        <translation>&amp;Zona waktu platform web</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Web coach id</source>
        <translation>ID pelatih web</translation>
    </message>
    <message>
        <source>Web username</source>
        <translation>Nama pengguna web</translation>
    </message>
    <message>
        <source>Web password</source>
        <translation>Kata sandi web</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Web course id</source>
        <translation>ID kelas web</translation>
    </message>
    <message>
        <source>A password is kept in this computer&apos;s password store and never shown again; leave it empty to keep the one saved. Leave a coach&apos;s or course&apos;s web fields empty to unlink it.</source>
        <translation>Kata sandi disimpan di penyimpanan kata sandi komputer ini dan tidak pernah ditampilkan lagi; biarkan kosong untuk tetap memakai yang tersimpan. Kosongkan kolom web pelatih atau kelas untuk melepas tautannya.</translation>
    </message>
    <message>
        <source>Coaches and their web accounts</source>
        <translation>Pelatih dan akun web mereka</translation>
    </message>
    <message>
        <source>Courses on the web</source>
        <translation>Kelas di web</translation>
    </message>
    <message>
        <source>type to change</source>
        <translation>ketik untuk mengubah</translation>
    </message>
    <message>
        <source>not linked</source>
        <translation>belum ditautkan</translation>
    </message>
    <message>
        <source>&amp;Needs a person ({count})</source>
        <translation>Perlu &amp;ditangani ({count})</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>… and {count} more</source>
        <translation>… dan {count} lagi</translation>
    </message>
    <message>
        <source>{bookings}

Save the settings and send these bookings?</source>
        <translation>{bookings}

Simpan pengaturan dan kirim booking ini?</translation>
    </message>
    <message>
        <source>(no username)</source>
        <translation>(tanpa nama pengguna)</translation>
    </message>
    <message>
        <source>The settings are saved, but a password needs the coach&apos;s web id and username: nothing was kept for {names}.</source>
        <translation>Pengaturan sudah disimpan, tetapi kata sandi memerlukan ID web dan nama pengguna pelatih: tidak ada yang disimpan untuk {names}.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Tersimpan.</translation>
    </message>
    <message>
        <source>A sync round is running; its report will show here.</source>
        <translation>Putaran sinkronisasi sedang berjalan; laporannya akan tampil di sini.</translation>
    </message>
    <message>
        <source>Syncing with the web platform…</source>
        <translation>Menyinkronkan dengan platform web…</translation>
    </message>
</context>
<context>
    <name>TakingsChart</name>
    <message>
        <source>No takings in this month.</source>
        <translation>Tidak ada pendapatan bulan ini.</translation>
    </message>
    <message>
        <source>No takings in {month}.</source>
        <translation>Tidak ada pendapatan pada {month}.</translation>
    </message>
</context>
<context>
    <name>TakingsPage</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Cetak…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Simpan PDF…</translation>
    </message>
    <message>
        <source>Closings of the till on this day</source>
        <translation>Penutupan kas pada hari ini</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Hari:</translation>
    </message>
    <message>
        <source>What is in the till, like {amount}</source>
        <translation>Isi laci kas, misalnya {amount}</translation>
    </message>
    <message>
        <source>Expected:</source>
        <translation>Seharusnya:</translation>
    </message>
    <message>
        <source>C&amp;ounted cash:</source>
        <translation>T&amp;unai dihitung:</translation>
    </message>
    <message>
        <source>Count the cash in the till and type it here to see the difference.</source>
        <translation>Hitung uang tunai di laci kas dan ketik di sini untuk melihat selisihnya.</translation>
    </message>
    <message>
        <source>Takings in {month}: {total} net, by day and method (click a day to open it)</source>
        <translation>Pendapatan {month}: {total} bersih, per hari dan metode (klik satu hari untuk membukanya)</translation>
    </message>
    <message>
        <source>Cash in the till since the last closing</source>
        <translation>Uang tunai di laci kas sejak penutupan terakhir</translation>
    </message>
    <message>
        <source>C&amp;lose the till…</source>
        <translation>Tutup ka&amp;s…</translation>
    </message>
    <message>
        <source>Record the counted cash; money taken afterwards belongs to the next closing</source>
        <translation>Catat uang tunai yang dihitung; uang yang diterima sesudahnya masuk penutupan berikutnya</translation>
    </message>
    <message>
        <source>Pu&amp;t in a float…</source>
        <translation>&amp;Isi modal awal…</translation>
    </message>
    <message>
        <source>Take cash o&amp;ut…</source>
        <translation>Ambil tunai &amp;dari kas…</translation>
    </message>
    <message>
        <source>The till is counted on the day itself: this day&apos;s closings are below.</source>
        <translation>Kas dihitung pada harinya sendiri: penutupan hari ini ada di bawah.</translation>
    </message>
    <message>
        <source>{expected} (float {float}, pay-outs {payouts})</source>
        <translation>{expected} (modal awal {float}, pengeluaran {payouts})</translation>
    </message>
    <message>
        <source>Close the till with {amount} counted in it? {difference}

The closing keeps this count. Money taken afterwards belongs to the next closing.</source>
        <translation>Tutup kas dengan {amount} yang dihitung di dalamnya? {difference}

Penutupan menyimpan hitungan ini. Uang yang diterima sesudahnya masuk penutupan berikutnya.</translation>
    </message>
    <message>
        <source>The till is closed at {time}. {difference}</source>
        <translation>Kas ditutup pukul {time}. {difference}</translation>
    </message>
    <message>
        <source>Print the day&apos;s takings</source>
        <translation>Cetak pendapatan harian</translation>
    </message>
    <message>
        <source>The day&apos;s takings went to the printer.</source>
        <translation>Pendapatan harian telah dikirim ke printer.</translation>
    </message>
    <message>
        <source>Save the day&apos;s takings as PDF</source>
        <translation>Simpan pendapatan harian sebagai PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Berkas PDF (*.pdf)</translation>
    </message>
    <message>
        <source>cash-up</source>
        <translation>rekap kas</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Disimpan ke {path}</translation>
    </message>
</context>
<context>
    <name>TimetableDialog</name>
    <message>
        <source>Timetable</source>
        <translation>Jadwal kelas</translation>
    </message>
    <message>
        <source>&amp;Timetable (weekly classes)</source>
        <translation>Jadwal kelas &amp;mingguan</translation>
    </message>
    <message>
        <source>Last &amp;day:</source>
        <translation>Hari t&amp;erakhir:</translation>
    </message>
    <message>
        <source>&amp;End line</source>
        <translation>Akhiri &amp;jadwal</translation>
    </message>
    <message>
        <source>Every &amp;week</source>
        <translation>Setiap mi&amp;nggu</translation>
    </message>
    <message>
        <source>O&amp;nce</source>
        <translation>Sekali &amp;saja</translation>
    </message>
    <message>
        <source>&amp;Until</source>
        <translation>Berakhir pa&amp;da</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>Tam&amp;bah</translation>
    </message>
    <message>
        <source>C&amp;ourse</source>
        <translation>&amp;Kursus</translation>
    </message>
    <message>
        <source>Day of the wee&amp;k</source>
        <translation>&amp;Hari</translation>
    </message>
    <message>
        <source>Start ti&amp;me</source>
        <translation>Jam mula&amp;i</translation>
    </message>
    <message>
        <source>Coac&amp;h</source>
        <translation>&amp;Pelatih</translation>
    </message>
    <message>
        <source>&amp;Room</source>
        <translation>&amp;Ruangan</translation>
    </message>
    <message>
        <source>&amp;Places</source>
        <translation>Jumlah &amp;tempat</translation>
    </message>
    <message>
        <source>No course is a group class yet: give a course a capacity above 1 in Settings › Courses.</source>
        <translation>Belum ada kursus yang berupa kelas grup: beri kursus kapasitas lebih dari 1 di Pengaturan › Kursus.</translation>
    </message>
    <message>
        <source>Add a class</source>
        <translation>Tambah kelas</translation>
    </message>
    <message>
        <source>{course} with {coach}, {capacity} places</source>
        <translation>{course} bersama {coach}, {capacity} tempat</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Tanpa ruangan</translation>
    </message>
    <message>
        <source>{room} ({capacity} people)</source>
        <translation>{room} ({capacity} orang)</translation>
    </message>
    <message>
        <source>&amp;First day</source>
        <translation>Hari pert&amp;ama</translation>
    </message>
    <message>
        <source>Date o&amp;f the class</source>
        <translation>T&amp;anggal kelas</translation>
    </message>
    <message>
        <source>Added: {course}, every {weekday}, {time}.</source>
        <translation>Ditambahkan: {course}, setiap {weekday}, {time}.</translation>
    </message>
    <message>
        <source>1 class scheduled.</source>
        <translation>1 kelas dijadwalkan.</translation>
    </message>
    <message>
        <source>{count} classes scheduled.</source>
        <translation>{count} kelas dijadwalkan.</translation>
    </message>
    <message>
        <source>Dates &amp;skipped:</source>
        <translation>Tanggal yang dile&amp;wati:</translation>
    </message>
    <message>
        <source>Added a one-off class: {course} with {coach}, {day}, {time}.</source>
        <translation>Kelas satu kali ditambahkan: {course} bersama {coach}, {day}, {time}.</translation>
    </message>
    <message>
        <source>End {course} on {weekday} after {day}? Its classes after that day without places are canceled.</source>
        <translation>Akhiri {course} hari {weekday} setelah {day}? Kelasnya setelah hari itu yang belum ada pesertanya akan dibatalkan.</translation>
    </message>
    <message>
        <source>{course} on {weekday} ends on {day}. Classes canceled after it: {count}.</source>
        <translation>{course} hari {weekday} berakhir pada {day}. Kelas yang dibatalkan setelahnya: {count}.</translation>
    </message>
    <message>
        <source>Classes &amp;still on: they have places booked. Cancel each one so its clients are told.</source>
        <translation>Kelas yang masih berja&amp;lan: sudah ada tempat yang dipesan. Batalkan satu per satu agar kliennya diberi tahu.</translation>
    </message>
    <message>
        <source>{day}, {time}: {places} places booked</source>
        <translation>{day}, {time}: {places} tempat dipesan</translation>
    </message>
</context>
<context>
    <name>TimetableModel</name>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Jam</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kursus</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Dari</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Sampai</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>tanpa ruangan</translation>
    </message>
    <message>
        <source>no end</source>
        <translation>tanpa akhir</translation>
    </message>
</context>
<context>
    <name>TodayClassesDialog</name>
    <message>
        <source>Today&apos;s classes — Studio Desk</source>
        <translation>Kelas hari ini — Studio Desk</translation>
    </message>
    <message>
        <source>No classes today.</source>
        <translation>Tidak ada kelas hari ini.</translation>
    </message>
    <message>
        <source>&amp;Open roster</source>
        <translation>&amp;Buka daftar hadir</translation>
    </message>
    <message>
        <source>Show &amp;places in the list</source>
        <translation>Tampilkan &amp;tempat di daftar booking</translation>
    </message>
    <message>
        <source>The booking list, showing only this class&apos;s places</source>
        <translation>Daftar booking, hanya tempat di kelas ini</translation>
    </message>
    <message>
        <source>Arrows choose a class; Enter or a double-click opens its roster</source>
        <translation>Panah untuk memilih kelas; Enter atau klik dua kali membuka daftar hadirnya</translation>
    </message>
    <message>
        <source>Classes on {date}</source>
        <translation>Kelas pada {date}</translation>
    </message>
    <message>
        <source>Today&apos;s classes could not be read. {reason}</source>
        <translation>Kelas hari ini tidak dapat dimuat. {reason}</translation>
    </message>
</context>
<context>
    <name>TodayClassesModel</name>
    <message>
        <source>Time</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Ruangan</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Tempat</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>Standing in for {coach}</source>
        <translation>Menggantikan {coach}</translation>
    </message>
    <message>
        <source>{coach} (for {usual})</source>
        <translation>{coach} (menggantikan {usual})</translation>
    </message>
    <message>
        <source>{fill} full</source>
        <translation>{fill} penuh</translation>
    </message>
</context>
<context>
    <name>WaiveFeeDialog</name>
    <message>
        <source>Waive a fee — {client}</source>
        <translation>Hapus denda — {client}</translation>
    </message>
    <message>
        <source>Like: first time, the road was flooded</source>
        <translation>Misalnya: baru pertama kali, jalan banjir</translation>
    </message>
    <message>
        <source>&amp;Waive</source>
        <translation>&amp;Hapus</translation>
    </message>
    <message>
        <source>Client:</source>
        <translation>Klien:</translation>
    </message>
    <message>
        <source>Fee:</source>
        <translation>Denda:</translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation>Ala&amp;san (wajib):</translation>
    </message>
</context>
<context>
    <name>WalkInDialog</name>
    <message>
        <source>Add to waitlist — {class_}</source>
        <translation>Tambah ke daftar tunggu — {class_}</translation>
    </message>
    <message>
        <source>Walk-in — {class_}</source>
        <translation>Walk-in — {class_}</translation>
    </message>
    <message>
        <source>Put on the &amp;waitlist</source>
        <translation>Masukkan ke &amp;daftar tunggu</translation>
    </message>
    <message>
        <source>They get the first place that frees up; the desk then tells them.</source>
        <translation>Klien mendapat tempat pertama yang kosong; resepsionis lalu mengabari mereka.</translation>
    </message>
    <message>
        <source>&amp;Book a place</source>
        <translation>Pesan &amp;tempat</translation>
    </message>
    <message>
        <source>Next: the payment (a pack&apos;s credit when they have one), then check-in.</source>
        <translation>Berikutnya: pembayaran (pakai kredit paket jika ada), lalu check-in.</translation>
    </message>
    <message>
        <source>{class_} · {fill} places</source>
        <translation>{class_} · {fill} tempat</translation>
    </message>
    <message>
        <source>Choose the client from the list, or tick “New client” and type their name.</source>
        <translation>Pilih klien dari daftar, atau centang “Klien baru” lalu ketik namanya.</translation>
    </message>
    <message>
        <source>The class is full: all {places} places are taken. Put {client} on its waitlist instead?</source>
        <translation>Kelas sudah penuh: semua {places} tempat sudah terisi. Masukkan {client} ke daftar tunggu saja?</translation>
    </message>
    <message>
        <source>The class is full: nobody was added.</source>
        <translation>Kelas sudah penuh: tidak ada yang ditambahkan.</translation>
    </message>
</context>
<context>
    <name>WebConflictCard</name>
    <message>
        <source>Open desk booking {booking_id}</source>
        <translation>Buka booking meja depan {booking_id}</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>The desk cannot open its database, so it cannot start.

{reason}

If the database is on a server, check that the server is on and this PC is on the studio&apos;s network, then start the desk again.</source>
        <translation>Meja depan tidak bisa membuka database-nya, jadi tidak bisa dimulai.

{reason}

Jika database ada di server, periksa bahwa server menyala dan PC ini terhubung ke jaringan studio, lalu mulai meja depan lagi.</translation>
    </message>
    <message>
        <source>The demo studio is ready. Sign in with a PIN: {pins}.</source>
        <translation>Studio demo sudah siap. Masuk dengan PIN: {pins}.</translation>
    </message>
</context>
<context>
    <name>attendance_page</name>
    <message>
        <source>Coach</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Classes held</source>
        <translation>Kelas diadakan</translation>
    </message>
    <message>
        <source>Places offered</source>
        <translation>Tempat tersedia</translation>
    </message>
    <message>
        <source>Places taken</source>
        <translation>Tempat terisi</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation>Check-in</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Fill rate</source>
        <translation>Tingkat isi</translation>
    </message>
    <message>
        <source>All classes</source>
        <translation>Semua kelas</translation>
    </message>
    <message>
        <source>Classes count on the day they start, once they have started; canceled classes are left out. Places taken are the places not canceled, no-shows included. The fill rate is the places taken out of the places offered.</source>
        <translation>Kelas dihitung pada hari mulainya, setelah kelas dimulai; kelas yang dibatalkan tidak dihitung. Tempat terisi adalah tempat yang tidak dibatalkan, termasuk yang tidak hadir. Tingkat isi adalah tempat terisi dibanding tempat yang tersedia.</translation>
    </message>
</context>
<context>
    <name>booking_details</name>
    <message>
        <source>Front desk</source>
        <translation>Meja depan</translation>
    </message>
    <message>
        <source>Web booking</source>
        <translation>Booking web</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Dibuat</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Marked done</source>
        <translation>Ditandai selesai</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Waktu tahan habis</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>Dipindah</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Waktu</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Perubahan</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Alasan</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Diterima oleh</translation>
    </message>
    <message>
        <source>Booked online</source>
        <translation>Dibooking online</translation>
    </message>
    <message>
        <source>On the web platform (#{number})</source>
        <translation>Ada di platform web (#{number})</translation>
    </message>
    <message>
        <source>On the web platform</source>
        <translation>Ada di platform web</translation>
    </message>
    <message>
        <source>Waiting to be sent to the web platform</source>
        <translation>Menunggu dikirim ke platform web</translation>
    </message>
    <message>
        <source>Mark {client}&apos;s {course} at {time} as done? This cannot be undone.</source>
        <translation>Tandai {course} {client} pukul {time} sebagai selesai? Tindakan ini tidak dapat dibatalkan.</translation>
    </message>
    <message>
        <source>Record that {client} did not come to {course} at {time}? The booking ends as done, marked as a no-show. This cannot be undone.</source>
        <translation>Catat bahwa {client} tidak datang ke {course} pukul {time}? Booking berakhir sebagai selesai, ditandai tidak hadir. Ini tidak bisa dibatalkan.</translation>
    </message>
    <message>
        <source>{action} (still {status})</source>
        <translation>{action} (tetap {status})</translation>
    </message>
</context>
<context>
    <name>booking_list</name>
    <message>
        <source>Bookings still on: {statuses}</source>
        <translation>Booking yang masih berjalan: {statuses}</translation>
    </message>
    <message>
        <source>No bookings match these filters</source>
        <translation>Tidak ada booking yang sesuai filter ini</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 booking</translation>
    </message>
    <message>
        <source>{count} bookings</source>
        <translation>{count} booking</translation>
    </message>
</context>
<context>
    <name>booking_packs</name>
    <message>
        <source>With pack #{pack}</source>
        <translation>Dengan paket #{pack}</translation>
    </message>
    <message>
        <source>Paid with membership #{pack} ({name}): {left}</source>
        <translation>Dibayar dengan keanggotaan #{pack} ({name}): {left}</translation>
    </message>
    <message>
        <source>Paid with pack #{pack} ({name}): {left}</source>
        <translation>Dibayar dengan paket #{pack} ({name}): {left}</translation>
    </message>
</context>
<context>
    <name>calendar_blocks</name>
    <message>
        <source>{fill} full</source>
        <translation>{fill} penuh</translation>
    </message>
    <message>
        <source>{count} waiting</source>
        <translation>{count} menunggu</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>{coach} (for {usual})</source>
        <translation>{coach} (menggantikan {usual})</translation>
    </message>
    <message>
        <source>&lt;b&gt;{course}&lt;/b&gt; · class&lt;br&gt;with {coach}{room}&lt;br&gt;{start}–{end} · {fill}&lt;br&gt;&lt;i&gt;Click for the roster&lt;/i&gt;</source>
        <translation>&lt;b&gt;{course}&lt;/b&gt; · kelas grup&lt;br&gt;bersama {coach}{room}&lt;br&gt;{start}–{end} · {fill}&lt;br&gt;&lt;i&gt;Klik untuk daftar hadir&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>client_fees</name>
    <message>
        <source>Owed</source>
        <translation>Terutang</translation>
    </message>
    <message>
        <source>Collected</source>
        <translation>Sudah dibayar</translation>
    </message>
    <message>
        <source>Waived</source>
        <translation>Dihapus</translation>
    </message>
    <message>
        <source>Kept from the payment</source>
        <translation>Diambil dari pembayaran</translation>
    </message>
</context>
<context>
    <name>client_history</name>
    <message>
        <source>refund {amount}</source>
        <translation>pengembalian dana {amount}</translation>
    </message>
</context>
<context>
    <name>client_packs</name>
    <message>
        <source>Open</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>Not started</source>
        <translation>Belum dimulai</translation>
    </message>
    <message>
        <source>Used up</source>
        <translation>Habis</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Kedaluwarsa</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ditutup</translation>
    </message>
    <message>
        <source>unlimited, {open} of {most} bookings open</source>
        <translation>tanpa batas, {open} dari {most} booking berjalan</translation>
    </message>
    <message>
        <source>{left} of {sessions} left</source>
        <translation>sisa {left} dari {sessions}</translation>
    </message>
    <message>
        <source>last day {day}</source>
        <translation>hari terakhir {day}</translation>
    </message>
</context>
<context>
    <name>coach_queue</name>
    <message>
        <source>Today</source>
        <translation>Hari ini</translation>
    </message>
    <message>
        <source>Tomorrow</source>
        <translation>Besok</translation>
    </message>
    <message>
        <source>{shown} of {total}</source>
        <translation>{shown} dari {total}</translation>
    </message>
    <message>
        <source>Arrows choose a booking, Enter does its action; double-click to see its details</source>
        <translation>Panah memilih booking, Enter menjalankan aksinya; klik dua kali untuk melihat detailnya</translation>
    </message>
</context>
<context>
    <name>csv_export</name>
    <message>
        <source>Booking no.</source>
        <translation>No. booking</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tanggal</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Mulai</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Harga</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Mata uang</translation>
    </message>
</context>
<context>
    <name>day_calendar</name>
    <message>
        <source>Not working</source>
        <translation>Libur</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Every payment and refund taken on these days (refunds as negative amounts).</source>
        <translation>Setiap pembayaran dan pengembalian dana pada tanggal-tanggal ini (pengembalian dana sebagai jumlah negatif).</translation>
    </message>
    <message>
        <source>Every booking whose session starts on these days, in every status.</source>
        <translation>Setiap booking yang sesinya dimulai pada tanggal-tanggal ini, dengan status apa pun.</translation>
    </message>
    <message>
        <source>1 payment line</source>
        <translation>1 baris pembayaran</translation>
    </message>
    <message>
        <source>{count} payment lines</source>
        <translation>{count} baris pembayaran</translation>
    </message>
    <message>
        <source>1 booking</source>
        <translation>1 booking</translation>
    </message>
    <message>
        <source>{count} bookings</source>
        <translation>{count} booking</translation>
    </message>
</context>
<context>
    <name>fees_lines</name>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Charged in these days: {charged} ({kept} of it kept from refunds). Collected: {collected}. Waived: {waived}. Owed now, whenever charged: {owed}.</source>
        <translation>Dikenakan pada hari-hari ini: {charged} ({kept} di antaranya diambil dari pengembalian). Sudah dibayar: {collected}. Dihapus: {waived}. Terutang sekarang, kapan pun dikenakan: {owed}.</translation>
    </message>
</context>
<context>
    <name>first_run</name>
    <message>
        <source>4 to 8 digits</source>
        <translation>4 sampai 8 angka</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Pending</source>
        <translation>Menunggu</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Lunas</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Dikonfirmasi</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Selesai</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Dibatalkan</translation>
    </message>
    <message>
        <source>&amp;Take payment…</source>
        <translation>&amp;Terima pembayaran…</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Konfirmasi</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Tandai &amp;selesai</translation>
    </message>
    <message>
        <source>&amp;No-show…</source>
        <translation>Tidak &amp;hadir…</translation>
    </message>
    <message>
        <source>Cancel &amp;booking…</source>
        <translation>&amp;Batalkan booking…</translation>
    </message>
    <message>
        <source>&amp;Reschedule…</source>
        <translation>&amp;Jadwal ulang…</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Tunai</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Kartu</translation>
    </message>
    <message>
        <source>Bank transfer</source>
        <translation>Transfer bank</translation>
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
        <translation>pemilik / admin</translation>
    </message>
    <message>
        <source>reception</source>
        <translation>resepsionis</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>pelatih</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Something went wrong and nothing was saved. Try again; if it happens again, tell the studio&apos;s owner (the details are in the desk&apos;s log).</source>
        <translation>Terjadi kesalahan dan tidak ada yang tersimpan. Coba lagi; jika terjadi lagi, beri tahu pemilik studio (detailnya ada di log aplikasi).</translation>
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
        <translation>{title} — {coach}, {minutes} mnt, {price}</translation>
    </message>
</context>
<context>
    <name>pack_choice</name>
    <message>
        <source>Membership #{pack}, {name}</source>
        <translation>Keanggotaan #{pack}, {name}</translation>
    </message>
    <message>
        <source>Pack #{pack}, {name}</source>
        <translation>Paket #{pack}, {name}</translation>
    </message>
    <message>
        <source>{left} left</source>
        <translation>sisa {left}</translation>
    </message>
    <message>
        <source>starts with its first session</source>
        <translation>mulai pada sesi pertamanya</translation>
    </message>
    <message>
        <source>until {day}</source>
        <translation>sampai {day}</translation>
    </message>
    <message>
        <source>{client} is booked for {session}. Paid with pack #{pack}.</source>
        <translation>{client} sudah dipesan untuk {session}. Dibayar dengan paket #{pack}.</translation>
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
        <translation>sejak pemakaian pertama</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Pack</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Terjual</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Hari terakhir</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Sisa</translation>
    </message>
    <message>
        <source>Value left</source>
        <translation>Nilai sisa</translation>
    </message>
    <message>
        <source>Booked, not done</source>
        <translation>Dipesan, belum selesai</translation>
    </message>
    <message>
        <source>Value booked</source>
        <translation>Nilai dipesan</translation>
    </message>
    <message>
        <source>Membership</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Sisa hari</translation>
    </message>
    <message>
        <source>Still owed at {when}: {total} ({left} in sessions not booked yet, {booked} in sessions booked but not done yet, {memberships} in days of memberships).</source>
        <translation>Masih terutang pada {when}: {total} ({left} dalam sesi yang belum dipesan, {booked} dalam sesi yang sudah dipesan tetapi belum selesai, {memberships} dalam hari keanggotaan).</translation>
    </message>
    <message>
        <source>Packs</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>Packs sold for</source>
        <translation>Nilai paket terjual</translation>
    </message>
    <message>
        <source>Memberships</source>
        <translation>Keanggotaan</translation>
    </message>
    <message>
        <source>Memberships sold for</source>
        <translation>Nilai keanggotaan terjual</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Hari</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Bulan</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telepon</translation>
    </message>
    <message>
        <source>Sessions left</source>
        <translation>Sisa sesi</translation>
    </message>
    <message>
        <source>membership</source>
        <translation>keanggotaan</translation>
    </message>
    <message>
        <source>Ended on</source>
        <translation>Berakhir pada</translation>
    </message>
    <message>
        <source>Credits</source>
        <translation>Kredit</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Nilai</translation>
    </message>
</context>
<context>
    <name>payments_csv</name>
    <message>
        <source>Refund</source>
        <translation>Pengembalian dana</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Payment no.</source>
        <translation>No. pembayaran</translation>
    </message>
    <message>
        <source>Taken at ({zone})</source>
        <translation>Diterima pada ({zone})</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Amount ({currency})</source>
        <translation>Jumlah ({currency})</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Booking no.</source>
        <translation>No. booking</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Diterima oleh</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>The {what} could not be saved to {path}. Choose another folder.</source>
        <translation>Gagal menyimpan {what} ke {path}. Pilih folder lain.</translation>
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
        <translation>Pemesanan {number}</translation>
    </message>
    <message>
        <source>Receipt no.</source>
        <translation>No. struk</translation>
    </message>
    <message>
        <source>Paid on</source>
        <translation>Dibayar pada</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Klien</translation>
    </message>
    <message>
        <source>Course</source>
        <translation>Kelas</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sesi</translation>
    </message>
    <message>
        <source>Booking no.</source>
        <translation>No. booking</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>{amount} (no charge)</source>
        <translation>{amount} (gratis)</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Untuk</translation>
    </message>
    <message>
        <source>Price before tax</source>
        <translation>Harga sebelum pajak</translation>
    </message>
    <message>
        <source>Tax base (DPP 11/12)</source>
        <translation>Dasar pengenaan pajak (DPP 11/12)</translation>
    </message>
    <message>
        <source>{tax} {rate}% (included)</source>
        <translation>{tax} {rate}% (sudah termasuk)</translation>
    </message>
    <message>
        <source>Paid by</source>
        <translation>Dibayar dengan</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referensi</translation>
    </message>
    <message>
        <source>Cash given</source>
        <translation>Uang diterima</translation>
    </message>
    <message>
        <source>Change given</source>
        <translation>Kembalian</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Diterima oleh</translation>
    </message>
    <message>
        <source>Refunded on {day}</source>
        <translation>Dikembalikan pada {day}</translation>
    </message>
    <message>
        <source>Phone {number}</source>
        <translation>Telp. {number}</translation>
    </message>
    <message>
        <source>NPWP {number}</source>
        <translation>NPWP {number}</translation>
    </message>
    <message>
        <source>Payment receipt</source>
        <translation>Struk pembayaran</translation>
    </message>
    <message>
        <source>COPY</source>
        <translation>SALINAN</translation>
    </message>
    <message>
        <source>Print receipt</source>
        <translation>Cetak struk</translation>
    </message>
    <message>
        <source>receipt</source>
        <translation>struk</translation>
    </message>
</context>
<context>
    <name>report_documents</name>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Diterima</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Dikembalikan</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pembayaran</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Pengembalian</translation>
    </message>
    <message>
        <source>Coach</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Sessions done</source>
        <translation>Sesi selesai</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Menit</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Pendapatan</translation>
    </message>
    <message>
        <source>Cancellations</source>
        <translation>Pembatalan</translation>
    </message>
    <message>
        <source>No-shows</source>
        <translation>Tidak hadir</translation>
    </message>
    <message>
        <source>Not yet marked</source>
        <translation>Belum ditandai</translation>
    </message>
    <message>
        <source>With a pack</source>
        <translation>Dengan paket</translation>
    </message>
    <message>
        <source>With a membership</source>
        <translation>Dengan keanggotaan</translation>
    </message>
    <message>
        <source>Sessions count on the day they start. Earned is the price, as sold, of the sessions done and of the no-shows. A no-show is recorded by the coach or an admin; a paid or confirmed session that ended without being marked is not yet marked.</source>
        <translation>Sesi dihitung pada hari mulainya. Pendapatan adalah harga saat dijual dari sesi yang selesai dan dari yang tidak hadir. Ketidakhadiran dicatat oleh pelatih atau admin; sesi yang sudah dibayar atau dikonfirmasi dan berakhir tanpa ditandai dihitung sebagai belum ditandai.</translation>
    </message>
    <message>
        <source>A group class counts its minutes once for its coach, however many clients came.</source>
        <translation>Menit sebuah kelas grup dihitung satu kali untuk pelatihnya, berapa pun klien yang datang.</translation>
    </message>
    <message>
        <source>Sessions paid with a pack count at the pack&apos;s price per session; membership sessions at no price.</source>
        <translation>Sesi yang dibayar dengan paket dihitung dengan harga paket per sesi; sesi keanggotaan tanpa harga.</translation>
    </message>
    <message>
        <source>Refunds by a method that did not take the money (an admin&apos;s reason each)</source>
        <translation>Pengembalian dana lewat metode yang tidak dipakai untuk membayar (masing-masing dengan alasan admin)</translation>
    </message>
    <message>
        <source>{time} · {what} ({name}, pack #{pack})</source>
        <translation>{time} · {what} ({name}, paket #{pack})</translation>
    </message>
    <message>
        <source>{time} · {what} ({name}, booking {booking})</source>
        <translation>{time} · {what} ({name}, booking {booking})</translation>
    </message>
    <message>
        <source>The till was not closed on this day.</source>
        <translation>Kas tidak ditutup pada hari ini.</translation>
    </message>
    <message>
        <source>Not closed yet today: the next closing counts everything since the last one.</source>
        <translation>Belum ditutup hari ini: penutupan berikutnya menghitung semua sejak penutupan terakhir.</translation>
    </message>
    <message>
        <source>Last closed by {name} on {date} at {time}. Money taken since belongs to the next closing.</source>
        <translation>Terakhir ditutup oleh {name} pada {date} pukul {time}. Uang yang diterima sejak itu masuk penutupan berikutnya.</translation>
    </message>
    <message>
        <source>Closed at</source>
        <translation>Ditutup pukul</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Oleh</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Seharusnya</translation>
    </message>
    <message>
        <source>Counted</source>
        <translation>Dihitung</translation>
    </message>
    <message>
        <source>All closings</source>
        <translation>Semua penutupan</translation>
    </message>
    <message>
        <source>Cash expected in the till now</source>
        <translation>Uang tunai yang seharusnya ada di kas sekarang</translation>
    </message>
    <message>
        <source>{amount} (not closed yet)</source>
        <translation>{amount} (belum ditutup)</translation>
    </message>
    <message>
        <source>Till</source>
        <translation>Kas</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Printed {date} at {time} ({zone}). Amounts in {currency}.</source>
        <translation>Dicetak {date} pukul {time} ({zone}). Jumlah dalam {currency}.</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Tunai dihitung</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Selisih</translation>
    </message>
    <message>
        <source>Day&apos;s takings</source>
        <translation>Pendapatan harian</translation>
    </message>
    <message>
        <source>{start} to {end}</source>
        <translation>{start} sampai {end}</translation>
    </message>
    <message>
        <source>Coach report</source>
        <translation>Laporan pelatih</translation>
    </message>
</context>
<context>
    <name>services</name>
    <message>
        <source>The end of the hours must be after their start.</source>
        <translation>Jam selesai harus setelah jam mulai.</translation>
    </message>
    <message>
        <source>Coach not found</source>
        <translation>Pelatih tidak ditemukan</translation>
    </message>
    <message>
        <source>Course not found</source>
        <translation>Kursus tidak ditemukan</translation>
    </message>
    <message>
        <source>Web</source>
        <translation>Web</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistem</translation>
    </message>
    <message>
        <source>Cannot sort by {sort}.</source>
        <translation>Tidak dapat mengurutkan menurut {sort}.</translation>
    </message>
    <message>
        <source>Ask for 1 to {most} bookings from a position of 0 or more.</source>
        <translation>Minta 1 sampai {most} booking, mulai dari posisi 0 atau lebih.</translation>
    </message>
    <message>
        <source>Choose the statuses to list among pending, paid, confirmed, done and canceled.</source>
        <translation>Pilih status yang ditampilkan di antara menunggu, dibayar, dikonfirmasi, selesai, dan dibatalkan.</translation>
    </message>
    <message>
        <source>Booking not found</source>
        <translation>Booking tidak ditemukan</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a booking number.</source>
        <translation>&apos;{value}&apos; bukan nomor booking.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a client number.</source>
        <translation>&apos;{value}&apos; bukan nomor klien.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a coach number.</source>
        <translation>&apos;{value}&apos; bukan nomor pelatih.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a course number.</source>
        <translation>&apos;{value}&apos; bukan nomor kelas.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a staff number.</source>
        <translation>&apos;{value}&apos; bukan nomor staf.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web coach number.</source>
        <translation>&apos;{value}&apos; bukan nomor pelatih web.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a web course number.</source>
        <translation>&apos;{value}&apos; bukan nomor kelas web.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time off number.</source>
        <translation>&apos;{value}&apos; bukan nomor cuti.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an extra hours number.</source>
        <translation>&apos;{value}&apos; bukan nomor jam tambahan.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a holiday number.</source>
        <translation>&apos;{value}&apos; bukan nomor hari libur.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a pack number.</source>
        <translation>&apos;{value}&apos; bukan nomor paket.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a product number.</source>
        <translation>&apos;{value}&apos; bukan nomor produk.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a fee number.</source>
        <translation>&apos;{value}&apos; bukan nomor denda.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a class number.</source>
        <translation>&apos;{value}&apos; bukan nomor kelas.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a room number.</source>
        <translation>&apos;{value}&apos; bukan nomor ruangan.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a timetable line number.</source>
        <translation>&apos;{value}&apos; bukan nomor baris jadwal.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a waitlist entry number.</source>
        <translation>&apos;{value}&apos; bukan nomor daftar tunggu.</translation>
    </message>
    <message>
        <source>{course} is a group class: book a place in one of its classes on the calendar.</source>
        <translation>{course} adalah kelas grup: pesan tempat di salah satu jadwal kelasnya di kalender.</translation>
    </message>
    <message>
        <source>Choose one client: someone from the list or a new client.</source>
        <translation>Pilih satu klien: seseorang dari daftar atau klien baru.</translation>
    </message>
    <message>
        <source>This course is no longer offered.</source>
        <translation>Kelas ini sudah tidak ditawarkan.</translation>
    </message>
    <message>
        <source>Client not found</source>
        <translation>Klien tidak ditemukan</translation>
    </message>
    <message>
        <source>That coach no longer takes bookings.</source>
        <translation>Pelatih itu sudah tidak menerima booking.</translation>
    </message>
    <message>
        <source>The booking is already at that time.</source>
        <translation>Booking ini sudah dijadwalkan pada waktu itu.</translation>
    </message>
    <message>
        <source>Moved from {start} with {coach}. {note}</source>
        <translation>Dipindah dari {start} bersama {coach}. {note}</translation>
    </message>
    <message>
        <source>Moved from {start} with {coach}</source>
        <translation>Dipindah dari {start} bersama {coach}</translation>
    </message>
    <message>
        <source>Moved from {start}. {note}</source>
        <translation>Dipindah dari {start}. {note}</translation>
    </message>
    <message>
        <source>Moved from {start}</source>
        <translation>Dipindah dari {start}</translation>
    </message>
    <message>
        <source>The till matches.</source>
        <translation>Isi laci kas sesuai.</translation>
    </message>
    <message>
        <source>The till is {amount} over.</source>
        <translation>Laci kas lebih {amount}.</translation>
    </message>
    <message>
        <source>The till is {amount} short.</source>
        <translation>Laci kas kurang {amount}.</translation>
    </message>
    <message>
        <source>Another coach is already linked to web coach {web_id}.</source>
        <translation>Pelatih web {web_id} sudah terhubung dengan pelatih lain.</translation>
    </message>
    <message>
        <source>The duration must be a whole number of minutes.</source>
        <translation>Durasi harus berupa bilangan bulat dalam menit.</translation>
    </message>
    <message>
        <source>The duration must be between {low} and {high} minutes.</source>
        <translation>Durasi harus antara {low} dan {high} menit.</translation>
    </message>
    <message>
        <source>The buffer must be a whole number of minutes.</source>
        <translation>Waktu jeda harus berupa bilangan bulat dalam menit.</translation>
    </message>
    <message>
        <source>The buffer must be between {low} and {high} minutes.</source>
        <translation>Waktu jeda harus antara {low} dan {high} menit.</translation>
    </message>
    <message>
        <source>Another course is already linked to web course {web_id}.</source>
        <translation>Kursus lain sudah ditautkan ke kursus web {web_id}.</translation>
    </message>
    <message>
        <source>A group class stays at the desk: the web platform sells only private sessions. Leave the web course empty, or keep the capacity at 1.</source>
        <translation>Kelas grup hanya ada di meja resepsionis: platform web hanya menjual sesi privat. Kosongkan kursus web, atau biarkan kapasitasnya 1.</translation>
    </message>
    <message>
        <source>The course has sessions booked or classes to come, so it cannot switch between private sessions and a group class now. Make a new course instead.</source>
        <translation>Kursus ini masih punya sesi yang dipesan atau kelas yang akan datang, jadi belum bisa diubah antara sesi privat dan kelas grup. Buat kursus baru saja.</translation>
    </message>
    <message>
        <source>The capacity must be a whole number of people.</source>
        <translation>Kapasitas harus berupa jumlah orang (bilangan bulat).</translation>
    </message>
    <message>
        <source>The capacity must be between {low} and {high} people.</source>
        <translation>Kapasitas harus antara {low} dan {high} orang.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not look like a phone number. Use digits, like 0812 3456 7890.</source>
        <translation>&apos;{value}&apos; sepertinya bukan nomor telepon. Gunakan angka, misalnya 0812 3456 7890.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; does not look like an email address.</source>
        <translation>&apos;{value}&apos; sepertinya bukan alamat email.</translation>
    </message>
    <message>
        <source>Enter the database: a postgresql:// address, or a SQLite file&apos;s path.</source>
        <translation>Masukkan database: alamat postgresql://, atau lokasi berkas SQLite.</translation>
    </message>
    <message>
        <source>The database address must be text.</source>
        <translation>Alamat database harus berupa teks.</translation>
    </message>
    <message>
        <source>The database address is empty. Give a SQLite file&apos;s path or a postgresql:// address.</source>
        <translation>Alamat database kosong. Isi dengan lokasi berkas SQLite atau alamat postgresql://.</translation>
    </message>
    <message>
        <source>That is not a database address. It looks like postgresql://desk@db-server/studio.</source>
        <translation>Itu bukan alamat database. Bentuknya seperti postgresql://desk@db-server/studio.</translation>
    </message>
    <message>
        <source>The desk works with PostgreSQL or a SQLite file.</source>
        <translation>Meja depan bekerja dengan PostgreSQL atau berkas SQLite.</translation>
    </message>
    <message>
        <source>The address {address} names no database. Put the database&apos;s name after the server, like postgresql://desk@db-server/studio.</source>
        <translation>Alamat {address} tidak menyebut nama database. Tulis nama database setelah server, seperti postgresql://desk@db-server/studio.</translation>
    </message>
    <message>
        <source>The address {address} names no database file. Give the SQLite file&apos;s path.</source>
        <translation>Alamat {address} tidak menyebut berkas database. Isi dengan lokasi berkas SQLite.</translation>
    </message>
    <message>
        <source>A database in memory is gone when the desk closes, with everything in it. Give a SQLite file&apos;s path instead.</source>
        <translation>Database di memori hilang beserta seluruh isinya saat meja depan ditutup. Isi dengan lokasi berkas SQLite sebagai gantinya.</translation>
    </message>
    <message>
        <source>There is no folder {folder}. Is there a typo in the database file&apos;s path?</source>
        <translation>Folder {folder} tidak ada. Apakah ada salah ketik di lokasi berkas database?</translation>
    </message>
    <message>
        <source>{folder} is a file, not a folder. Is there a typo in the database file&apos;s path?</source>
        <translation>{folder} adalah berkas, bukan folder. Apakah ada salah ketik di lokasi berkas database?</translation>
    </message>
    <message>
        <source>{path} is a folder. Give the database file&apos;s name inside it, like {example}.</source>
        <translation>{path} adalah folder. Tulis nama berkas database di dalamnya, seperti {example}.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be made: {reason}.</source>
        <translation>Folder {folder} tidak dapat dibuat: {reason}.</translation>
    </message>
    <message>
        <source>The server&apos;s port must be a number from 1 to 65535, like postgresql://desk@db-server:5432/studio.</source>
        <translation>Port server harus berupa angka dari 1 sampai 65535, misalnya postgresql://desk@db-server:5432/studio.</translation>
    </message>
    <message>
        <source>The path {path} cannot hold the database file: {reason}.</source>
        <translation>Lokasi {path} tidak dapat dipakai untuk berkas database: {reason}.</translation>
    </message>
    <message>
        <source>There is no folder {folder}. Is there a typo in the database file&apos;s path? If not, make the folder first.</source>
        <translation>Folder {folder} tidak ada. Apakah ada salah ketik di lokasi berkas database? Jika tidak, buat foldernya terlebih dahulu.</translation>
    </message>
    <message>
        <source>This database file is on a network share ({share}). SQLite files are not safe to share between PCs; use PostgreSQL for several desks.</source>
        <translation>Berkas database ini ada di folder jaringan ({share}). Berkas SQLite tidak aman dipakai bersama oleh beberapa PC; gunakan PostgreSQL untuk beberapa meja depan.</translation>
    </message>
    <message>
        <source>Leave the password out of the address and type it in the password field: it is kept in this computer&apos;s password store, never in a file.</source>
        <translation>Jangan cantumkan kata sandi di alamat; ketik di kolom kata sandi: kata sandi disimpan di penyimpanan kata sandi komputer ini, tidak pernah di berkas.</translation>
    </message>
    <message>
        <source>The password must be text.</source>
        <translation>Kata sandi harus berupa teks.</translation>
    </message>
    <message>
        <source>The password contains invisible control characters.</source>
        <translation>Kata sandi berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>A SQLite file at {path}: the desk makes it if it is not there yet.</source>
        <translation>Berkas SQLite di {path}: aplikasi membuatnya bila belum ada.</translation>
    </message>
    <message>
        <source>Could not connect: {reason}</source>
        <translation>Tidak dapat terhubung: {reason}</translation>
    </message>
    <message>
        <source>Connected to PostgreSQL {version} at {where}.</source>
        <translation>Terhubung ke PostgreSQL {version} di {where}.</translation>
    </message>
    <message>
        <source>A SQLite file has no password.</source>
        <translation>Berkas SQLite tidak memakai kata sandi.</translation>
    </message>
    <message>
        <source>This computer has no password store to keep the database password in. Leave it empty here and put it in PGPASSWORD or ~/.pgpass where the desk starts.</source>
        <translation>Komputer ini tidak memiliki penyimpanan kata sandi untuk menyimpan kata sandi database. Kosongkan di sini dan simpan di PGPASSWORD atau ~/.pgpass di komputer tempat meja depan dijalankan.</translation>
    </message>
    <message>
        <source>This database already has a studio in it.</source>
        <translation>Database ini sudah berisi sebuah studio.</translation>
    </message>
    <message>
        <source>Give the coach a PIN of their own, different from yours.</source>
        <translation>Beri pelatih PIN sendiri yang berbeda dari PIN Anda.</translation>
    </message>
    <message>
        <source>The coach&apos;s hours must end after they start.</source>
        <translation>Jam kerja pelatih harus berakhir setelah jam mulainya.</translation>
    </message>
    <message>
        <source>hold expired</source>
        <translation>waktu tahan habis</translation>
    </message>
    <message>
        <source>{why} — {what}</source>
        <translation>{why} — {what}</translation>
    </message>
    <message>
        <source>By the studio&apos;s rules at most {allowed} can be refunded: {what}</source>
        <translation>Menurut aturan studio, paling banyak {allowed} dapat dikembalikan: {what}</translation>
    </message>
    <message>
        <source>Choose a refund or &apos;no refund&apos;.</source>
        <translation>Pilih pengembalian dana atau &apos;tanpa pengembalian dana&apos;.</translation>
    </message>
    <message>
        <source>Say whether the cancel was shown as late: yes or no.</source>
        <translation>Sebutkan apakah pembatalan ditampilkan sebagai terlambat: ya atau tidak.</translation>
    </message>
    <message>
        <source>This booking has {paid} paid. Choose a refund or &apos;no refund&apos; before canceling.</source>
        <translation>Booking ini sudah dibayar {paid}. Pilih pengembalian dana atau &apos;tanpa pengembalian dana&apos; sebelum membatalkan.</translation>
    </message>
    <message>
        <source>The refund cannot be more than what was paid ({paid}).</source>
        <translation>Pengembalian dana tidak boleh lebih dari jumlah yang dibayar ({paid}).</translation>
    </message>
    <message>
        <source>{why} (no refund)</source>
        <translation>{why} (tanpa pengembalian dana)</translation>
    </message>
    <message>
        <source>Nothing was paid for this booking, so there is nothing to refund.</source>
        <translation>Belum ada pembayaran untuk booking ini, jadi tidak ada dana yang perlu dikembalikan.</translation>
    </message>
    <message>
        <source>A refund of nothing is &apos;no refund&apos;: choose that instead.</source>
        <translation>Pengembalian dana sebesar nol sama dengan &apos;tanpa pengembalian dana&apos;: pilih itu saja.</translation>
    </message>
    <message>
        <source>Enter the reference of the card payment (the number on the slip or in the transfer).</source>
        <translation>Masukkan referensi pembayaran kartu (nomor di slip atau di bukti transfer).</translation>
    </message>
    <message>
        <source>Enter the reference of the bank transfer payment (the number on the slip or in the transfer).</source>
        <translation>Masukkan referensi pembayaran transfer bank (nomor di slip atau di bukti transfer).</translation>
    </message>
    <message>
        <source>Enter the reference of the QRIS payment (the number on the slip or in the transfer).</source>
        <translation>Masukkan referensi pembayaran QRIS (nomor di slip atau di bukti transfer).</translation>
    </message>
    <message>
        <source>Enter the reference of the e-wallet payment (the number on the slip or in the transfer).</source>
        <translation>Masukkan referensi pembayaran e-wallet (nomor di slip atau di bukti transfer).</translation>
    </message>
    <message>
        <source>The amount cannot be negative.</source>
        <translation>Jumlah tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The amount is larger than any price at the studio.</source>
        <translation>Jumlah ini lebih besar daripada harga apa pun di studio.</translation>
    </message>
    <message>
        <source>The cash given cannot be negative.</source>
        <translation>Uang tunai yang diberikan tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The cash given is larger than any price at the studio.</source>
        <translation>Uang tunai yang diberikan lebih besar daripada harga apa pun di studio.</translation>
    </message>
    <message>
        <source>The counted cash cannot be negative.</source>
        <translation>Uang tunai yang dihitung tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The counted cash is larger than any price at the studio.</source>
        <translation>Uang tunai yang dihitung lebih besar daripada harga apa pun di studio.</translation>
    </message>
    <message>
        <source>The refund cannot be negative.</source>
        <translation>Jumlah pengembalian dana tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The refund is larger than any price at the studio.</source>
        <translation>Jumlah pengembalian dana lebih besar daripada harga apa pun di studio.</translation>
    </message>
    <message>
        <source>The price cannot be negative.</source>
        <translation>Harga tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The price is larger than any price at the studio.</source>
        <translation>Harga ini lebih besar daripada harga apa pun di studio.</translation>
    </message>
    <message>
        <source>The float must be a number, like {example}.</source>
        <translation>Modal awal harus berupa angka, misalnya {example}.</translation>
    </message>
    <message>
        <source>The float cannot be negative.</source>
        <translation>Modal awal tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The float is larger than any amount at the studio.</source>
        <translation>Modal awal lebih besar dari jumlah mana pun di studio.</translation>
    </message>
    <message>
        <source>The fee must be a number, like {example}.</source>
        <translation>Denda harus berupa angka, seperti {example}.</translation>
    </message>
    <message>
        <source>The fee cannot be negative.</source>
        <translation>Denda tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The fee is larger than any price at the studio.</source>
        <translation>Denda lebih besar dari harga apa pun di studio.</translation>
    </message>
    <message>
        <source>The pay-out must be a number, like {example}.</source>
        <translation>Pengeluaran harus berupa angka, misalnya {example}.</translation>
    </message>
    <message>
        <source>The pay-out cannot be negative.</source>
        <translation>Pengeluaran tidak boleh negatif.</translation>
    </message>
    <message>
        <source>The pay-out is larger than any amount at the studio.</source>
        <translation>Pengeluaran lebih besar dari jumlah mana pun di studio.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a kind of amount.</source>
        <translation>&apos;{value}&apos; bukan jenis jumlah uang.</translation>
    </message>
    <message>
        <source>The cash given is only for cash payments; clear it or choose cash.</source>
        <translation>Uang tunai yang diberikan hanya untuk pembayaran tunai; kosongkan atau pilih tunai.</translation>
    </message>
    <message>
        <source>The amount must be a number, like {example}.</source>
        <translation>Jumlah harus berupa angka, seperti {example}.</translation>
    </message>
    <message>
        <source>cash</source>
        <translation>tunai</translation>
    </message>
    <message>
        <source>card</source>
        <translation>kartu</translation>
    </message>
    <message>
        <source>bank transfer</source>
        <translation>transfer bank</translation>
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
        <translation>Uang tunai yang diberikan harus berupa angka, seperti {example}.</translation>
    </message>
    <message>
        <source>The counted cash must be a number, like {example}.</source>
        <translation>Uang tunai yang dihitung harus berupa angka, seperti {example}.</translation>
    </message>
    <message>
        <source>The refund must be a number, like {example}.</source>
        <translation>Jumlah pengembalian dana harus berupa angka, seperti {example}.</translation>
    </message>
    <message>
        <source>The price must be a number, like {example}.</source>
        <translation>Harga harus berupa angka, seperti {example}.</translation>
    </message>
    <message>
        <source>Choose how the client paid: cash, card, bank transfer, QRIS or e-wallet.</source>
        <translation>Pilih cara klien membayar: tunai, kartu, transfer bank, QRIS, atau e-wallet.</translation>
    </message>
    <message>
        <source>The cash given is less than the amount to pay.</source>
        <translation>Uang tunai yang diberikan kurang dari jumlah yang harus dibayar.</translation>
    </message>
    <message>
        <source>The amount cannot be more than the price ({price}). Give change for the rest.</source>
        <translation>Jumlah tidak boleh melebihi harga ({price}). Berikan kembalian untuk sisanya.</translation>
    </message>
    <message>
        <source>Enter the amount paid.</source>
        <translation>Masukkan jumlah yang dibayar.</translation>
    </message>
    <message>
        <source>No charge</source>
        <translation>Tanpa biaya</translation>
    </message>
    <message>
        <source>Paid {paid} of {price}</source>
        <translation>Dibayar {paid} dari {price}</translation>
    </message>
    <message>
        <source>Only the front desk can make bookings.</source>
        <translation>Hanya meja depan yang dapat membuat booking.</translation>
    </message>
    <message>
        <source>Only the front desk can take payments.</source>
        <translation>Hanya meja depan yang dapat menerima pembayaran.</translation>
    </message>
    <message>
        <source>Only the booking&apos;s coach or an admin can confirm it.</source>
        <translation>Hanya pelatih booking ini atau admin yang dapat mengonfirmasinya.</translation>
    </message>
    <message>
        <source>Only the booking&apos;s coach or an admin can mark it done.</source>
        <translation>Hanya pelatih booking ini atau admin yang dapat menandainya selesai.</translation>
    </message>
    <message>
        <source>Only the booking&apos;s coach or an admin can record a no-show.</source>
        <translation>Hanya pelatih booking ini atau admin yang bisa mencatat ketidakhadiran.</translation>
    </message>
    <message>
        <source>Only the front desk or the booking&apos;s coach can cancel it.</source>
        <translation>Hanya meja depan atau pelatih booking ini yang dapat membatalkannya.</translation>
    </message>
    <message>
        <source>Only the front desk can move a booking.</source>
        <translation>Hanya meja depan yang dapat menjadwalkan ulang booking.</translation>
    </message>
    <message>
        <source>Only the system releases expired holds.</source>
        <translation>Hanya sistem yang melepas booking yang waktu tahannya sudah habis.</translation>
    </message>
    <message>
        <source>Only an admin can add coaches.</source>
        <translation>Hanya admin yang dapat menambahkan pelatih.</translation>
    </message>
    <message>
        <source>Only an admin can add courses.</source>
        <translation>Hanya admin yang dapat menambahkan kelas.</translation>
    </message>
    <message>
        <source>Only an admin can change coaches.</source>
        <translation>Hanya admin yang bisa mengubah pelatih.</translation>
    </message>
    <message>
        <source>Only an admin can change courses.</source>
        <translation>Hanya admin yang bisa mengubah kursus.</translation>
    </message>
    <message>
        <source>Only an admin can add products.</source>
        <translation>Hanya admin yang dapat menambahkan produk.</translation>
    </message>
    <message>
        <source>Only an admin can change products.</source>
        <translation>Hanya admin yang dapat mengubah produk.</translation>
    </message>
    <message>
        <source>Only an admin can set the cancellation rules.</source>
        <translation>Hanya admin yang dapat mengatur aturan pembatalan.</translation>
    </message>
    <message>
        <source>Only an admin can waive fees.</source>
        <translation>Hanya admin yang dapat menghapus denda.</translation>
    </message>
    <message>
        <source>Only an admin can add rooms.</source>
        <translation>Hanya admin yang dapat menambah ruangan.</translation>
    </message>
    <message>
        <source>Only an admin can change rooms.</source>
        <translation>Hanya admin yang dapat mengubah ruangan.</translation>
    </message>
    <message>
        <source>Only an admin can change the timetable.</source>
        <translation>Hanya admin yang dapat mengubah jadwal kelas.</translation>
    </message>
    <message>
        <source>Only an admin can cancel a class.</source>
        <translation>Hanya admin yang dapat membatalkan kelas.</translation>
    </message>
    <message>
        <source>Only an admin can add people to the desk.</source>
        <translation>Hanya admin yang dapat menambahkan staf baru.</translation>
    </message>
    <message>
        <source>Only an admin can look after the people who use the desk.</source>
        <translation>Hanya admin yang dapat mengelola orang-orang yang memakai meja ini.</translation>
    </message>
    <message>
        <source>Only an admin can set the coaches&apos; hours.</source>
        <translation>Hanya admin yang dapat mengatur jam kerja pelatih.</translation>
    </message>
    <message>
        <source>Only an admin can set the studio&apos;s holidays.</source>
        <translation>Hanya admin yang dapat mengatur hari libur studio.</translation>
    </message>
    <message>
        <source>Only an admin can change the studio&apos;s settings.</source>
        <translation>Hanya admin yang dapat mengubah pengaturan studio.</translation>
    </message>
    <message>
        <source>Only an admin can set up the web sync.</source>
        <translation>Hanya admin yang dapat mengatur sinkronisasi web.</translation>
    </message>
    <message>
        <source>Only an admin can export payments and bookings.</source>
        <translation>Hanya admin yang bisa mengekspor pembayaran dan booking.</translation>
    </message>
    <message>
        <source>Only an admin can merge clients.</source>
        <translation>Hanya admin yang dapat menggabungkan klien.</translation>
    </message>
    <message>
        <source>Only an admin can import clients.</source>
        <translation>Hanya admin yang dapat mengimpor klien.</translation>
    </message>
    <message>
        <source>Only an admin can freeze a pack or membership.</source>
        <translation>Hanya admin yang dapat membekukan paket atau keanggotaan.</translation>
    </message>
    <message>
        <source>Only an admin can change the sessions left on a pack.</source>
        <translation>Hanya admin yang dapat mengubah sisa sesi sebuah paket.</translation>
    </message>
    <message>
        <source>Only an admin can refund a pack for another amount than the desk works out.</source>
        <translation>Hanya admin yang dapat mengembalikan dana paket dengan jumlah selain yang dihitung meja depan.</translation>
    </message>
    <message>
        <source>Only the front desk can close the day.</source>
        <translation>Hanya meja depan yang dapat menutup rekap kas harian.</translation>
    </message>
    <message>
        <source>Only the front desk can change a client&apos;s details.</source>
        <translation>Hanya meja depan yang dapat mengubah data klien.</translation>
    </message>
    <message>
        <source>Only the front desk can see the studio&apos;s takings and the till.</source>
        <translation>Hanya meja depan yang bisa melihat pendapatan studio dan kas.</translation>
    </message>
    <message>
        <source>Only the front desk can put money in the till.</source>
        <translation>Hanya meja depan yang bisa memasukkan uang ke kas.</translation>
    </message>
    <message>
        <source>Only the front desk can take money out of the till.</source>
        <translation>Hanya meja depan yang bisa mengambil uang dari kas.</translation>
    </message>
    <message>
        <source>Only the front desk can send a booking to the web platform again.</source>
        <translation>Hanya meja depan yang dapat mengirim ulang booking ke platform web.</translation>
    </message>
    <message>
        <source>Only the front desk can decide about the web platform.</source>
        <translation>Hanya meja depan yang dapat mengambil keputusan terkait platform web.</translation>
    </message>
    <message>
        <source>Only the front desk can print a receipt again.</source>
        <translation>Hanya meja depan yang dapat mencetak ulang struk.</translation>
    </message>
    <message>
        <source>Only the front desk can see the reports of packs and memberships.</source>
        <translation>Hanya meja depan yang dapat melihat laporan paket dan keanggotaan.</translation>
    </message>
    <message>
        <source>Only the front desk can refund a pack or membership.</source>
        <translation>Hanya meja depan yang dapat mengembalikan dana paket atau keanggotaan.</translation>
    </message>
    <message>
        <source>Only the front desk can see the waitlists.</source>
        <translation>Hanya resepsionis yang dapat melihat daftar tunggu.</translation>
    </message>
    <message>
        <source>Only the front desk can tell clients about their place.</source>
        <translation>Hanya resepsionis yang dapat memberi tahu klien tentang tempatnya.</translation>
    </message>
    <message>
        <source>Only an admin sees the report of every coach; a coach sees their own.</source>
        <translation>Hanya admin yang melihat laporan semua pelatih; pelatih melihat laporannya sendiri.</translation>
    </message>
    <message>
        <source>A PIN is {fewest} to {most} digits.</source>
        <translation>PIN terdiri dari {fewest} sampai {most} angka.</translation>
    </message>
    <message>
        <source>All coaches</source>
        <translation>Semua pelatih</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Tanggal terakhir lebih awal daripada tanggal pertama.</translation>
    </message>
    <message>
        <source>Choose at most a year at a time.</source>
        <translation>Pilih rentang paling lama satu tahun.</translation>
    </message>
    <message>
        <source>That time has already passed. Pick a time from now on.</source>
        <translation>Waktu itu sudah lewat. Pilih waktu mulai dari sekarang.</translation>
    </message>
    <message>
        <source>The coach is not available on that day. Pick another day.</source>
        <translation>Pelatih tidak tersedia pada hari itu. Pilih hari lain.</translation>
    </message>
    <message>
        <source>The session must fit within the coach&apos;s hours that day ({hours}).</source>
        <translation>Sesi harus berada dalam jam kerja pelatih pada hari itu ({hours}).</translation>
    </message>
    <message>
        <source>Whether an unpaid fee blocks new bookings must be yes or no.</source>
        <translation>Apakah denda yang belum dibayar memblokir booking baru harus ya atau tidak.</translation>
    </message>
    <message>
        <source>Whether a paid place in a class is confirmed at once must be yes or no.</source>
        <translation>Apakah tempat kelas yang sudah dibayar langsung dikonfirmasi harus ya atau tidak.</translation>
    </message>
    <message>
        <source>The booking step must be a whole number of minutes.</source>
        <translation>Interval booking harus berupa bilangan bulat dalam menit.</translation>
    </message>
    <message>
        <source>The hold time must be a whole number of minutes.</source>
        <translation>Waktu tahan harus berupa bilangan bulat dalam menit.</translation>
    </message>
    <message>
        <source>The minutes before the desk locks must be a whole number.</source>
        <translation>Menit sebelum meja terkunci harus bilangan bulat.</translation>
    </message>
    <message>
        <source>The tax rate must be a whole number of percent.</source>
        <translation>Tarif pajak harus berupa bilangan bulat persen.</translation>
    </message>
    <message>
        <source>The waitlist&apos;s cut-off must be a whole number of minutes.</source>
        <translation>Batas waktu daftar tunggu harus berupa jumlah menit (bilangan bulat).</translation>
    </message>
    <message>
        <source>The time a promoted client has to pay must be a whole number of minutes.</source>
        <translation>Waktu bayar untuk klien dari daftar tunggu harus berupa jumlah menit (bilangan bulat).</translation>
    </message>
    <message>
        <source>The time zone must be text.</source>
        <translation>Zona waktu harus berupa teks.</translation>
    </message>
    <message>
        <source>The currency must be text.</source>
        <translation>Mata uang harus berupa teks.</translation>
    </message>
    <message>
        <source>The phone country code must be text.</source>
        <translation>Kode negara telepon harus berupa teks.</translation>
    </message>
    <message>
        <source>The waitlist&apos;s cut-off must be between 0 and a week before the class, in minutes.</source>
        <translation>Batas waktu daftar tunggu harus antara 0 dan satu minggu sebelum kelas, dalam menit.</translation>
    </message>
    <message>
        <source>The time a promoted client has to pay must be between 5 minutes and a week.</source>
        <translation>Waktu bayar untuk klien dari daftar tunggu harus antara 5 menit dan satu minggu.</translation>
    </message>
    <message>
        <source>Choose the tax on receipts: none, PPN or a regional tax.</source>
        <translation>Pilih pajak pada struk: tanpa pajak, PPN, atau pajak daerah.</translation>
    </message>
    <message>
        <source>Choose the receipt paper: A4, A5, 80 mm or 58 mm.</source>
        <translation>Pilih kertas struk: A4, A5, 80 mm, atau 58 mm.</translation>
    </message>
    <message>
        <source>The currency cannot change once payments have been taken: their amounts would all change meaning.</source>
        <translation>Mata uang tidak dapat diubah setelah ada pembayaran: arti semua jumlahnya akan berubah.</translation>
    </message>
    <message>
        <source>The booking step must be between 5 and 240 minutes.</source>
        <translation>Interval booking harus antara 5 dan 240 menit.</translation>
    </message>
    <message>
        <source>The hold time must be between 0 (off) and a week in minutes.</source>
        <translation>Waktu tahan harus antara 0 (nonaktif) dan satu minggu, dalam menit.</translation>
    </message>
    <message>
        <source>The desk can lock after 0 (never) to 1440 minutes without use.</source>
        <translation>Meja dapat terkunci setelah 0 (tidak pernah) sampai 1440 menit tanpa digunakan.</translation>
    </message>
    <message>
        <source>A phone number is kept as text of digits, like 6281234567890.</source>
        <translation>Nomor telepon disimpan sebagai teks berisi angka, misalnya 6281234567890.</translation>
    </message>
    <message>
        <source>The phone country code must be digits only, such as 62.</source>
        <translation>Kode negara telepon hanya boleh berisi angka, misalnya 62.</translation>
    </message>
    <message>
        <source>The currency must be a three-letter code such as IDR.</source>
        <translation>Mata uang harus berupa kode tiga huruf, misalnya IDR.</translation>
    </message>
    <message>
        <source>{code} is not a currency code. Use an ISO 4217 code such as IDR, USD or EUR.</source>
        <translation>{code} bukan kode mata uang. Gunakan kode ISO 4217 seperti IDR, USD, atau EUR.</translation>
    </message>
    <message>
        <source>Enter the name of the regional tax, such as PBJT.</source>
        <translation>Masukkan nama pajak daerah, seperti PBJT.</translation>
    </message>
    <message>
        <source>Unknown setting: {names}.</source>
        <translation>Pengaturan tidak dikenal: {names}.</translation>
    </message>
    <message>
        <source>The time zone cannot change once there are bookings: their times would all move.</source>
        <translation>Zona waktu tidak dapat diubah setelah ada pemesanan: semua jamnya akan bergeser.</translation>
    </message>
    <message>
        <source>Wrong PIN. Try again.</source>
        <translation>PIN salah. Coba lagi.</translation>
    </message>
    <message>
        <source>Wrong PIN, and too many in a row. {name} can try again from {until}, or an admin can unlock them now on the Staff screen.</source>
        <translation>PIN salah, dan sudah terlalu banyak berturut-turut. {name} dapat mencoba lagi mulai {until}, atau admin dapat melepas kuncinya sekarang di layar Staf.</translation>
    </message>
    <message>
        <source>Too many wrong PINs in a row. {name} can try again from {until}, or an admin can unlock them now on the Staff screen.</source>
        <translation>Terlalu banyak PIN salah berturut-turut. {name} dapat mencoba lagi mulai {until}, atau admin dapat melepas kuncinya sekarang di layar Staf.</translation>
    </message>
    <message>
        <source>Choose a role: admin, receptionist or coach.</source>
        <translation>Pilih peran: admin, resepsionis, atau pelatih.</translation>
    </message>
    <message>
        <source>A coach&apos;s account needs its coach, and only a coach&apos;s account has one.</source>
        <translation>Akun pelatih harus terhubung ke pelatihnya, dan hanya akun pelatih yang terhubung ke pelatih.</translation>
    </message>
    <message>
        <source>The first person at a new studio is its admin.</source>
        <translation>Orang pertama di studio baru adalah admin studio tersebut.</translation>
    </message>
    <message>
        <source>That coach already has an account.</source>
        <translation>Pelatih itu sudah memiliki akun.</translation>
    </message>
    <message>
        <source>No such person at this studio.</source>
        <translation>Orang ini tidak terdaftar di studio ini.</translation>
    </message>
    <message>
        <source>Only pending bookings can be marked as paid. Current status: {status}</source>
        <translation>Hanya booking yang menunggu pembayaran yang dapat ditandai lunas. Status saat ini: {status}</translation>
    </message>
    <message>
        <source>Only paid bookings can be confirmed. Current status: {status}</source>
        <translation>Hanya booking yang sudah dibayar yang dapat dikonfirmasi. Status saat ini: {status}</translation>
    </message>
    <message>
        <source>Only confirmed bookings can be marked as done. Current status: {status}</source>
        <translation>Hanya booking yang sudah dikonfirmasi yang dapat ditandai selesai. Status saat ini: {status}</translation>
    </message>
    <message>
        <source>Only pending, paid or confirmed bookings can be canceled. Current status: {status}</source>
        <translation>Hanya booking yang menunggu, dibayar, atau dikonfirmasi yang dapat dibatalkan. Status saat ini: {status}</translation>
    </message>
    <message>
        <source>Only pending bookings can expire. Current status: {status}</source>
        <translation>Hanya booking yang menunggu pembayaran yang dapat kedaluwarsa. Status saat ini: {status}</translation>
    </message>
    <message>
        <source>Only pending, paid or confirmed bookings can be moved. Current status: {status}</source>
        <translation>Hanya booking yang menunggu, dibayar, atau dikonfirmasi yang dapat dijadwalkan ulang. Status saat ini: {status}</translation>
    </message>
    <message>
        <source>Only paid or confirmed bookings can be marked as a no-show. Current status: {status}</source>
        <translation>Hanya booking yang sudah dibayar atau dikonfirmasi yang bisa dicatat tidak hadir. Status sekarang: {status}</translation>
    </message>
    <message>
        <source>This booking was made online: the client pays for it on the web platform.</source>
        <translation>Booking ini dibuat secara online: klien membayarnya di platform web.</translation>
    </message>
    <message>
        <source>This booking is on the web platform too, which cannot move bookings. Cancel it and book the new time instead.</source>
        <translation>Booking ini juga ada di platform web, yang tidak dapat menjadwalkan ulang booking. Batalkan booking ini, lalu buat booking baru pada waktu yang diinginkan.</translation>
    </message>
    <message>
        <source>The session has not started yet; it can be marked as done once it begins.</source>
        <translation>Sesi belum dimulai; sesi dapat ditandai selesai setelah dimulai.</translation>
    </message>
    <message>
        <source>The session has not started yet; a no-show can be recorded once it begins.</source>
        <translation>Sesi belum dimulai; ketidakhadiran bisa dicatat setelah sesi dimulai.</translation>
    </message>
    <message>
        <source>confirmed on payment (the studio&apos;s setting for classes)</source>
        <translation>dikonfirmasi saat dibayar (pengaturan studio untuk kelas)</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>tidak hadir</translation>
    </message>
    <message>
        <source>A place in a class cannot be moved. Cancel it and book a place in the other class.</source>
        <translation>Tempat di kelas tidak bisa dipindah. Batalkan, lalu pesan tempat di kelas lain.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not something to do to a booking.</source>
        <translation>&apos;{value}&apos; bukan tindakan untuk sebuah booking.</translation>
    </message>
    <message>
        <source>Someone else changed this booking just now (it is {status}). Look again.</source>
        <translation>Orang lain baru saja mengubah booking ini (statusnya sekarang {status}). Periksa lagi.</translation>
    </message>
    <message>
        <source>Give a date without a time of day.</source>
        <translation>Masukkan tanggal saja, tanpa jam.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date. Write it as year-month-day, like 2025-10-25.</source>
        <translation>&apos;{value}&apos; bukan tanggal. Tulis dengan format tahun-bulan-tanggal, misalnya 2025-10-25.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a time of day. Write it as hours:minutes, like 09:00.</source>
        <translation>&apos;{value}&apos; bukan jam. Tulis dengan format jam:menit, misalnya 09:00.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; has a time zone or UTC offset. Give the time as the studio&apos;s clocks show it, like 09:00.</source>
        <translation>&apos;{value}&apos; memiliki zona waktu atau selisih UTC. Tulis jam seperti yang ditunjukkan jam studio, misalnya 09:00.</translation>
    </message>
    <message>
        <source>The desk works with dates from {first} to {last}, not {day}.</source>
        <translation>Aplikasi bekerja dengan tanggal dari {first} sampai {last}, bukan {day}.</translation>
    </message>
    <message>
        <source>Give a moment as a date and time with its time zone.</source>
        <translation>Berikan waktu sebagai tanggal dan jam beserta zona waktunya.</translation>
    </message>
    <message>
        <source>There is no time zone called &apos;{zone}&apos;. Use a name like Asia/Jakarta.</source>
        <translation>Tidak ada zona waktu bernama &apos;{zone}&apos;. Gunakan nama seperti Asia/Jakarta.</translation>
    </message>
    <message>
        <source>{time} does not exist on {day}: the clocks go forward then.</source>
        <translation>Jam {time} tidak ada pada {day}: jam dimajukan saat itu.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http://), like https://studio.example.com.</source>
        <translation>Alamat server harus diawali https:// (atau http://), misalnya https://studio.example.com.</translation>
    </message>
    <message>
        <source>The server address is just the site, like https://studio.example.com.</source>
        <translation>Alamat server cukup alamat situsnya saja, misalnya https://studio.example.com.</translation>
    </message>
    <message>
        <source>Leave the user name and password out of the server address, like https://studio.example.com. Passwords are typed in the desk&apos;s sync settings and kept in this computer&apos;s password store, never in the database.</source>
        <translation>Jangan cantumkan nama pengguna dan kata sandi di alamat server; tulis seperti https://studio.example.com. Kata sandi diketik di pengaturan sinkronisasi meja depan dan disimpan di penyimpanan kata sandi komputer ini, tidak pernah di database.</translation>
    </message>
    <message>
        <source>The server&apos;s port must be a number from 1 to 65535, like https://studio.example.com:8443.</source>
        <translation>Port server harus berupa angka dari 1 sampai 65535, misalnya https://studio.example.com:8443.</translation>
    </message>
    <message>
        <source>The login path starts with a slash, like /auth/api_login/.</source>
        <translation>Jalur login diawali garis miring, seperti /auth/api_login/.</translation>
    </message>
    <message>
        <source>How often to sync must be a number of seconds.</source>
        <translation>Selang sinkronisasi harus berupa jumlah detik.</translation>
    </message>
    <message>
        <source>How often to sync must be a whole number of seconds, like 60.</source>
        <translation>Selang sinkronisasi harus berupa bilangan bulat dalam detik, misalnya 60.</translation>
    </message>
    <message>
        <source>Sync every {seconds} seconds at the most often, and at least once a day.</source>
        <translation>Sinkronisasi paling sering setiap {seconds} detik, dan paling jarang sekali sehari.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a web coach number.</source>
        <translation>&apos;{text}&apos; bukan nomor pelatih web.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a web course number.</source>
        <translation>&apos;{text}&apos; bukan nomor kelas web.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a coach number.</source>
        <translation>&apos;{text}&apos; bukan nomor pelatih.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a course number.</source>
        <translation>&apos;{text}&apos; bukan nomor kelas.</translation>
    </message>
    <message>
        <source>{row}: {problem}</source>
        <translation>{row}: {problem}</translation>
    </message>
    <message>
        <source>Enter the coach&apos;s web username as well as the web coach number.</source>
        <translation>Masukkan juga nama pengguna web pelatih, selain nomor pelatih web.</translation>
    </message>
    <message>
        <source>A web username is one word of letters, digits and signs, like coach.ayu.</source>
        <translation>Nama pengguna web adalah satu kata dari huruf, angka, dan tanda, seperti coach.ayu.</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; should be LOCAL_ID=REMOTE_ID:USERNAME, like 3=17:coach.ayu.</source>
        <translation>&apos;{spec}&apos; harus berbentuk LOCAL_ID=REMOTE_ID:USERNAME, misalnya 3=17:coach.ayu.</translation>
    </message>
    <message>
        <source>&apos;{spec}&apos; should be LOCAL_ID=REMOTE_ID, like 5=42.</source>
        <translation>&apos;{spec}&apos; harus berbentuk LOCAL_ID=REMOTE_ID, misalnya 5=42.</translation>
    </message>
    <message>
        <source>Give the links as desk numbers with their web numbers (and a coach&apos;s web username).</source>
        <translation>Berikan tautan sebagai nomor di meja depan beserta nomor webnya (dan nama pengguna web pelatih).</translation>
    </message>
    <message>
        <source>There is no coach number {number} at the desk.</source>
        <translation>Tidak ada pelatih nomor {number} di meja depan.</translation>
    </message>
    <message>
        <source>That web username is too long.</source>
        <translation>Nama pengguna web itu terlalu panjang.</translation>
    </message>
    <message>
        <source>Choose one of the calendar&apos;s colours.</source>
        <translation>Pilih salah satu warna kalender.</translation>
    </message>
    <message>
        <source>A web username is one word of at most {limit} characters, without spaces.</source>
        <translation>Nama pengguna web adalah satu kata tanpa spasi, paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>Web coach {remote_id} is already linked to {coach}.</source>
        <translation>Pelatih web {remote_id} sudah ditautkan ke {coach}.</translation>
    </message>
    <message>
        <source>There is no course number {number} at the desk.</source>
        <translation>Tidak ada kelas nomor {number} di meja depan.</translation>
    </message>
    <message>
        <source>Web course {remote_id} is already linked to &apos;{course}&apos;.</source>
        <translation>Kelas web {remote_id} sudah ditautkan ke &apos;{course}&apos;.</translation>
    </message>
    <message>
        <source>Link the coach of &apos;{course}&apos; to their web account first: the web only takes a course&apos;s bookings from its coach.</source>
        <translation>Tautkan dulu pelatih kelas &apos;{course}&apos; ke akun webnya: platform web hanya menerima booking suatu kelas dari pelatihnya.</translation>
    </message>
    <message>
        <source>Enter the web platform&apos;s address before turning sync on.</source>
        <translation>Masukkan alamat platform web sebelum mengaktifkan sinkronisasi.</translation>
    </message>
    <message>
        <source>Link at least one coach to their web account before turning sync on.</source>
        <translation>Tautkan setidaknya satu pelatih ke akun webnya sebelum mengaktifkan sinkronisasi.</translation>
    </message>
    <message>
        <source>No web password saved for {username}. Enter it in the desk&apos;s sync settings, or set {variable} where the desk runs without a screen.</source>
        <translation>Belum ada kata sandi web yang tersimpan untuk {username}. Masukkan di pengaturan sinkronisasi meja depan, atau atur {variable} di komputer tempat meja depan berjalan tanpa layar.</translation>
    </message>
    <message>
        <source>Enter the password.</source>
        <translation>Masukkan kata sandi.</translation>
    </message>
    <message>
        <source>This computer has no password store to keep the web password in. Set {variable} where the desk starts instead.</source>
        <translation>Komputer ini tidak memiliki penyimpanan kata sandi untuk menyimpan kata sandi web. Sebagai gantinya, atur {variable} di komputer tempat meja depan dijalankan.</translation>
    </message>
    <message>
        <source>Web sync is off, so nothing can be sent to the web platform.</source>
        <translation>Sinkronisasi web nonaktif, jadi tidak ada yang dapat dikirim ke platform web.</translation>
    </message>
    <message>
        <source>This booking is not waiting for a decision about the web platform.</source>
        <translation>Booking ini tidak sedang menunggu keputusan terkait platform web.</translation>
    </message>
    <message>
        <source>This booking is over or canceled; there is nothing to send.</source>
        <translation>Booking ini sudah selesai atau dibatalkan; tidak ada yang perlu dikirim.</translation>
    </message>
    <message>
        <source>This booking&apos;s course is no longer linked to a web course.</source>
        <translation>Kelas booking ini tidak lagi ditautkan ke kelas web.</translation>
    </message>
    <message>
        <source>This booking has no problem with the web platform.</source>
        <translation>Booking ini tidak bermasalah dengan platform web.</translation>
    </message>
    <message>
        <source>The round stopped partway: this desk could not keep its turn to sync (another desk took it over, or the database was out of reach). The rest goes with the next round.</source>
        <translation>Putaran berhenti di tengah jalan: meja depan ini tidak dapat mempertahankan gilirannya untuk sinkronisasi (meja depan lain mengambil alih, atau database tidak dapat dihubungi). Sisanya dikirim pada putaran berikutnya.</translation>
    </message>
    <message>
        <source>The web platform&apos;s address held a password; it was removed from the database. Type the coaches&apos; web passwords in the desk&apos;s sync settings.</source>
        <translation>Alamat platform web berisi kata sandi; kata sandi itu sudah dihapus dari database. Ketik kata sandi web para pelatih di pengaturan sinkronisasi meja depan.</translation>
    </message>
    <message>
        <source>Sent to the web: {sent} change(s); refused by the web: {refused}; waiting to be sent again: {waiting}.</source>
        <translation>Terkirim ke web: {sent} perubahan; ditolak web: {refused}; menunggu dikirim ulang: {waiting}.</translation>
    </message>
    <message>
        <source>From the web: {new} new booking(s), {updated} updated, {conflicts} in conflict with the desk.</source>
        <translation>Dari web: {new} booking baru, {updated} diperbarui, {conflicts} bentrok dengan meja depan.</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Masalah: {problem}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Catatan: {note}</translation>
    </message>
    <message>
        <source>{count} booking(s) need a person: `studio-desk sync` lists them, and the desk&apos;s web sync settings resolve them.</source>
        <translation>{count} booking perlu ditangani seseorang: `studio-desk sync` menampilkan daftarnya, dan pengaturan sinkronisasi web di desk menyelesaikannya.</translation>
    </message>
    <message>
        <source>This booking&apos;s coach is no longer linked to a web account.</source>
        <translation>Pelatih booking ini tidak lagi ditautkan ke akun web.</translation>
    </message>
    <message>
        <source>The web platform marks its sign-in cookies Secure (for https), but its address {server} is plain http. The desk sends them back anyway; use https where the platform is reached over the internet.</source>
        <translation>Platform web menandai cookie masuknya Secure (untuk https), tetapi alamatnya {server} memakai http biasa. Desk tetap mengirimkannya kembali; gunakan https bila platform diakses lewat internet.</translation>
    </message>
    <message>
        <source>Web sync is off. Set it up with `studio-desk sync configure` or in the desk&apos;s sync settings.</source>
        <translation>Sinkronisasi web nonaktif. Atur dengan `studio-desk sync configure` atau di pengaturan sinkronisasi meja depan.</translation>
    </message>
    <message>
        <source>Another desk is syncing right now.</source>
        <translation>Meja depan lain sedang menyinkronkan saat ini.</translation>
    </message>
    <message>
        <source>{coach}: {error}</source>
        <translation>{coach}: {error}</translation>
    </message>
    <message>
        <source>The web platform&apos;s answer to the booking list did not make sense ({where}: {problem}).</source>
        <translation>Jawaban platform web untuk daftar booking tidak dapat dipahami ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The web platform had an error with the booking list (HTTP {status}).</source>
        <translation>Terjadi kesalahan di platform web saat memproses daftar booking (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform sent the booking list elsewhere ({location}).</source>
        <translation>Platform web mengalihkan permintaan daftar booking ke tempat lain ({location}).</translation>
    </message>
    <message>
        <source>The web platform refused the booking list (HTTP {status}).</source>
        <translation>Platform web menolak permintaan daftar booking (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform refused the booking list.</source>
        <translation>Platform web menolak permintaan daftar booking.</translation>
    </message>
    <message>
        <source>The web platform answered the booking list with a web page instead of data.</source>
        <translation>Platform web menjawab permintaan daftar booking dengan halaman web, bukan data.</translation>
    </message>
    <message>
        <source>The web platform&apos;s answer to a new booking did not make sense ({where}: {problem}).</source>
        <translation>Jawaban platform web untuk booking baru tidak dapat dipahami ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The web platform had an error with a new booking (HTTP {status}).</source>
        <translation>Terjadi kesalahan di platform web saat memproses booking baru (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform sent a new booking elsewhere ({location}).</source>
        <translation>Platform web mengalihkan booking baru ke tempat lain ({location}).</translation>
    </message>
    <message>
        <source>The web platform refused a new booking (HTTP {status}).</source>
        <translation>Platform web menolak booking baru (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform refused a new booking.</source>
        <translation>Platform web menolak booking baru.</translation>
    </message>
    <message>
        <source>The web platform answered a new booking with a web page instead of data.</source>
        <translation>Platform web menjawab booking baru dengan halaman web, bukan data.</translation>
    </message>
    <message>
        <source>The web platform&apos;s answer to a payment did not make sense ({where}: {problem}).</source>
        <translation>Jawaban platform web untuk pembayaran tidak dapat dipahami ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The web platform had an error with a payment (HTTP {status}).</source>
        <translation>Terjadi kesalahan di platform web saat memproses pembayaran (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform sent a payment elsewhere ({location}).</source>
        <translation>Platform web mengalihkan pembayaran ke tempat lain ({location}).</translation>
    </message>
    <message>
        <source>The web platform refused a payment (HTTP {status}).</source>
        <translation>Platform web menolak pembayaran (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform refused a payment.</source>
        <translation>Platform web menolak pembayaran.</translation>
    </message>
    <message>
        <source>The web platform answered a payment with a web page instead of data.</source>
        <translation>Platform web menjawab pembayaran dengan halaman web, bukan data.</translation>
    </message>
    <message>
        <source>The web platform answered a payment with status &apos;{status}&apos; instead of &apos;{wanted}&apos;.</source>
        <translation>Platform web menjawab pembayaran dengan status &apos;{status}&apos;, bukan &apos;{wanted}&apos;.</translation>
    </message>
    <message>
        <source>The web platform&apos;s answer to a status change did not make sense ({where}: {problem}).</source>
        <translation>Jawaban platform web untuk perubahan status tidak dapat dipahami ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The web platform had an error with a status change (HTTP {status}).</source>
        <translation>Terjadi kesalahan di platform web saat memproses perubahan status (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform sent a status change elsewhere ({location}).</source>
        <translation>Platform web mengalihkan perubahan status ke tempat lain ({location}).</translation>
    </message>
    <message>
        <source>The web platform refused a status change (HTTP {status}).</source>
        <translation>Platform web menolak perubahan status (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform refused a status change.</source>
        <translation>Platform web menolak perubahan status.</translation>
    </message>
    <message>
        <source>The web platform answered a status change with a web page instead of data.</source>
        <translation>Platform web menjawab perubahan status dengan halaman web, bukan data.</translation>
    </message>
    <message>
        <source>The web platform answered a status change with status &apos;{status}&apos; instead of &apos;{wanted}&apos;.</source>
        <translation>Platform web menjawab perubahan status dengan status &apos;{status}&apos;, bukan &apos;{wanted}&apos;.</translation>
    </message>
    <message>
        <source>The web platform&apos;s answer to the sign-in did not make sense ({where}: {problem}).</source>
        <translation>Jawaban platform web untuk proses masuk tidak dapat dipahami ({where}: {problem}).</translation>
    </message>
    <message>
        <source>The web platform had an error signing in (HTTP {status}).</source>
        <translation>Terjadi kesalahan di platform web saat proses masuk (HTTP {status}).</translation>
    </message>
    <message>
        <source>Signing in at {url} sent the desk elsewhere ({location}). Check the login path (the web platform&apos;s is /auth/api_login/).</source>
        <translation>Masuk di {url} mengarahkan desk ke tempat lain ({location}). Periksa jalur login (milik platform web adalah /auth/api_login/).</translation>
    </message>
    <message>
        <source>There is no sign-in at {url} (HTTP {status}). Check the login path (the web platform&apos;s is /auth/api_login/) and the server address.</source>
        <translation>Tidak ada halaman masuk di {url} (HTTP {status}). Periksa jalur login (milik platform web adalah /auth/api_login/) dan alamat server.</translation>
    </message>
    <message>
        <source>The web platform answered the sign-in at {url} with a web page instead of data. Check the server address and the login path.</source>
        <translation>Platform web menjawab permintaan masuk di {url} dengan halaman web, bukan data. Periksa alamat server dan jalur login.</translation>
    </message>
    <message>
        <source>The web platform refused the username or password of {username}: {reason}</source>
        <translation>Platform web menolak nama pengguna atau kata sandi {username}: {reason}</translation>
    </message>
    <message>
        <source>The web platform refused the username or password of {username} (HTTP {status}).</source>
        <translation>Platform web menolak nama pengguna atau kata sandi {username} (HTTP {status}).</translation>
    </message>
    <message>
        <source>The web platform did not let {username} sign in: it refused the request (CSRF check)</source>
        <translation>Platform web tidak mengizinkan {username} masuk: permintaannya ditolak (pemeriksaan CSRF)</translation>
    </message>
    <message>
        <source>The web platform did not answer in time.</source>
        <translation>Platform web tidak menjawab tepat waktu.</translation>
    </message>
    <message>
        <source>Cannot reach the web platform at {server} ({reason}).</source>
        <translation>Platform web di {server} tidak dapat dihubungi ({reason}).</translation>
    </message>
    <message>
        <source>The web platform keeps asking {username} to sign in again.</source>
        <translation>Platform web terus meminta {username} untuk masuk lagi.</translation>
    </message>
    <message>
        <source>The web platform at {server} has no {path} (HTTP {status}). Check the server address.</source>
        <translation>Platform web di {server} tidak punya {path} (HTTP {status}). Periksa alamat server.</translation>
    </message>
    <message>
        <source>The web platform says the time is taken.</source>
        <translation>Menurut platform web, waktu itu sudah terisi.</translation>
    </message>
    <message>
        <source>Enter your name.</source>
        <translation>Isi nama Anda.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s name.</source>
        <translation>Isi nama staf.</translation>
    </message>
    <message>
        <source>Enter the client&apos;s name.</source>
        <translation>Isi nama klien.</translation>
    </message>
    <message>
        <source>Enter the coach&apos;s name.</source>
        <translation>Isi nama pelatih.</translation>
    </message>
    <message>
        <source>Enter the course&apos;s name.</source>
        <translation>Isi nama kelas.</translation>
    </message>
    <message>
        <source>Enter the course&apos;s title.</source>
        <translation>Isi judul kelas.</translation>
    </message>
    <message>
        <source>Enter the product&apos;s name.</source>
        <translation>Isi nama produk.</translation>
    </message>
    <message>
        <source>Enter the room&apos;s name.</source>
        <translation>Isi nama ruangan.</translation>
    </message>
    <message>
        <source>Enter the reason for canceling.</source>
        <translation>Isi alasan pembatalan.</translation>
    </message>
    <message>
        <source>Enter the reason.</source>
        <translation>Masukkan alasannya.</translation>
    </message>
    <message>
        <source>Enter the holiday&apos;s name.</source>
        <translation>Masukkan nama hari libur.</translation>
    </message>
    <message>
        <source>Your name is too long ({length} characters; at most {limit}).</source>
        <translation>Nama Anda terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>The person&apos;s name is too long ({length} characters; at most {limit}).</source>
        <translation>Nama staf terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>The client&apos;s name is too long ({length} characters; at most {limit}).</source>
        <translation>Nama klien terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>The coach&apos;s name is too long ({length} characters; at most {limit}).</source>
        <translation>Nama pelatih terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>The course&apos;s name is too long ({length} characters; at most {limit}).</source>
        <translation>Nama kelas terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>The course&apos;s title is too long ({length} characters; at most {limit}).</source>
        <translation>Judul kelas terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>The product&apos;s name is too long ({length} characters; at most {limit}).</source>
        <translation>Nama produk terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>The room&apos;s name is too long ({length} characters; at most {limit}).</source>
        <translation>Nama ruangan terlalu panjang ({length} karakter; paling banyak {limit}).</translation>
    </message>
    <message>
        <source>The reason for canceling is too long ({length} characters; at most {limit}).</source>
        <translation>Alasan pembatalan terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>The reason is too long ({length} characters; at most {limit}).</source>
        <translation>Alasan terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>The holiday&apos;s name is too long ({length} characters; at most {limit}).</source>
        <translation>Nama hari libur terlalu panjang ({length} karakter; paling banyak {limit}).</translation>
    </message>
    <message>
        <source>The location is too long ({length} characters; at most {limit}).</source>
        <translation>Lokasi terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>The email address is too long ({length} characters; at most {limit}).</source>
        <translation>Alamat email terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>The notes is too long ({length} characters; at most {limit}).</source>
        <translation>Catatan terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>The payment reference is too long ({length} characters; at most {limit}).</source>
        <translation>Referensi pembayaran terlalu panjang ({length} karakter; maksimal {limit}).</translation>
    </message>
    <message>
        <source>Your name contains invisible control characters.</source>
        <translation>Nama Anda berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The person&apos;s name contains invisible control characters.</source>
        <translation>Nama staf berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The client&apos;s name contains invisible control characters.</source>
        <translation>Nama klien berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The coach&apos;s name contains invisible control characters.</source>
        <translation>Nama pelatih berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The course&apos;s name contains invisible control characters.</source>
        <translation>Nama kelas berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The course&apos;s title contains invisible control characters.</source>
        <translation>Judul kelas berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The product&apos;s name contains invisible control characters.</source>
        <translation>Nama produk berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The room&apos;s name contains invisible control characters.</source>
        <translation>Nama ruangan berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The reason for canceling contains invisible control characters.</source>
        <translation>Alasan pembatalan berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The reason contains invisible control characters.</source>
        <translation>Alasan berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The holiday&apos;s name contains invisible control characters.</source>
        <translation>Nama hari libur berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The location contains invisible control characters.</source>
        <translation>Lokasi berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The email address contains invisible control characters.</source>
        <translation>Alamat email berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The notes contains invisible control characters.</source>
        <translation>Catatan berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The payment reference contains invisible control characters.</source>
        <translation>Referensi pembayaran berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>Your name must be text.</source>
        <translation>Nama Anda harus berupa teks.</translation>
    </message>
    <message>
        <source>The person&apos;s name must be text.</source>
        <translation>Nama staf harus berupa teks.</translation>
    </message>
    <message>
        <source>The client&apos;s name must be text.</source>
        <translation>Nama klien harus berupa teks.</translation>
    </message>
    <message>
        <source>The coach&apos;s name must be text.</source>
        <translation>Nama pelatih harus berupa teks.</translation>
    </message>
    <message>
        <source>The course&apos;s name must be text.</source>
        <translation>Nama kelas harus berupa teks.</translation>
    </message>
    <message>
        <source>The course&apos;s title must be text.</source>
        <translation>Judul kelas harus berupa teks.</translation>
    </message>
    <message>
        <source>The product&apos;s name must be text.</source>
        <translation>Nama produk harus berupa teks.</translation>
    </message>
    <message>
        <source>The room&apos;s name must be text.</source>
        <translation>Nama ruangan harus berupa teks.</translation>
    </message>
    <message>
        <source>The reason for canceling must be text.</source>
        <translation>Alasan pembatalan harus berupa teks.</translation>
    </message>
    <message>
        <source>The reason must be text.</source>
        <translation>Alasan harus berupa teks.</translation>
    </message>
    <message>
        <source>The holiday&apos;s name must be text.</source>
        <translation>Nama hari libur harus berupa teks.</translation>
    </message>
    <message>
        <source>The location must be text.</source>
        <translation>Lokasi harus berupa teks.</translation>
    </message>
    <message>
        <source>The email address must be text.</source>
        <translation>Alamat email harus berupa teks.</translation>
    </message>
    <message>
        <source>The notes must be text.</source>
        <translation>Catatan harus berupa teks.</translation>
    </message>
    <message>
        <source>The payment reference must be text.</source>
        <translation>Referensi pembayaran harus berupa teks.</translation>
    </message>
    <message>
        <source>Your name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Nama Anda berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The person&apos;s name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Nama staf berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The client&apos;s name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Nama klien berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The coach&apos;s name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Nama pelatih berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The course&apos;s name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Nama kelas berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The course&apos;s title contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Judul kelas berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The product&apos;s name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Nama produk berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The room&apos;s name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Nama ruangan berisi karakter kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The reason for canceling contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Alasan pembatalan berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The reason contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Alasan berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The holiday&apos;s name contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Nama hari libur berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The location contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Lokasi berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The email address contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Alamat email berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The notes contain a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Catatan berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>The payment reference contains a character that is blank or not printable ({code}). Leave it out.</source>
        <translation>Referensi pembayaran berisi karakter yang kosong atau tidak dapat dicetak ({code}). Hapus karakter itu.</translation>
    </message>
    <message>
        <source>Search for text: part of a name or a phone number.</source>
        <translation>Cari dengan teks: sebagian nama atau nomor telepon.</translation>
    </message>
    <message>
        <source>The search contains invisible control characters.</source>
        <translation>Pencarian berisi karakter kontrol yang tidak terlihat.</translation>
    </message>
    <message>
        <source>The coach already has a booking at that time. Pick another time.</source>
        <translation>Pelatih sudah punya booking pada waktu itu. Pilih waktu lain.</translation>
    </message>
    <message>
        <source>Two windows on the same day overlap. Make them one window, or move one.</source>
        <translation>Dua rentang jam pada hari yang sama bertumpuk. Gabungkan menjadi satu, atau geser salah satunya.</translation>
    </message>
    <message>
        <source>That is already saved for someone or something else, so nothing was saved.</source>
        <translation>Data itu sudah tersimpan untuk orang atau hal lain, jadi tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The database is busy or cannot be reached right now. Nothing was saved; try again.</source>
        <translation>Database sedang sibuk atau tidak dapat dihubungi saat ini. Tidak ada yang disimpan; coba lagi.</translation>
    </message>
    <message>
        <source>Paid on the web platform</source>
        <translation>Dibayar di platform web</translation>
    </message>
    <message>
        <source>Confirmed on the web platform</source>
        <translation>Dikonfirmasi di platform web</translation>
    </message>
    <message>
        <source>Marked done on the web platform</source>
        <translation>Ditandai selesai di platform web</translation>
    </message>
    <message>
        <source>Canceled on the web platform</source>
        <translation>Dibatalkan di platform web</translation>
    </message>
    <message>
        <source>Web booking {web_id} has a status the desk does not know: &apos;{status}&apos;.</source>
        <translation>Booking web {web_id} punya status yang tidak dikenal meja depan: &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Web booking {web_id}: {error}</source>
        <translation>Booking web {web_id}: {error}</translation>
    </message>
    <message>
        <source>Web booking {web_id} ends before it starts; not taken in.</source>
        <translation>Booking web {web_id} berakhir sebelum dimulai; tidak diambil.</translation>
    </message>
    <message>
        <source>Booked on the web platform</source>
        <translation>Dipesan di platform web</translation>
    </message>
    <message>
        <source>The web course &apos;{title}&apos; of {coach} is not linked to a desk course; its bookings are kept under an inactive course of that name.</source>
        <translation>Kursus web &apos;{title}&apos; milik {coach} belum ditautkan ke kursus meja depan; booking-nya disimpan di bawah kursus nonaktif dengan nama itu.</translation>
    </message>
    <message>
        <source>The web platform refused to take the payment: {error}</source>
        <translation>Platform web menolak menerima pembayaran: {error}</translation>
    </message>
    <message>
        <source>The web platform refused to change the status: {error}</source>
        <translation>Platform web menolak mengubah status: {error}</translation>
    </message>
    <message>
        <source>Booking {booking}: {error}</source>
        <translation>Booking {booking}: {error}</translation>
    </message>
    <message>
        <source>The web platform no longer has this booking.</source>
        <translation>Platform web tidak lagi memiliki booking ini.</translation>
    </message>
    <message>
        <source>The web platform has another booking at this time ({error}). Cancel this booking, or send it again once the web booking is gone.</source>
        <translation>Platform web sudah punya booking lain pada jam ini ({error}). Batalkan booking ini, atau kirim lagi setelah booking web itu tidak ada.</translation>
    </message>
    <message>
        <source>The web platform refused this booking: {error}</source>
        <translation>Platform web menolak booking ini: {error}</translation>
    </message>
    <message>
        <source>A coach sees only their own queue.</source>
        <translation>Seorang pelatih hanya melihat antreannya sendiri.</translation>
    </message>
    <message>
        <source>Only a coach or an admin has a coach queue.</source>
        <translation>Hanya pelatih atau admin yang memiliki antrean pelatih.</translation>
    </message>
    <message>
        <source>A coach sees their own sessions only.</source>
        <translation>Pelatih hanya melihat sesinya sendiri.</translation>
    </message>
    <message>
        <source>The till is closed as it is now, so only today ({today}) can be closed.</source>
        <translation>Kas ditutup sebagaimana adanya sekarang, jadi hanya hari ini ({today}) yang bisa ditutup.</translation>
    </message>
    <message>
        <source>Say what the cash was taken out for.</source>
        <translation>Sebutkan untuk apa uang tunai itu diambil.</translation>
    </message>
    <message>
        <source>Enter an amount larger than nothing.</source>
        <translation>Masukkan jumlah yang lebih dari nol.</translation>
    </message>
    <message>
        <source>This file is not a CSV client list, so nothing was imported. Save the list from your spreadsheet as CSV and choose that file.</source>
        <translation>File ini bukan daftar klien CSV, jadi tidak ada yang diimpor. Simpan daftar dari spreadsheet Anda sebagai CSV lalu pilih file itu.</translation>
    </message>
    <message>
        <source>This file is bigger than {limit} MB, too big for a client list. Nothing was imported.</source>
        <translation>File ini lebih besar dari {limit} MB, terlalu besar untuk daftar klien. Tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The file is empty, so nothing was imported.</source>
        <translation>File ini kosong, jadi tidak ada yang diimpor.</translation>
    </message>
    <message>
        <source>The file has no name column, so nothing was imported. The first row must name the columns, such as: name, phone, email, notes (or nama, telepon, email, catatan).</source>
        <translation>File ini tidak punya kolom nama, jadi tidak ada yang diimpor. Baris pertama harus berisi nama kolom, misalnya: nama, telepon, email, catatan (atau name, phone, email, notes).</translation>
    </message>
    <message>
        <source>Clients imported: {count}.</source>
        <translation>Klien yang diimpor: {count}.</translation>
    </message>
    <message>
        <source>Clients to import: {count}.</source>
        <translation>Klien yang akan diimpor: {count}.</translation>
    </message>
    <message>
        <source>Already a client or twice in the file, not added: {count}.</source>
        <translation>Sudah menjadi klien atau tercantum dua kali di file, tidak ditambahkan: {count}.</translation>
    </message>
    <message>
        <source>Rows with a problem, not added: {count}.</source>
        <translation>Baris bermasalah, tidak ditambahkan: {count}.</translation>
    </message>
    <message>
        <source>Columns used: {columns}.</source>
        <translation>Kolom yang dipakai: {columns}.</translation>
    </message>
    <message>
        <source>Columns not used: {columns}.</source>
        <translation>Kolom yang tidak dipakai: {columns}.</translation>
    </message>
    <message>
        <source>Line {line}: {problem}</source>
        <translation>Baris {line}: {problem}</translation>
    </message>
    <message>
        <source>Line {line}: {name} has the phone number of {client}, already a client; not added.</source>
        <translation>Baris {line}: {name} memakai nomor telepon {client}, yang sudah menjadi klien; tidak ditambahkan.</translation>
    </message>
    <message>
        <source>Line {line}: {name} has the same phone number as line {first}; not added.</source>
        <translation>Baris {line}: {name} memakai nomor telepon yang sama dengan baris {first}; tidak ditambahkan.</translation>
    </message>
    <message>
        <source>Choose two different clients to merge.</source>
        <translation>Pilih dua klien yang berbeda untuk digabungkan.</translation>
    </message>
    <message>
        <source>Choose the client&apos;s language for messages: Indonesian, English, or the studio&apos;s.</source>
        <translation>Pilih bahasa pesan untuk klien: Indonesia, Inggris, atau bahasa studio.</translation>
    </message>
    <message>
        <source>{name} is the studio&apos;s last admin. Make someone else an admin first, so that someone can still look after the desk.</source>
        <translation>{name} adalah admin terakhir studio. Jadikan orang lain admin terlebih dahulu, agar tetap ada yang mengelola meja ini.</translation>
    </message>
    <message>
        <source>Sign in first, then change your PIN.</source>
        <translation>Masuk terlebih dahulu, lalu ganti PIN Anda.</translation>
    </message>
    <message>
        <source>The new PIN is the same as the old one. Choose another.</source>
        <translation>PIN baru sama dengan yang lama. Pilih PIN lain.</translation>
    </message>
    <message>
        <source>You cannot deactivate yourself. Ask another admin to do it.</source>
        <translation>Anda tidak dapat menonaktifkan diri sendiri. Minta admin lain melakukannya.</translation>
    </message>
    <message>
        <source>That weekly pattern is no longer there.</source>
        <translation>Pola mingguan itu sudah tidak ada.</translation>
    </message>
    <message>
        <source>A day of the week is a number from 0 (Monday) to 6 (Sunday).</source>
        <translation>Hari dalam seminggu adalah angka dari 0 (Senin) sampai 6 (Minggu).</translation>
    </message>
    <message>
        <source>Two windows on the same day overlap ({first} and {second}). Make them one window, or move one.</source>
        <translation>Dua rentang jam pada hari yang sama bertumpuk ({first} dan {second}). Gabungkan menjadi satu, atau geser salah satunya.</translation>
    </message>
    <message>
        <source>A weekly pattern needs at least one window of hours. To mark a coach as not working, add time off for those days, or make the coach inactive.</source>
        <translation>Pola mingguan memerlukan setidaknya satu rentang jam. Untuk menandai pelatih tidak bekerja, tambahkan cuti untuk hari-hari itu, atau nonaktifkan pelatih.</translation>
    </message>
    <message>
        <source>Give the weekly hours as windows (start and end) by day of the week, 0 being Monday.</source>
        <translation>Berikan jam mingguan sebagai rentang waktu (mulai dan selesai) per hari dalam seminggu, 0 adalah Senin.</translation>
    </message>
    <message>
        <source>Write hours as start-end, like 08:00-12:00, with a comma between windows.</source>
        <translation>Tulis jam sebagai mulai-selesai, seperti 08:00-12:00, dengan koma di antara rentang.</translation>
    </message>
    <message>
        <source>A window of hours must end after it starts ({hours}).</source>
        <translation>Rentang jam harus selesai setelah dimulai ({hours}).</translation>
    </message>
    <message>
        <source>Active bookings fall in that time ({count}). Nothing was saved: move them first, or save anyway and they stay booked.</source>
        <translation>Ada booking aktif pada waktu itu ({count}). Belum ada yang disimpan: pindahkan dulu, atau tetap simpan dan booking itu tetap berlaku.</translation>
    </message>
    <message>
        <source>Give both the start and the end of the time off, or neither for the whole day.</source>
        <translation>Isi jam mulai dan selesai cuti, atau kosongkan keduanya untuk cuti sehari penuh.</translation>
    </message>
    <message>
        <source>That day is already a holiday: {name}.</source>
        <translation>Hari itu sudah menjadi hari libur: {name}.</translation>
    </message>
    <message>
        <source>That is no longer there: someone removed it already.</source>
        <translation>Itu sudah tidak ada: seseorang sudah menghapusnya.</translation>
    </message>
    <message>
        <source>This booking still waits for its payment.</source>
        <translation>Pemesanan ini masih menunggu pembayarannya.</translation>
    </message>
    <message>
        <source>Thank you! Your booking is paid and waits for the coach&apos;s confirmation.</source>
        <translation>Terima kasih! Pemesanan Anda sudah dibayar dan menunggu konfirmasi pelatih.</translation>
    </message>
    <message>
        <source>Thank you! Your coach has confirmed the session. See you there.</source>
        <translation>Terima kasih! Pelatih Anda sudah mengonfirmasi sesi ini. Sampai jumpa di sana.</translation>
    </message>
    <message>
        <source>Thank you for training with us. This session took place.</source>
        <translation>Terima kasih telah berlatih bersama kami. Sesi ini sudah berlangsung.</translation>
    </message>
    <message>
        <source>This booking was canceled.</source>
        <translation>Pemesanan ini dibatalkan.</translation>
    </message>
    <message>
        <source>This booking was canceled and {amount} was refunded.</source>
        <translation>Pemesanan ini dibatalkan dan {amount} telah dikembalikan.</translation>
    </message>
    <message>
        <source>This booking has not been paid, so it has no receipt yet.</source>
        <translation>Pemesanan ini belum dibayar, jadi belum ada struknya.</translation>
    </message>
    <message>
        <source>The studio&apos;s name must be text.</source>
        <translation>Nama studio harus berupa teks.</translation>
    </message>
    <message>
        <source>The studio&apos;s name can be at most {limit} characters.</source>
        <translation>Nama studio paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>The address must be text.</source>
        <translation>Alamat harus berupa teks.</translation>
    </message>
    <message>
        <source>The address can be at most {limit} characters.</source>
        <translation>Alamat paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>The studio&apos;s phone must be text.</source>
        <translation>Telepon studio harus berupa teks.</translation>
    </message>
    <message>
        <source>The studio&apos;s phone can be at most {limit} characters.</source>
        <translation>Telepon studio paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>The tax number must be text.</source>
        <translation>Nomor pajak harus berupa teks.</translation>
    </message>
    <message>
        <source>The tax number can be at most {limit} characters.</source>
        <translation>Nomor pajak paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>The tax&apos;s name must be text.</source>
        <translation>Nama pajak harus berupa teks.</translation>
    </message>
    <message>
        <source>The tax&apos;s name can be at most {limit} characters.</source>
        <translation>Nama pajak paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>The receipt footer must be text.</source>
        <translation>Catatan kaki struk harus berupa teks.</translation>
    </message>
    <message>
        <source>The receipt footer can be at most {limit} characters.</source>
        <translation>Catatan kaki struk paling banyak {limit} karakter.</translation>
    </message>
    <message>
        <source>Remove the invisible characters (such as tabs) from the studio&apos;s details.</source>
        <translation>Hapus karakter tak terlihat (seperti tab) dari data studio.</translation>
    </message>
    <message>
        <source>Remove the blank or unprintable character {code} from the studio&apos;s details.</source>
        <translation>Hapus karakter kosong atau tidak dapat dicetak {code} dari data studio.</translation>
    </message>
    <message>
        <source>The tax number (NPWP) has 15 or 16 digits, such as 01.234.567.8-901.000.</source>
        <translation>Nomor pajak (NPWP) terdiri dari 15 atau 16 angka, seperti 01.234.567.8-901.000.</translation>
    </message>
    <message>
        <source>The regional tax rate must be between 1 and 25 percent.</source>
        <translation>Tarif pajak daerah harus antara 1 dan 25 persen.</translation>
    </message>
    <message>
        <source>1 future booking of &apos;{course}&apos; will be sent to the web platform:</source>
        <translation>1 booking mendatang kelas &apos;{course}&apos; akan dikirim ke platform web:</translation>
    </message>
    <message>
        <source>{count} future bookings of &apos;{course}&apos; will be sent to the web platform:</source>
        <translation>{count} booking mendatang kelas &apos;{course}&apos; akan dikirim ke platform web:</translation>
    </message>
    <message>
        <source>1 future booking of &apos;{course}&apos; stays at the desk only: it is with {coach}, and the web platform takes this course&apos;s bookings only with the course&apos;s own coach:</source>
        <translation>1 booking mendatang kelas &apos;{course}&apos; hanya disimpan di meja depan: booking ini bersama {coach}, sedangkan platform web hanya menerima booking kelas ini dengan pelatih kelas itu sendiri:</translation>
    </message>
    <message>
        <source>{count} future bookings of &apos;{course}&apos; stay at the desk only: they are with {coach}, and the web platform takes this course&apos;s bookings only with the course&apos;s own coach:</source>
        <translation>{count} booking mendatang kelas &apos;{course}&apos; hanya disimpan di meja depan: booking tersebut bersama {coach}, sedangkan platform web hanya menerima booking kelas ini dengan pelatih kelas itu sendiri:</translation>
    </message>
    <message>
        <source>{start}: {client}, {status}</source>
        <translation>{start}: {client}, {status}</translation>
    </message>
    <message>
        <source>The database file {where} is read-only: check the file&apos;s permissions. Nothing was saved.</source>
        <translation>Berkas database {where} hanya bisa dibaca: periksa izin berkas tersebut. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The database file {where} cannot be opened: check the permissions of the file and of its folder, where the desk keeps two more files beside it.</source>
        <translation>Berkas database {where} tidak dapat dibuka: periksa izin berkas itu dan foldernya, tempat meja depan menyimpan dua berkas lain di sampingnya.</translation>
    </message>
    <message>
        <source>The database {where} is read-only for this desk (a standby server, or a read-only setting on the server). Nothing was saved.</source>
        <translation>Database {where} hanya bisa dibaca oleh meja depan ini (server cadangan, atau pengaturan baca-saja di server). Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The database user of {where} may not change the studio&apos;s data. Nothing was saved; whoever set up the server must give this user the rights to the studio&apos;s tables.</source>
        <translation>Pengguna database {where} tidak boleh mengubah data studio. Tidak ada yang disimpan; orang yang memasang server harus memberi pengguna ini hak atas tabel-tabel studio.</translation>
    </message>
    <message>
        <source>The disk holding the database {where} is full. Nothing was saved; make room on it, then try again.</source>
        <translation>Disk tempat database {where} sudah penuh. Tidak ada yang disimpan; kosongkan sebagian ruang di disk itu, lalu coba lagi.</translation>
    </message>
    <message>
        <source>The database {where} was made by a newer Studio Desk (schema version {revision}). Update the desk on this computer to use it.</source>
        <translation>Database {where} dibuat oleh Studio Desk yang lebih baru (versi skema {revision}). Perbarui meja depan di komputer ini untuk memakainya.</translation>
    </message>
    <message>
        <source>{amount} refunded by {method}: {reason}</source>
        <translation>{amount} dikembalikan lewat {method}: {reason}</translation>
    </message>
    <message>
        <source>{amount} refunded by {method} against {taken} taken: {reason}</source>
        <translation>{amount} dikembalikan lewat {method} padahal dibayar dengan {taken}: {reason}</translation>
    </message>
    <message>
        <source>Nothing was paid by {method} for this booking. Give the refund back by {usual}, or say why it goes back by {method}.</source>
        <translation>Tidak ada pembayaran lewat {method} untuk booking ini. Kembalikan uang lewat {usual}, atau tulis alasan mengapa dikembalikan lewat {method}.</translation>
    </message>
    <message>
        <source>Nothing was paid by {method} for this booking, so the refund goes back by {usual}. Only an admin can give it back another way, with a reason.</source>
        <translation>Tidak ada pembayaran lewat {method} untuk booking ini, jadi uang dikembalikan lewat {usual}. Hanya admin yang dapat mengembalikannya dengan cara lain, disertai alasan.</translation>
    </message>
    <message>
        <source>Only {taken} was paid by {method} for this booking. Give the refund back by {usual}, or say why it goes back by {method}.</source>
        <translation>Hanya {taken} yang dibayar lewat {method} untuk booking ini. Kembalikan uang lewat {usual}, atau tulis alasan mengapa dikembalikan lewat {method}.</translation>
    </message>
    <message>
        <source>Only {taken} was paid by {method} for this booking, so the refund goes back by {usual}. Only an admin can give it back another way, with a reason.</source>
        <translation>Hanya {taken} yang dibayar lewat {method} untuk booking ini, jadi uang dikembalikan lewat {usual}. Hanya admin yang dapat mengembalikannya dengan cara lain, disertai alasan.</translation>
    </message>
    <message>
        <source>Nothing was paid by {method} for this pack. Give the refund back by {usual}, or say why it goes back by {method}.</source>
        <translation>Tidak ada pembayaran lewat {method} untuk paket ini. Kembalikan uang lewat {usual}, atau tulis alasan mengapa dikembalikan lewat {method}.</translation>
    </message>
    <message>
        <source>Nothing was paid by {method} for this pack, so the refund goes back by {usual}. Only an admin can give it back another way, with a reason.</source>
        <translation>Tidak ada pembayaran lewat {method} untuk paket ini, jadi uang dikembalikan lewat {usual}. Hanya admin yang dapat mengembalikannya dengan cara lain, disertai alasan.</translation>
    </message>
    <message>
        <source>Only {taken} was paid by {method} for this pack. Give the refund back by {usual}, or say why it goes back by {method}.</source>
        <translation>Hanya {taken} yang dibayar lewat {method} untuk paket ini. Kembalikan uang lewat {usual}, atau tulis alasan mengapa dikembalikan lewat {method}.</translation>
    </message>
    <message>
        <source>Only {taken} was paid by {method} for this pack, so the refund goes back by {usual}. Only an admin can give it back another way, with a reason.</source>
        <translation>Hanya {taken} yang dibayar lewat {method} untuk paket ini, jadi uang dikembalikan lewat {usual}. Hanya admin yang dapat mengembalikannya dengan cara lain, disertai alasan.</translation>
    </message>
    <message>
        <source>Only an admin can give a refund back by a method that did not take the money.</source>
        <translation>Hanya admin yang dapat mengembalikan uang lewat metode yang tidak dipakai untuk membayar.</translation>
    </message>
    <message>
        <source>The money was paid by {method}, so the refund needs no reason for its method. Clear the reason.</source>
        <translation>Uang dibayar lewat {method}, jadi pengembalian dana tidak memerlukan alasan untuk metodenya. Kosongkan alasannya.</translation>
    </message>
    <message>
        <source>{time} (first)</source>
        <translation>{time} (pertama)</translation>
    </message>
    <message>
        <source>{time} (second)</source>
        <translation>{time} (kedua)</translation>
    </message>
    <message>
        <source>The pack has no sessions left: another desk just used the last one. Nothing was saved.</source>
        <translation>Paket tidak punya sesi tersisa: meja lain baru saja memakai yang terakhir. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The membership already has as many bookings open as it allows: another desk just booked one. Nothing was saved.</source>
        <translation>Keanggotaan sudah memiliki jumlah booking aktif maksimum: meja lain baru saja memesan satu. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>This booking is already paid with a pack (another desk just did it). Nothing was saved.</source>
        <translation>Booking ini sudah dibayar dengan paket (meja lain baru saja melakukannya). Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The pack cannot pay for this session: it has ended, was closed, or is not for this course or client. Nothing was saved.</source>
        <translation>Paket tidak dapat membayar sesi ini: sudah berakhir, ditutup, atau bukan untuk kursus atau klien ini. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>A pack&apos;s terms and counters follow its ledger of credits, so nothing was changed.</source>
        <translation>Ketentuan dan saldo paket mengikuti catatan kreditnya, jadi tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>That line does not fit the pack&apos;s ledger of credits, so nothing was changed.</source>
        <translation>Baris itu tidak sesuai dengan catatan kredit paket, jadi tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A payment is for one booking or one pack, so nothing was saved.</source>
        <translation>Pembayaran adalah untuk satu booking atau satu paket, jadi tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The class is full: another desk just took the last place. Nothing was saved.</source>
        <translation>Kelas sudah penuh: meja lain baru saja mengambil tempat terakhir. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The client already has a place in this class (another desk just booked it). Nothing was saved.</source>
        <translation>Klien sudah punya tempat di kelas ini (meja lain baru saja memesannya). Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The client is already on this class&apos;s waitlist. Nothing was saved.</source>
        <translation>Klien sudah ada di daftar tunggu kelas ini. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>That client has already moved up from the waitlist. Nothing was saved.</source>
        <translation>Klien itu sudah naik dari daftar tunggu. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>That client has already moved up from the waitlist, or left it. Nothing was saved.</source>
        <translation>Klien itu sudah naik dari daftar tunggu, atau sudah keluar darinya. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The room has another class at that time. Nothing was saved.</source>
        <translation>Ruangan dipakai kelas lain pada jam itu. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The room is too small for the class&apos;s places. Nothing was saved.</source>
        <translation>Ruangan terlalu kecil untuk jumlah tempat kelas ini. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>A place belongs to its class: the class was canceled, or it is not this class&apos;s. Nothing was saved.</source>
        <translation>Tempat terikat pada kelasnya: kelas itu dibatalkan, atau tempat ini bukan milik kelas itu. Tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>A class&apos;s count of places follows its places, so nothing was changed.</source>
        <translation>Jumlah tempat di kelas mengikuti tempat yang dipesan, jadi tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>A class stays as it was planned (a canceled one stays canceled), so nothing was changed.</source>
        <translation>Kelas tetap seperti yang direncanakan (kelas yang dibatalkan tetap batal), jadi tidak ada yang diubah.</translation>
    </message>
    <message>
        <source>Only a paid place of a class still open can be checked in (or its check-in undone).</source>
        <translation>Hanya tempat yang sudah dibayar di kelas yang masih berjalan yang bisa check-in (atau dibatalkan check-in-nya).</translation>
    </message>
    <message>
        <source>The capacity must be between 1 and 1000 people.</source>
        <translation>Kapasitas harus antara 1 dan 1000 orang.</translation>
    </message>
    <message>
        <source>The till was last closed at {closed}, later than the time on this computer, so nothing was saved. Check this computer&apos;s date and time (or the one that closed the till), then try again.</source>
        <translation>Kas terakhir ditutup pada {closed}, lebih lambat daripada waktu di komputer ini, jadi tidak ada yang disimpan. Periksa tanggal dan jam komputer ini (atau komputer yang menutup kas), lalu coba lagi.</translation>
    </message>
    <message>
        <source>Payments, refunds, a booking&apos;s history and the till&apos;s closings are kept as they were written, so nothing was changed. Record a correction instead.</source>
        <translation>Pembayaran, pengembalian dana, riwayat booking, dan penutupan kas disimpan apa adanya seperti saat dicatat, jadi tidak ada yang diubah. Catat koreksinya sebagai gantinya.</translation>
    </message>
    <message>
        <source>A date and time could not be saved as the database keeps them, so nothing was saved.</source>
        <translation>Sebuah tanggal dan jam tidak dapat disimpan dalam bentuk yang dipakai database, jadi tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>A date or time of day could not be saved as the database keeps them (a real date of the years 1900 to 2999, a time from 00:00 to 23:59), so nothing was saved.</source>
        <translation>Sebuah tanggal atau jam tidak dapat disimpan dalam bentuk yang dipakai database (tanggal yang benar dari tahun 1900 sampai 2999, jam dari 00:00 sampai 23:59), jadi tidak ada yang disimpan.</translation>
    </message>
    <message>
        <source>The database holds a date and time the desk cannot read ({value}): another program wrote it. Ask whoever looks after the database to look at it.</source>
        <translation>Database menyimpan tanggal dan jam yang tidak dapat dibaca aplikasi ({value}): program lain yang menulisnya. Minta pengelola database untuk memeriksanya.</translation>
    </message>
    <message>
        <source>The database holds a date or time of day the desk cannot read ({value}): another program wrote it. Ask whoever looks after the database to look at it.</source>
        <translation>Database menyimpan tanggal atau jam yang tidak dapat dibaca aplikasi ({value}): program lain yang menulisnya. Minta pengelola database untuk memeriksanya.</translation>
    </message>
    <message>
        <source>The till of this database has been closed, and the demo&apos;s past payments would fall before that closing, which the database refuses. Load the demo into a new database.</source>
        <translation>Kas di database ini sudah pernah ditutup, dan pembayaran lama dari demo akan jatuh sebelum penutupan itu, yang ditolak oleh database. Muat demo ke database baru.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not yes or no.</source>
        <translation>&apos;{value}&apos; bukan ya atau tidak.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a whole number from {low} to {high}.</source>
        <translation>&apos;{value}&apos; bukan bilangan bulat dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>The desk was given &apos;{value}&apos; where it expects something else.</source>
        <translation>Aplikasi menerima &apos;{value}&apos; di tempat yang mengharapkan hal lain.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not an amount of money the desk can show.</source>
        <translation>&apos;{value}&apos; bukan jumlah uang yang dapat ditampilkan aplikasi.</translation>
    </message>
    <message>
        <source>&apos;{code}&apos; is not a currency code. Use an ISO 4217 code such as IDR, USD or EUR.</source>
        <translation>&apos;{code}&apos; bukan kode mata uang. Gunakan kode ISO 4217 seperti IDR, USD, atau EUR.</translation>
    </message>
    <message>
        <source>Sign in again: your account was changed or removed since you signed in.</source>
        <translation>Masuk lagi: akun Anda telah diubah atau dihapus sejak Anda masuk.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a sentence the desk can fill in.</source>
        <translation>&apos;{value}&apos; bukan kalimat yang dapat diisi oleh aplikasi.</translation>
    </message>
    <message>
        <source>Paid with pack #{pack}</source>
        <translation>Dibayar dengan paket #{pack}</translation>
    </message>
    <message>
        <source>The credit went back to pack #{pack}</source>
        <translation>Kredit dikembalikan ke paket #{pack}</translation>
    </message>
    <message>
        <source>Returned to pack #{pack} after it ended</source>
        <translation>Dikembalikan ke paket #{pack} setelah paket berakhir</translation>
    </message>
    <message>
        <source>Pack not found</source>
        <translation>Paket tidak ditemukan</translation>
    </message>
    <message>
        <source>Sold: {product}</source>
        <translation>Terjual: {product}</translation>
    </message>
    <message>
        <source>Product not found</source>
        <translation>Produk tidak ditemukan</translation>
    </message>
    <message>
        <source>Sign in to see the studio&apos;s products.</source>
        <translation>Masuk dulu untuk melihat produk studio.</translation>
    </message>
    <message>
        <source>The number of sessions must be a whole number from {low} to {high}.</source>
        <translation>Jumlah sesi harus bilangan bulat dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>The bookings at once must be a whole number from {low} to {high}.</source>
        <translation>Jumlah booking sekaligus harus bilangan bulat dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>Enter for how many days the product is valid.</source>
        <translation>Isi berapa hari produk ini berlaku.</translation>
    </message>
    <message>
        <source>The days of validity must be a whole number from {low} to {high}.</source>
        <translation>Masa berlaku (hari) harus bilangan bulat dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>The freezes allowed must be a whole number from {low} to {high}.</source>
        <translation>Jumlah pembekuan yang diizinkan harus bilangan bulat dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>The days of a freeze must be a whole number from {low} to {high}.</source>
        <translation>Lama satu pembekuan (hari) harus bilangan bulat dari {low} sampai {high}.</translation>
    </message>
    <message>
        <source>The courses must be a list of course numbers.</source>
        <translation>Kelas harus diberikan sebagai daftar nomor kelas.</translation>
    </message>
    <message>
        <source>A product can list at most {limit} courses.</source>
        <translation>Satu produk dapat mencantumkan paling banyak {limit} kelas.</translation>
    </message>
    <message>
        <source>Choose when the days of validity start: at the sale or at the first booking.</source>
        <translation>Pilih kapan masa berlaku mulai dihitung: saat dijual atau saat booking pertama.</translation>
    </message>
    <message>
        <source>Choose what the product pays for: every course, one coach&apos;s courses, or the courses listed.</source>
        <translation>Pilih untuk apa produk ini berlaku: semua kelas, kelas satu pelatih, atau kelas yang dicantumkan.</translation>
    </message>
    <message>
        <source>Enter how many sessions the pack holds.</source>
        <translation>Isi jumlah sesi dalam paket.</translation>
    </message>
    <message>
        <source>A pack has a number of sessions, not a limit of bookings at once.</source>
        <translation>Paket memiliki jumlah sesi, bukan batas booking sekaligus.</translation>
    </message>
    <message>
        <source>Enter how many bookings a member may hold at once.</source>
        <translation>Isi berapa booking yang boleh dimiliki anggota sekaligus.</translation>
    </message>
    <message>
        <source>A membership has no number of sessions, only a limit of bookings at once.</source>
        <translation>Keanggotaan tidak memiliki jumlah sesi, hanya batas booking sekaligus.</translation>
    </message>
    <message>
        <source>Choose the coach whose courses the product pays for.</source>
        <translation>Pilih pelatih yang kelasnya dibayar dengan produk ini.</translation>
    </message>
    <message>
        <source>Only a product for one coach&apos;s courses names a coach.</source>
        <translation>Hanya produk untuk kelas satu pelatih yang menyebut pelatih.</translation>
    </message>
    <message>
        <source>Choose at least one course the product pays for.</source>
        <translation>Pilih setidaknya satu kelas yang dibayar dengan produk ini.</translation>
    </message>
    <message>
        <source>Only a product for the courses listed lists courses.</source>
        <translation>Hanya produk untuk kelas yang dicantumkan yang mencantumkan kelas.</translation>
    </message>
    <message>
        <source>Enter for how many days at most each freeze may last.</source>
        <translation>Isi berapa hari paling lama setiap pembekuan.</translation>
    </message>
    <message>
        <source>Allow at least one freeze, or set the days of a freeze to 0.</source>
        <translation>Izinkan setidaknya satu pembekuan, atau isi lama pembekuan dengan 0.</translation>
    </message>
    <message>
        <source>The course {course} is no longer offered.</source>
        <translation>Kelas {course} sudah tidak ditawarkan.</translation>
    </message>
    <message>
        <source>Choose whether the product is a pack or a membership.</source>
        <translation>Pilih apakah produk ini paket atau keanggotaan.</translation>
    </message>
    <message>
        <source>{product} is no longer sold.</source>
        <translation>{product} tidak dijual lagi.</translation>
    </message>
    <message>
        <source>Pack #{pack} was closed on {day}.</source>
        <translation>Paket #{pack} ditutup pada {day}.</translation>
    </message>
    <message>
        <source>Pack #{pack} expired on {day}.</source>
        <translation>Paket #{pack} kedaluwarsa pada {day}.</translation>
    </message>
    <message>
        <source>Pack #{pack} has no sessions left.</source>
        <translation>Paket #{pack} tidak punya sesi tersisa.</translation>
    </message>
    <message>
        <source>Membership #{pack} already has {open} of {limit} bookings open.</source>
        <translation>Keanggotaan #{pack} sudah memiliki {open} dari {limit} booking aktif.</translation>
    </message>
    <message>
        <source>Pack #{pack} is not for {course}.</source>
        <translation>Paket #{pack} bukan untuk {course}.</translation>
    </message>
    <message>
        <source>Pack #{pack} ends on {day}, before this session.</source>
        <translation>Paket #{pack} berakhir pada {day}, sebelum sesi ini.</translation>
    </message>
    <message>
        <source>{client} has no pack that can pay for this session.</source>
        <translation>{client} tidak punya paket yang dapat membayar sesi ini.</translation>
    </message>
    <message>
        <source>Pack #{pack} belongs to another client.</source>
        <translation>Paket #{pack} milik klien lain.</translation>
    </message>
    <message>
        <source>Pack #{pack} is frozen until {day}.</source>
        <translation>Paket #{pack} dibekukan sampai {day}.</translation>
    </message>
    <message>
        <source>Membership #{pack} cannot book until after {day}: the studio&apos;s rules block a member who did not show.</source>
        <translation>Keanggotaan #{pack} tidak dapat booking sampai setelah {day}: aturan studio memblokir anggota yang tidak hadir.</translation>
    </message>
    <message>
        <source>Choose what it costs: the credit, a fee, or nothing.</source>
        <translation>Pilih biayanya: kredit, denda, atau tidak ada.</translation>
    </message>
    <message>
        <source>The late-cancel window must be {low} to {high} hours.</source>
        <translation>Batas pembatalan terlambat harus {low} sampai {high} jam.</translation>
    </message>
    <message>
        <source>The booking block must be {low} to {high} days.</source>
        <translation>Blokir booking harus {low} sampai {high} hari.</translation>
    </message>
    <message>
        <source>Enter the fee.</source>
        <translation>Masukkan dendanya.</translation>
    </message>
    <message>
        <source>Owes {amount} for a late cancel on {day}</source>
        <translation>Berutang {amount} untuk pembatalan terlambat pada {day}</translation>
    </message>
    <message>
        <source>Owes {amount} for a no-show on {day}</source>
        <translation>Berutang {amount} karena tidak hadir pada {day}</translation>
    </message>
    <message>
        <source>{amount} for a late cancel on {day}</source>
        <translation>{amount} untuk pembatalan terlambat pada {day}</translation>
    </message>
    <message>
        <source>{amount} for a no-show on {day}</source>
        <translation>{amount} karena tidak hadir pada {day}</translation>
    </message>
    <message>
        <source>This fee is no longer owed (it is {state}).</source>
        <translation>Denda ini tidak lagi terutang (statusnya {state}).</translation>
    </message>
    <message>
        <source>{client} owes {amount} in fees. The studio takes no new bookings until they are paid or waived.</source>
        <translation>{client} berutang denda {amount}. Studio tidak menerima booking baru sampai denda dibayar atau dihapus.</translation>
    </message>
    <message>
        <source>Say whether to list only owed fees: yes or no.</source>
        <translation>Sebutkan apakah hanya denda terutang yang ditampilkan: ya atau tidak.</translation>
    </message>
    <message>
        <source>Fee not found</source>
        <translation>Denda tidak ditemukan</translation>
    </message>
    <message>
        <source>In time: nothing is charged.</source>
        <translation>Tepat waktu: tidak ada biaya.</translation>
    </message>
    <message>
        <source>The credit goes back to pack #{pack}.</source>
        <translation>Kredit kembali ke paket #{pack}.</translation>
    </message>
    <message>
        <source>Late ({hours} h before; the rule is {window} h): the credit of pack #{pack} is kept.</source>
        <translation>Terlambat ({hours} jam sebelumnya; aturannya {window} jam): kredit paket #{pack} hangus.</translation>
    </message>
    <message>
        <source>Late ({hours} h before; the rule is {window} h): the money paid is kept, no refund.</source>
        <translation>Terlambat ({hours} jam sebelumnya; aturannya {window} jam): uang yang dibayar tidak dikembalikan.</translation>
    </message>
    <message>
        <source>Late ({hours} h before; the rule is {window} h), but it costs nothing.</source>
        <translation>Terlambat ({hours} jam sebelumnya; aturannya {window} jam), tetapi tanpa biaya.</translation>
    </message>
    <message>
        <source>Late ({hours} h before; the rule is {window} h): a fee of {fee} ({kept} kept from the payment, {owed} owed).</source>
        <translation>Terlambat ({hours} jam sebelumnya; aturannya {window} jam): denda {fee} ({kept} diambil dari pembayaran, {owed} terutang).</translation>
    </message>
    <message>
        <source>No-show: the credit of pack #{pack} is used.</source>
        <translation>Tidak hadir: kredit paket #{pack} terpakai.</translation>
    </message>
    <message>
        <source>No-show: the money paid is kept.</source>
        <translation>Tidak hadir: uang yang dibayar tidak dikembalikan.</translation>
    </message>
    <message>
        <source>No-show: it costs nothing.</source>
        <translation>Tidak hadir: tanpa biaya.</translation>
    </message>
    <message>
        <source>No-show: a fee of {fee} is owed.</source>
        <translation>Tidak hadir: denda {fee} terutang.</translation>
    </message>
    <message>
        <source>{what} No booking with the membership until {day}.</source>
        <translation>{what} Tidak bisa booking dengan keanggotaan sampai {day}.</translation>
    </message>
    <message>
        <source>{what} Waived by {admin}: {reason}</source>
        <translation>{what} Dihapus oleh {admin}: {reason}</translation>
    </message>
    <message>
        <source>It is now {hours} h before the session, so the cancel rules apply differently than shown. Look again.</source>
        <translation>Sekarang {hours} jam sebelum sesi, jadi aturan pembatalan berlaku berbeda dari yang ditampilkan. Periksa lagi.</translation>
    </message>
    <message>
        <source>Only an admin may waive the studio&apos;s rules.</source>
        <translation>Hanya admin yang boleh mengabaikan aturan studio.</translation>
    </message>
    <message>
        <source>The rules cost nothing here, so there is nothing to waive.</source>
        <translation>Aturan tidak membebankan biaya di sini, jadi tidak ada yang perlu dihapus.</translation>
    </message>
    <message>
        <source>Give the number of days as a whole number from 1 to {most}.</source>
        <translation>Isi jumlah hari sebagai bilangan bulat dari 1 sampai {most}.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of sessions. Give a whole number from -{most} to {most}, like 2 or -1.</source>
        <translation>&apos;{value}&apos; bukan jumlah sesi. Isi bilangan bulat dari -{most} sampai {most}, misalnya 2 atau -1.</translation>
    </message>
    <message>
        <source>A change of 0 sessions changes nothing. Give how many sessions to add, or to take away (-1).</source>
        <translation>Perubahan 0 sesi tidak mengubah apa pun. Isi berapa sesi yang ditambahkan, atau yang dikurangi (-1).</translation>
    </message>
    <message>
        <source>Membership #{pack} has no sessions to change: it pays for any number while it lasts.</source>
        <translation>Keanggotaan #{pack} tidak punya sesi untuk diubah: keanggotaan membayar berapa pun sesi selama masih berlaku.</translation>
    </message>
    <message>
        <source>Pack #{pack} was closed on {day}, so its sessions stay as they are.</source>
        <translation>Paket #{pack} ditutup pada {day}, jadi sesinya tetap seperti adanya.</translation>
    </message>
    <message>
        <source>Pack #{pack} expired on {day}, so its sessions stay as they are.</source>
        <translation>Paket #{pack} kedaluwarsa pada {day}, jadi sesinya tetap seperti adanya.</translation>
    </message>
    <message>
        <source>Pack #{pack} has {left} sessions left; it cannot lose {lose}.</source>
        <translation>Paket #{pack} punya sisa {left} sesi; tidak bisa dikurangi {lose}.</translation>
    </message>
    <message>
        <source>Expired on {day}</source>
        <translation>Kedaluwarsa pada {day}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a number of days. Give whole days, like 14.</source>
        <translation>&apos;{value}&apos; bukan jumlah hari. Isi jumlah hari bulat, misalnya 14.</translation>
    </message>
    <message>
        <source>Pack #{pack} was closed on {day}, so it cannot be frozen.</source>
        <translation>Paket #{pack} ditutup pada {day}, jadi tidak dapat dibekukan.</translation>
    </message>
    <message>
        <source>Pack #{pack} expired on {day}, so it cannot be frozen.</source>
        <translation>Paket #{pack} kedaluwarsa pada {day}, jadi tidak dapat dibekukan.</translation>
    </message>
    <message>
        <source>Pack #{pack} starts with its first session, so there is nothing to freeze yet.</source>
        <translation>Paket #{pack} mulai berlaku pada sesi pertamanya, jadi belum ada yang bisa dibekukan.</translation>
    </message>
    <message>
        <source>Pack #{pack} has no sessions left, so there is nothing to freeze.</source>
        <translation>Paket #{pack} tidak punya sesi tersisa, jadi tidak ada yang bisa dibekukan.</translation>
    </message>
    <message>
        <source>Pack #{pack} may not be frozen: its terms allow no freezes.</source>
        <translation>Paket #{pack} tidak boleh dibekukan: ketentuannya tidak mengizinkan pembekuan.</translation>
    </message>
    <message>
        <source>Pack #{pack} may be frozen {allowed} times; it has been.</source>
        <translation>Paket #{pack} boleh dibekukan {allowed} kali, dan semuanya sudah terpakai.</translation>
    </message>
    <message>
        <source>Pack #{pack} may be frozen for at most {most} days at a time.</source>
        <translation>Paket #{pack} boleh dibekukan paling lama {most} hari setiap kali.</translation>
    </message>
    <message>
        <source>A freeze starts today or later, not on {day}.</source>
        <translation>Pembekuan dimulai hari ini atau sesudahnya, bukan pada {day}.</translation>
    </message>
    <message>
        <source>Pack #{pack} ends on {day}: a freeze must start by then.</source>
        <translation>Paket #{pack} berakhir pada {day}: pembekuan harus dimulai paling lambat hari itu.</translation>
    </message>
    <message>
        <source>Pack #{pack} is already frozen from {first} to {last}.</source>
        <translation>Paket #{pack} sudah dibekukan dari {first} sampai {last}.</translation>
    </message>
    <message>
        <source>Pack #{pack} pays for a booking on {start}, inside the freeze: move or cancel it first.</source>
        <translation>Paket #{pack} membayar booking pada {start}, di dalam masa pembekuan: pindahkan atau batalkan booking itu dulu.</translation>
    </message>
    <message>
        <source>Pack #{pack} pays for {count} bookings inside the freeze, from {first} to {last}: move or cancel them first.</source>
        <translation>Paket #{pack} membayar {count} booking di dalam masa pembekuan, dari {first} sampai {last}: pindahkan atau batalkan booking itu dulu.</translation>
    </message>
    <message>
        <source>Pack #{pack} was closed on {day}: there is nothing left to refund.</source>
        <translation>Paket #{pack} ditutup pada {day}: tidak ada lagi yang bisa dikembalikan.</translation>
    </message>
    <message>
        <source>Say why pack #{pack} is refunded another amount than the {usual} the desk works out.</source>
        <translation>Tulis alasan paket #{pack} dikembalikan dengan jumlah selain {usual} yang dihitung meja depan.</translation>
    </message>
    <message>
        <source>The refund cannot be more than what was paid for pack #{pack} and not given back yet ({left}).</source>
        <translation>Pengembalian dana tidak boleh lebih dari yang dibayar untuk paket #{pack} dan belum dikembalikan ({left}).</translation>
    </message>
    <message>
        <source>Nothing goes back, so the refund needs no reason for its method. Clear the reason.</source>
        <translation>Tidak ada uang yang dikembalikan, jadi cara pengembaliannya tidak perlu alasan. Kosongkan alasannya.</translation>
    </message>
    <message>
        <source>Refunded {amount}</source>
        <translation>Dikembalikan {amount}</translation>
    </message>
    <message>
        <source>Closed with no refund</source>
        <translation>Ditutup tanpa pengembalian dana</translation>
    </message>
    <message>
        <source>Pack #{pack}: {name}, {sessions} sessions, good through {day}</source>
        <translation>Paket #{pack}: {name}, {sessions} sesi, berlaku sampai {day}</translation>
    </message>
    <message>
        <source>Pack #{pack}: {name}, {sessions} sessions, {days} days from first use</source>
        <translation>Paket #{pack}: {name}, {sessions} sesi, {days} hari sejak pemakaian pertama</translation>
    </message>
    <message>
        <source>Membership #{pack}: {name}, unlimited, {limit} at a time, good through {day}</source>
        <translation>Keanggotaan #{pack}: {name}, tanpa batas, {limit} sekaligus, berlaku sampai {day}</translation>
    </message>
    <message>
        <source>Membership #{pack}: {name}, unlimited, {limit} at a time, {days} days from first use</source>
        <translation>Keanggotaan #{pack}: {name}, tanpa batas, {limit} sekaligus, {days} hari sejak pemakaian pertama</translation>
    </message>
    <message>
        <source>Fee: late cancel on {day}</source>
        <translation>Denda: pembatalan terlambat pada {day}</translation>
    </message>
    <message>
        <source>Fee: no-show on {day}</source>
        <translation>Denda: tidak hadir pada {day}</translation>
    </message>
    <message>
        <source>Fee: late cancel</source>
        <translation>Denda: pembatalan terlambat</translation>
    </message>
    <message>
        <source>Fee: no-show</source>
        <translation>Denda: tidak hadir</translation>
    </message>
    <message>
        <source>Thank you! Your pack is ready to book with.</source>
        <translation>Terima kasih! Paket Anda siap dipakai untuk booking.</translation>
    </message>
    <message>
        <source>Thank you! Your membership is ready to book with.</source>
        <translation>Terima kasih! Keanggotaan Anda siap dipakai untuk booking.</translation>
    </message>
    <message>
        <source>This pack was closed.</source>
        <translation>Paket ini sudah ditutup.</translation>
    </message>
    <message>
        <source>This membership was closed.</source>
        <translation>Keanggotaan ini sudah ditutup.</translation>
    </message>
    <message>
        <source>This pack was closed and {amount} was refunded.</source>
        <translation>Paket ini ditutup dan {amount} telah dikembalikan.</translation>
    </message>
    <message>
        <source>This membership was closed and {amount} was refunded.</source>
        <translation>Keanggotaan ini ditutup dan {amount} telah dikembalikan.</translation>
    </message>
    <message>
        <source>Thank you! This fee is paid.</source>
        <translation>Terima kasih! Denda ini sudah dibayar.</translation>
    </message>
    <message>
        <source>No money was taken for pack #{pack}, so it has no receipt.</source>
        <translation>Tidak ada uang yang diterima untuk paket #{pack}, jadi paket ini tidak memiliki struk.</translation>
    </message>
    <message>
        <source>This class was already canceled.</source>
        <translation>Kelas ini sudah dibatalkan.</translation>
    </message>
    <message>
        <source>The class was canceled: {why}</source>
        <translation>Kelas dibatalkan: {why}</translation>
    </message>
    <message>
        <source>The class was canceled; the studio kept the credit</source>
        <translation>Kelas dibatalkan; studio menahan kreditnya</translation>
    </message>
    <message>
        <source>{coach} already takes this class.</source>
        <translation>{coach} sudah mengajar kelas ini.</translation>
    </message>
    <message>
        <source>{coach} has another session at that time.</source>
        <translation>{coach} punya sesi lain pada jam itu.</translation>
    </message>
    <message>
        <source>The class has already started.</source>
        <translation>Kelas sudah dimulai.</translation>
    </message>
    <message>
        <source>The class is full ({places} places). Put the client on its waitlist instead.</source>
        <translation>Kelas sudah penuh ({places} tempat). Masukkan klien ke daftar tunggu saja.</translation>
    </message>
    <message>
        <source>This class was canceled.</source>
        <translation>Kelas ini dibatalkan.</translation>
    </message>
    <message>
        <source>This class is over.</source>
        <translation>Kelas ini sudah selesai.</translation>
    </message>
    <message>
        <source>{client} already has a place in this class.</source>
        <translation>{client} sudah punya tempat di kelas ini.</translation>
    </message>
    <message>
        <source>{client} is already on this class&apos;s waitlist.</source>
        <translation>{client} sudah ada di daftar tunggu kelas ini.</translation>
    </message>
    <message>
        <source>The class has places free: book a place instead.</source>
        <translation>Kelas masih ada tempat kosong: pesan tempat saja.</translation>
    </message>
    <message>
        <source>The class has started: its waitlist is closed.</source>
        <translation>Kelas sudah dimulai: daftar tunggunya ditutup.</translation>
    </message>
    <message>
        <source>moved up from the waitlist</source>
        <translation>naik dari daftar tunggu</translation>
    </message>
    <message>
        <source>Waitlist entry not found</source>
        <translation>Daftar tunggu tidak ditemukan</translation>
    </message>
    <message>
        <source>Choose the client, or type a new client&apos;s name.</source>
        <translation>Pilih klien, atau ketik nama klien baru.</translation>
    </message>
    <message>
        <source>Class not found</source>
        <translation>Kelas tidak ditemukan</translation>
    </message>
    <message>
        <source>A class to come in this room has {places} places: the room cannot take fewer people.</source>
        <translation>Ada kelas mendatang di ruangan ini dengan {places} tempat: kapasitas ruangan tidak boleh kurang dari itu.</translation>
    </message>
    <message>
        <source>There is already a room called {name}.</source>
        <translation>Sudah ada ruangan bernama {name}.</translation>
    </message>
    <message>
        <source>This booking is not a place in a class.</source>
        <translation>Pemesanan ini bukan tempat di kelas.</translation>
    </message>
    <message>
        <source>{client} has not paid for this class yet: take the payment (or a pack&apos;s credit) first.</source>
        <translation>{client} belum membayar kelas ini: terima pembayaran (atau kredit paket) dulu.</translation>
    </message>
    <message>
        <source>Only a paid or confirmed place can be checked in.</source>
        <translation>Hanya tempat yang sudah dibayar atau dikonfirmasi yang bisa check-in.</translation>
    </message>
    <message>
        <source>This place was not checked in.</source>
        <translation>Tempat ini belum check-in.</translation>
    </message>
    <message>
        <source>Booking #{booking} is not a place in this class.</source>
        <translation>Booking #{booking} bukan tempat di kelas ini.</translation>
    </message>
    <message>
        <source>The class has not ended yet: finish it once it is over.</source>
        <translation>Kelas belum selesai: tutup kelas setelah selesai.</translation>
    </message>
    <message>
        <source>Only the front desk and the class&apos;s coach run its roster.</source>
        <translation>Hanya resepsionis dan pelatih kelas ini yang dapat mengelola daftar hadirnya.</translation>
    </message>
    <message>
        <source>checked in</source>
        <translation>sudah check-in</translation>
    </message>
    <message>
        <source>confirmed: checked in for the class</source>
        <translation>dikonfirmasi: sudah check-in untuk kelas</translation>
    </message>
    <message>
        <source>the class ended and the place was never paid</source>
        <translation>kelas sudah selesai dan tempatnya tidak pernah dibayar</translation>
    </message>
    <message>
        <source>Say which places were no-shows.</source>
        <translation>Sebutkan tempat mana yang tidak hadir.</translation>
    </message>
    <message>
        <source>Room not found</source>
        <translation>Ruangan tidak ditemukan</translation>
    </message>
    <message>
        <source>the studio is closed that day</source>
        <translation>studio tutup hari itu</translation>
    </message>
    <message>
        <source>the coach is off that day</source>
        <translation>pelatih libur hari itu</translation>
    </message>
    <message>
        <source>the coach has another session then</source>
        <translation>pelatih punya sesi lain pada jam itu</translation>
    </message>
    <message>
        <source>the room has another class then</source>
        <translation>ruangan dipakai kelas lain pada jam itu</translation>
    </message>
    <message>
        <source>that time does not exist that day (the clocks change)</source>
        <translation>jam itu tidak ada pada hari itu (pergantian jam)</translation>
    </message>
    <message>
        <source>The room takes {room} people, fewer than the {capacity} places of the class.</source>
        <translation>Ruangan memuat {room} orang, kurang dari {capacity} tempat kelas ini.</translation>
    </message>
    <message>
        <source>{course} is a private session (capacity 1). Give the course a capacity above 1 first.</source>
        <translation>{course} adalah sesi privat (kapasitas 1). Beri kursus ini kapasitas di atas 1 dulu.</translation>
    </message>
    <message>
        <source>Timetable line not found</source>
        <translation>Baris jadwal tidak ditemukan</translation>
    </message>
    <message>
        <source>Choose a day of the week.</source>
        <translation>Pilih hari dalam seminggu.</translation>
    </message>
    <message>
        <source>The last day cannot be before the first.</source>
        <translation>Hari terakhir tidak boleh sebelum hari pertama.</translation>
    </message>
    <message>
        <source>This class is already in the timetable on that day of the week at that time.</source>
        <translation>Kelas ini sudah ada di jadwal pada hari dan jam itu.</translation>
    </message>
    <message>
        <source>The class could not be put on {day}: {why}.</source>
        <translation>Kelas tidak dapat dijadwalkan pada {day}: {why}.</translation>
    </message>
    <message>
        <source>another desk took that time a moment ago</source>
        <translation>meja lain baru saja mengambil waktu itu</translation>
    </message>
    <message>
        <source>That room is not in use any more.</source>
        <translation>Ruangan itu sudah tidak dipakai lagi.</translation>
    </message>
    <message>
        <source>This client was not moved up from a waitlist.</source>
        <translation>Klien ini tidak naik dari daftar tunggu.</translation>
    </message>
    <message>
        <source>The desk writes messages in Indonesian (id) or English (en), not &apos;{language}&apos;.</source>
        <translation>Pesan ditulis dalam bahasa Indonesia (id) atau bahasa Inggris (en), bukan &apos;{language}&apos;.</translation>
    </message>
</context>
<context>
    <name>sync_problems_panel</name>
    <message>
        <source>Booked on the web (web booking #{remote_id}, {web_status}), but a desk booking holds this time. Cancel one of the two; the next sync brings the web booking in once the time is free.</source>
        <translation>Dipesan di web (booking web #{remote_id}, {web_status}), tetapi sebuah booking meja depan sudah memakai waktu ini. Batalkan salah satunya; sinkronisasi berikutnya akan memasukkan booking web begitu waktunya kosong.</translation>
    </message>
    <message>
        <source>Booked on the web (web booking #{remote_id}, {web_status}), but desk booking {booking_id} holds this time. Cancel one of the two; the next sync brings the web booking in once the time is free.</source>
        <translation>Dipesan di web (booking web #{remote_id}, {web_status}), tetapi booking meja depan {booking_id} sudah memakai waktu ini. Batalkan salah satunya; sinkronisasi berikutnya akan memasukkan booking web begitu waktunya kosong.</translation>
    </message>
</context>
<context>
    <name>sync_status</name>
    <message>
        <source>{count} waiting</source>
        <translation>{count} menunggu</translation>
    </message>
    <message>
        <source>1 needs you</source>
        <translation>1 perlu Anda</translation>
    </message>
    <message>
        <source>{count} need you</source>
        <translation>{count} perlu Anda</translation>
    </message>
    <message>
        <source>Web sync is off.</source>
        <translation>Sinkronisasi web nonaktif.</translation>
    </message>
    <message>
        <source>Last sync round: {moment}.</source>
        <translation>Putaran sinkronisasi terakhir: {moment}.</translation>
    </message>
    <message>
        <source>Last round without problems: {moment}.</source>
        <translation>Putaran terakhir tanpa masalah: {moment}.</translation>
    </message>
    <message>
        <source>Last problem: {problem}</source>
        <translation>Masalah terakhir: {problem}</translation>
    </message>
    <message>
        <source>{count} change(s) waiting to be sent to the web platform.</source>
        <translation>{count} perubahan menunggu dikirim ke platform web.</translation>
    </message>
    <message>
        <source>{count} booking(s) need a person to decide about the web platform.</source>
        <translation>{count} booking perlu keputusan seseorang terkait platform web.</translation>
    </message>
    <message>
        <source>Click to open the web sync settings ({shortcut}).</source>
        <translation>Klik untuk membuka pengaturan sinkronisasi web ({shortcut}).</translation>
    </message>
    <message>
        <source>Click to open the web sync settings.</source>
        <translation>Klik untuk membuka pengaturan sinkronisasi web.</translation>
    </message>
</context>
</TS>
