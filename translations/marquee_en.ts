<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>Marquee::AuditPage</name>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditorium created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditorium renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout uploaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout draft saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout draft discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show moved to another layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) of “%1” free again: %2 (held at terminal %3 until %4)</source>
        <translation>
            <numerusform>%n seat of “%1” free again: %2 (held at terminal %3 until %4)</numerusform>
            <numerusform>%n seats of “%1” free again: %2 (held at terminal %3 until %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed; older ones match too.</source>
        <translation>
            <numerusform>%n entry listed; older ones match too.</numerusform>
            <numerusform>%n entries listed; older ones match too.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed.</source>
        <translation>
            <numerusform>%n entry listed.</numerusform>
            <numerusform>%n entries listed.</numerusform>
        </translation>
    </message>
    <message>
        <source>(server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n entry exported to %1.</numerusform>
            <numerusform>%n entries exported to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sale %1: %n ticket(s), %2, at terminal %3: %4</source>
        <translation>
            <numerusform>Sale %1: %n ticket, %2, at terminal %3: %4</numerusform>
            <numerusform>Sale %1: %n tickets, %2, at terminal %3: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Title created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue settings changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show status changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket type changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price card created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price card changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price card deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show&apos;s price card changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted %1, expected %2, difference %3, at terminal %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float %1 at terminal %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, role %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card sale refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card payment given back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished card sale settled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, card terminal reference %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sale of hold %1 was completed with the card payments taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card payments for hold %1 were given back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::BackOfficeWindow</name>
    <message>
        <source>Marquee back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back office is for managers and admins; %1 is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Programme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Titles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::BasketWidget</name>
    <message numerus="yes">
        <source>%n seat(s): %1</source>
        <translation>
            <numerusform>%n seat: %1</numerusform>
            <numerusform>%n seats: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Hold %n more</source>
        <translation>
            <numerusform>&amp;Hold %n more</numerusform>
            <numerusform>&amp;Hold %n more</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Hold seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the selected seats (Alt+H, F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take payment (Alt+P, F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not held yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No seats selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the payment can be taken when the connection is back. The seats stay held until the time runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: the held seats can be released when the connection is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a seat selected, 1-9 pick its ticket type (Alt+1-9 anywhere)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::CancelShowDialog</name>
    <message>
        <source>Cancel show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>projector broken</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;? Its holds are released and nothing more is sold; %n ticket(s) sold can then be refunded.</source>
        <translation>
            <numerusform>Cancel &lt;b&gt;%1&lt;/b&gt;? Its holds are released and nothing more is sold; %n ticket sold can then be refunded.</numerusform>
            <numerusform>Cancel &lt;b&gt;%1&lt;/b&gt;? Its holds are released and nothing more is sold; %n tickets sold can then be refunded.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the &amp;show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the show is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::CategoriesPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paint selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the selected seats this category (or double-click it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2 characters. Your other sessions end; this one stays signed in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new password must have %1 to %2 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the new password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ConnectionBanner</name>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation>
            <numerusform>Next attempt in %n s.</numerusform>
            <numerusform>Next attempt in %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in as %1 as soon as the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows and seat maps are as last seen; sign in to sell when the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows and seat maps are as last seen; nothing can be sold until the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1, not signed in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::CopyShowsDialog</name>
    <message>
        <source>Copy week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;week of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To the &amp;day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies every show of the week of %1 to the week of %2, as scheduled (not on sale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies every show of %1 to %2, as scheduled (not on sale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another day than the one copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy at most a year ahead or back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From the week of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From the day:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::DoorScanner</name>
    <message>
        <source>Not a ticket code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server gave an unexpected answer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::DoorWindow</name>
    <message>
        <source>Marquee door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitting for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a ticket, or type its code and press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door %1, signed in as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server cannot be reached: the scan goes as soon as it is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: the scan goes once someone signs in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This ticket was refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket is for another show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user may not admit tickets: sign in as a cashier, manager or admin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The door&apos;s show no longer exists: choose another show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed out: sign in again, then scan the ticket again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the ticket by hand, or scan it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any show today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 admitted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) waiting for the server</source>
        <translation>
            <numerusform>%n scan waiting for the server</numerusform>
            <numerusform>%n scans waiting for the server</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted, row %1, seat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already admitted at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already admitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The door is for ushers signed in as a cashier, manager or admin; %1 is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::KioskExitDialog</name>
    <message>
        <source>Staff only: leave kiosk mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or a manager&apos;s sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exit PIN is set up on this kiosk; a manager can sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong PIN. The kiosk stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer. The kiosk stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a manager or an admin can leave kiosk mode. The kiosk stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password. The kiosk stays locked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::KioskWindow</name>
    <message>
        <source>Your seats were released. Please choose again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s).</source>
        <translation>
            <numerusform>Starting over in %n second.</numerusform>
            <numerusform>Starting over in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Touch a film to buy tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporarily unavailable.
Please buy your tickets at the box office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many tickets?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>♿ I need a wheelchair space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your seats are marked green with a tick. Tap another free seat to move, or tap one of yours to give it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you! Enjoy the show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection was interrupted. Please wait…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No more shows today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2 in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) free</source>
        <translation>
            <numerusform>%n seat free</numerusform>
            <numerusform>%n seats free</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At most %n tickets per purchase here; for more, please go to the box office.</source>
        <translation>
            <numerusform>At most %n ticket per purchase here; for more, please go to the box office.</numerusform>
            <numerusform>At most %n tickets per purchase here; for more, please go to the box office.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n ticket</numerusform>
            <numerusform>%n tickets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorry, there are not enough free seats for %n people in this show.</source>
        <translation>
            <numerusform>Sorry, there is no free seat for %n person in this show.</numerusform>
            <numerusform>Sorry, there are not enough free seats for %n people in this show.</numerusform>
        </translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, that seat is taken. Please choose a free one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please don&apos;t leave a single seat empty on its own between others. Your seats have not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, someone else has just taken that seat. Your seats have not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, that did not work. Your seats have not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the best seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tap %n more free seat(s).</source>
        <translation>
            <numerusform>Tap %n more free seat.</numerusform>
            <numerusform>Tap %n more free seats.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay %1 by card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the instructions on the card terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert, tap or swipe your card on the card terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your card was declined; nothing was charged. You can try again or use another card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal did not answer; nothing was charged. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sorry, the time for your seats ran out and they were released. Please start over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment could not be confirmed. If your card was charged, please ask at the box office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Please take your %n ticket(s) from the printer below.</source>
        <translation>
            <numerusform>Please take your %n ticket from the printer below.</numerusform>
            <numerusform>Please take your %n tickets from the printer below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Photograph your %n ticket(s): the QR code is your ticket at the door.</source>
        <translation>
            <numerusform>Photograph your %n ticket: the QR code is your ticket at the door.</numerusform>
            <numerusform>Photograph your %n tickets: the QR codes are your tickets at the door.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>today %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tomorrow %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail my tickets (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address. Please check it, or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tickets are on their way to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutBrowser</name>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move shows onto this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;auditorium…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues and layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue / auditorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows using it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;venue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>version %1 · %n seat(s)</source>
        <translation>
            <numerusform>version %1 · %n seat</numerusform>
            <numerusform>version %1 · %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>no layout yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No venues yet: create one with “New venue…”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft (revision %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>saved by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue “%1” created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New auditorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the new auditorium in %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditorium “%1” created: draw its layout with “New layout”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutDocument</name>
    <message numerus="yes">
        <source>Move %n seat(s)</source>
        <translation>
            <numerusform>Move %n seat</numerusform>
            <numerusform>Move %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Move %n item</numerusform>
            <numerusform>Move %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n seat(s)</source>
        <translation>
            <numerusform>Rotate %n seat</numerusform>
            <numerusform>Rotate %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n item(s)</source>
        <translation>
            <numerusform>Rotate %n item</numerusform>
            <numerusform>Rotate %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n seat(s)</source>
        <translation>
            <numerusform>Align %n seat</numerusform>
            <numerusform>Align %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n item(s)</source>
        <translation>
            <numerusform>Align %n item</numerusform>
            <numerusform>Align %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n seat(s)</source>
        <translation>
            <numerusform>Distribute %n seat</numerusform>
            <numerusform>Distribute %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n item(s)</source>
        <translation>
            <numerusform>Distribute %n item</numerusform>
            <numerusform>Distribute %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>Delete %n seat</numerusform>
            <numerusform>Delete %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n seat(s)</source>
        <translation>
            <numerusform>Duplicate %n seat</numerusform>
            <numerusform>Duplicate %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicate %n item</numerusform>
            <numerusform>Duplicate %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n seat(s)</source>
        <translation>
            <numerusform>Paste %n seat</numerusform>
            <numerusform>Paste %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>A layout holds at most %1 seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Give %n seat(s) the category %1</source>
        <translation>
            <numerusform>Give %n seat the category %1</numerusform>
            <numerusform>Give %n seats the category %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n seat(s) wheelchair spaces</source>
        <translation>
            <numerusform>Make %n seat a wheelchair space</numerusform>
            <numerusform>Make %n seats wheelchair spaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n wheelchair space(s) seats</source>
        <translation>
            <numerusform>Make %n wheelchair space a seat</numerusform>
            <numerusform>Make %n wheelchair spaces seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n seat(s) companion seats</source>
        <translation>
            <numerusform>Make %n seat a companion seat</numerusform>
            <numerusform>Make %n seats companion seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n seat(s) no companion seats</source>
        <translation>
            <numerusform>Make %n seat no companion seat</numerusform>
            <numerusform>Make %n seats no companion seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n seat(s) restricted view</source>
        <translation>
            <numerusform>Mark %n seat restricted view</numerusform>
            <numerusform>Mark %n seats restricted view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear restricted view of %n seat(s)</source>
        <translation>
            <numerusform>Clear restricted view of %n seat</numerusform>
            <numerusform>Clear restricted view of %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Block %n seat(s)</source>
        <translation>
            <numerusform>Block %n seat</numerusform>
            <numerusform>Block %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %n seat(s)</source>
        <translation>
            <numerusform>Unblock %n seat</numerusform>
            <numerusform>Unblock %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n seat(s)</source>
        <translation>
            <numerusform>Renumber %n seat</numerusform>
            <numerusform>Renumber %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Label seat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename section to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout&apos;s name has 1 to %1 printable characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename layout to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename category to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recolour category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove category %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A layout has at most %1 sections.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add a row of %n seat(s)</source>
        <translation>
            <numerusform>Add a row of %n seat</numerusform>
            <numerusform>Add a row of %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an aisle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aisle %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen or stage needs a position and a positive width.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the text %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) as best</source>
        <translation>
            <numerusform>Mark %n row as best</numerusform>
            <numerusform>Mark %n rows as best</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n best row(s)</source>
        <translation>
            <numerusform>Unmark %n best row</numerusform>
            <numerusform>Unmark %n best rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutExport</name>
    <message>
        <source>Seating plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seating plan of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::LegendWidget</name>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a seat to add or remove it; drag to select a block</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::LiveSeatMap</name>
    <message>
        <source>The layout of this auditorium cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::MainWindow</name>
    <message numerus="yes">
        <source>%n seat(s) are held for a customer. Release them before quitting?</source>
        <translation>
            <numerusform>%n seat is held for a customer. Release it before quitting?</numerusform>
            <numerusform>%n seats are held for a customer. Release them before quitting?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Signing out releases the %n held seat(s). Sign out?</source>
        <translation>
            <numerusform>Signing out releases the %n held seat. Sign out?</numerusform>
            <numerusform>Signing out releases the %n held seats. Sign out?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This show started %n minute(s) ago.</source>
        <translation>
            <numerusform>This show started %n minute ago.</numerusform>
            <numerusform>This show started %n minutes ago.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Release the %n held seat(s) and empty the basket?</source>
        <translation>
            <numerusform>Release the %n held seat and empty the basket?</numerusform>
            <numerusform>Release the %n held seats and empty the basket?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more hold(s) of this terminal are still active; they expire by themselves.</source>
        <translation>
            <numerusform>%n more hold of this terminal is still active; it expires by itself.</numerusform>
            <numerusform>%n more holds of this terminal are still active; they expire by themselves.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held by this terminal before were put back in the basket.</source>
        <translation>
            <numerusform>%n seat held by this terminal before was put back in the basket.</numerusform>
            <numerusform>%n seats held by this terminal before were put back in the basket.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sold: %n ticket(s).</source>
        <translation>
            <numerusform>Sold: %n ticket.</numerusform>
            <numerusform>Sold: %n tickets.</numerusform>
        </translation>
    </message>
    <message>
        <source>Marquee Box Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a show on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the whole auditorium (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session ended; sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Just taken by another terminal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold expired: the seats are free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep them held and quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sales and refunds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift &amp;report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print last tickets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save last tickets as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ticket printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies fully after the box office restarts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected, not signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell or release the held seats before changing the show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show has just started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adding to the hold…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the hold: one basket, one payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: take the payment before the time runs out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sold)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (held by another terminal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available any more: %1. Nothing was added; the held seats stay held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not available any more: %1. Nothing was held; the other seats are still in the basket.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold has expired; hold the seats again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not hold: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>shift of %1 since %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold is gone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold cannot be extended any further.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats are held again, but their price is now %1: close this and take the payment again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in the meantime: %1. Close this and choose other seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats could not be held again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats are not held any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tickets sold yet on this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No shift is open at this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sell or release the held seats before closing the shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter the total. The drawer should hold %1 (opening float %2, cash sales and refunds included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Counted cash:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the counted cash, for example 250.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shift could not be closed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seating plan of this show has changed; the map shows the new plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show has been cancelled: no more sales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales for this show are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This show is not on sale yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the ticket type: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many seats &quot;Best&quot; chooses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose and hold the best free seats for this many people, side by side where possible (Ctrl+B)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay for or release the held seats before choosing the best ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There are no %n free seats for this show.</source>
        <translation>
            <numerusform>No %n free seat is left for this show.</numerusform>
            <numerusform>No %n free seats are left for this show.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %n seats side by side: the best seats are spread over %1 rows.</source>
        <translation>
            <numerusform>No %n seat free: the best seats are spread over %1 rows.</numerusform>
            <numerusform>No %n seats side by side: the best seats are spread over %1 rows.</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding these seats leaves %1 alone in its row, where it is hard to sell. Hold them anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not held: choose seats that leave no single seat alone (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::NumberingDialog</name>
    <message>
        <source>Renumber</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber the &amp;rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A, B, C … Z, AA, BB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A, B, C … Z, AA, AB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, 2, 3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First &amp;letter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row &amp;number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip I and O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renumber the &amp;seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd and even from the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd numbers on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd numbers on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;dd side:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seat n&amp;umber:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::PasswordShownDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Write this password down now or copy it.&lt;/b&gt; It is shown only this once: the server keeps no copy. Give it to %1, who should change it after the first sign-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::PaymentDialog</name>
    <message numerus="yes">
        <source>Sale %1: %n ticket(s)</source>
        <translation>
            <numerusform>Sale %1: %n ticket</numerusform>
            <numerusform>Sale %1: %n tickets</numerusform>
        </translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;plit card + cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tendered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole amount, %1, is charged on the card terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;rd part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;sh part:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash te&amp;ndered:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay ca&amp;sh instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hange payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hold the same seats again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holding the seats again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: use one decimal separator and no grouping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short: the amount tendered is less than the amount due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card and cash parts add up to %1, not to the amount due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash tendered is less than the cash part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card terminal…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the card terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insert, tap or swipe the card on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorising…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completing the sale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was cancelled on the terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card was declined. The seats are still held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card terminal did not answer. The seats are still held.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card %1, authorisation %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold ran out before the sale: the seats are no longer reserved. Nothing was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats are no longer held: close this and select them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hold has expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats held for %1:%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats are no longer reserved for this customer. Hold them again to take the payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The seats are gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the payment to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: the tickets are sent there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;E-mail tickets to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.org); correct it or leave the field empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tickets are on their way to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::PlanItems</name>
    <message>
        <source>SCREEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::PricesPage</name>
    <message>
        <source>Re&amp;name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the card, such as &quot;Evening&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price card (amounts in major units; empty: not offered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venue has another one of this name; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Shows that have not ended use this card (%n show(s)); give them another card first.</source>
        <translation>
            <numerusform>A show that has not ended uses this card (%n show); give it another card first.</numerusform>
            <numerusform>Shows that have not ended use this card (%n shows); give them another card first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone changed this card meanwhile; refresh and make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only managers and admins change ticket types and price cards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket type(s), %1</source>
        <translation>
            <numerusform>%n ticket type, %1</numerusform>
            <numerusform>%n ticket types, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price card(s).</source>
        <translation>
            <numerusform>%n price card.</numerusform>
            <numerusform>%n price cards.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card offers this ticket type: give its price in this category too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) are no amounts (red).</source>
        <translation>
            <numerusform>%n cell is no amount (red).</numerusform>
            <numerusform>%n cells are no amounts (red).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) missing (yellow): a card prices every ticket type it offers in every category it has.</source>
        <translation>
            <numerusform>%n price missing (yellow): a card prices every ticket type it offers in every category it has.</numerusform>
            <numerusform>%n prices missing (yellow): a card prices every ticket type it offers in every category it has.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give at least one price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the card a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card %1 is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card %1 is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The card %1 is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket type %1 is added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket type is renamed to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket type %1 is moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket type is archived: it is not sold any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (such as &quot;Student&quot;):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the cashier sees (such as &quot;ID required&quot;; may be empty):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename ticket type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the cashier sees (empty: none):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no venue yet: create one in the layout studio.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::PrinterSettingsDialog</name>
    <message>
        <source>&amp;Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: save the tickets as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer is installed on this computer: tickets are saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print tickets &amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This printer is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test ticket: if you can read this, the printer works</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test ticket sent to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test print failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ProblemsPanel</name>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: ready to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::ProgrammePage</name>
    <message>
        <source>Show the week of this day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Schedule show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;day…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;week…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the shows of the day chosen in the date picker (or of the selected show&apos;s day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the programme…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no venue yet: create one in the layout studio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the shows…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n show(s)</source>
        <translation>
            <numerusform>Week of %1: %n show</numerusform>
            <numerusform>Week of %1: %n shows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ticket(s) sold.</source>
        <translation>
            <numerusform>, %n ticket sold.</numerusform>
            <numerusform>, %n tickets sold.</numerusform>
        </translation>
    </message>
    <message>
        <source>show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: it would clash with %1 (the cleaning gap included).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 now %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sold: tell the buyers.</source>
        <translation>
            <numerusform>%n ticket sold: tell the buyers.</numerusform>
            <numerusform>%n tickets sold: tell the buyers.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales of %1 are closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is scheduled (not on sale).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on &amp;sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reopen sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opy…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel show…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 scheduled for %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) refunded, %1 in all.</source>
        <translation>
            <numerusform>%n sale refunded, %1 in all.</numerusform>
            <numerusform>%n sales refunded, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was copied: the copies would clash with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) copied.</source>
        <translation>
            <numerusform>%n show copied.</numerusform>
            <numerusform>%n shows copied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaning gap %n minute(s), time zone %1.</source>
        <translation>
            <numerusform>Cleaning gap %n minute, time zone %1.</numerusform>
            <numerusform>Cleaning gap %n minutes, time zone %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no show to copy from %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::PropertiesPanel</name>
    <message>
        <source>Layout na&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sectio&amp;n:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n item selected</numerusform>
            <numerusform>%n items selected</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Best rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows with the best view: best-available seats (kiosk, box office) are chosen here first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::RefundShowDialog</name>
    <message>
        <source>&amp;Refund all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds for a cancelled show</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; is cancelled (%n hold(s) released).</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; is cancelled (%n hold released).</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; is cancelled (%n holds released).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sold, %1 in all.</source>
        <translation>
            <numerusform>%n ticket sold, %1 in all.</numerusform>
            <numerusform>%n tickets sold, %1 in all.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets were sold: nothing to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the tickets are refunded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) refunded, %1 in all.</source>
        <translation>
            <numerusform>%n sale refunded, %1 in all.</numerusform>
            <numerusform>%n sales refunded, %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::ReportsPage</name>
    <message>
        <source>This week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no venue yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The range ends before it begins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report covers at most %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); times in the venue&apos;s timezone (%1).</source>
        <translation>
            <numerusform>%n row; times in the venue&apos;s timezone (%1).</numerusform>
            <numerusform>%n rows; times in the venue&apos;s timezone (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SalesDialog</name>
    <message numerus="yes">
        <source>%n sale(s) found.</source>
        <translation>
            <numerusform>%n sale found.</numerusform>
            <numerusform>%n sales found.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refund ticked tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket code or sale number (scan or type), then Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent &amp;sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale / seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the refund (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sale found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a reason for the refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the tickets to refund.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sale is past the cashier&apos;s refund window: a manager must approve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager&apos;s user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Sold by %2 at terminal %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMapScene</name>
    <message>
        <source>Seat %1, row %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (offline: may be out of date)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMapView</name>
    <message>
        <source>Offline: seat states may be out of date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SeatsPage</name>
    <message>
        <source>House seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked in the layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;House seats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block the selected seats for this show (a camera, a broken seat)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the selected seats as house seats, with a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the selected blocked or house seats for sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked and house seats of this show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shows could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Block seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (who the seats are kept for):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note (why they are blocked, optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select available seats first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Blocking %n seat(s)…</source>
        <translation>
            <numerusform>Blocking %n seat…</numerusform>
            <numerusform>Blocking %n seats…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n house seat(s) kept.</source>
        <translation>
            <numerusform>%n house seat kept.</numerusform>
            <numerusform>%n house seats kept.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked.</source>
        <translation>
            <numerusform>%n seat blocked.</numerusform>
            <numerusform>%n seats blocked.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some seats are held, sold or blocked meanwhile; nothing was blocked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select blocked or house seats first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) released for sale.</source>
        <translation>
            <numerusform>%n seat released for sale.</numerusform>
            <numerusform>%n seats released for sale.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ServerConnection</name>
    <message>
        <source>connection refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>host not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal made an invalid request (%1); nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search a show by title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the search: to the list of shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected (or first) show and go to its seat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous day, next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to the nearest seat in that direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the seat to the selection, or remove it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in, zoom out, whole auditorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold the selected seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash, card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pay; after the sale: Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales and refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the shift (report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the last tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a seat of the basket selected: its ticket type (the first, second, … of its list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ticket type of the selected basket seat, or of the seat added last</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ShowDialog</name>
    <message>
        <source>Schedule a show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled (not on sale yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1%2, %n min</source>
        <translation>
            <numerusform>%1%2, %n min</numerusform>
            <numerusform>%1%2, %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Auditorium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prices:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no title to schedule: create one on the Titles page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the layout versions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This auditorium has no published layout yet (layout studio).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (current): %2, %n seat(s)</source>
        <translation>
            <numerusform>Version %1 (current): %2, %n seat</numerusform>
            <numerusform>Version %1 (current): %2, %n seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1: %2, %n seat(s)</source>
        <translation>
            <numerusform>Version %1: %2, %n seat</numerusform>
            <numerusform>Version %1: %2, %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>The layout does not read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show ends after it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for the layout&apos;s categories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices per category (below)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the show&apos;s prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price &amp;card:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ShowPicker</name>
    <message numerus="yes">
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n show</numerusform>
            <numerusform>%n shows</numerusform>
        </translation>
    </message>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free · Held · Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditorium %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: no shows of this day were seen on this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: shows as last seen at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline: shows as last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: shows as last seen at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: shows as last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (sales closed)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ShowPricesEditor</name>
    <message>
        <source>not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not below zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout has no seat categories to price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The price for %1 is not an amount of %2 (such as 12.50).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 1250</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::SignInDialog</name>
    <message>
        <source>Sign in to Marquee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee Box Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ws://host:port, or wss://host:port for an encrypted connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cash in the drawer when your shift starts. Only used when no shift is open at this terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening &amp;float:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You will be signed in as soon as the server answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with ws:// or wss://.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening float is an amount such as 150.00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n minute(s).</source>
        <translation>
            <numerusform>Too many failed sign-ins: try again in %n minute.</numerusform>
            <numerusform>Too many failed sign-ins: try again in %n minutes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::StatisticsPanel</name>
    <message>
        <source>Wheelchair spaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked (not for sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Special seats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::StudioConnection</name>
    <message>
        <source>Layout studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Venues and &amp;versions on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move shows onto this version…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 opened. Your changes become the auditorium&apos;s draft when you save them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft revision %1 opened (saved by %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, new layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the auditorium this layout is for, then “New layout” or open one of its versions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The auditorium has a draft on the server that is not the layout on screen. Replace that draft with this layout?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Uploading the layout (%1 KB)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout is too big to save (%1 MB).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else saved this auditorium&apos;s draft since you opened it (it is now at revision %1). Replace their draft with yours? (No: keep theirs; open it from the server to see it.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the draft on the server is someone else&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved (revision %1): no problems, ready to publish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Draft saved (revision %1): %n problem(s) to solve before publishing.</source>
        <translation>
            <numerusform>Draft saved (revision %1): %n problem to solve before publishing.</numerusform>
            <numerusform>Draft saved (revision %1): %n problems to solve before publishing.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish this layout as the next version of %1? Shows keep the version they use until you move them onto it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 of this auditorium was published since you opened this layout. Publish yours as the next version anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not published: the layout has %n problem(s). The Problems panel lists them; the first: %1</source>
        <translation>
            <numerusform>Not published: the layout has %n problem. The Problems panel lists it: %1</numerusform>
            <numerusform>Not published: the layout has %n problems. The Problems panel lists them; the first: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The show was not moved: %n seat(s) held or sold in it are not in version %1: %2</source>
        <translation>
            <numerusform>The show was not moved: %n seat held or sold in it is not in version %1: %2</numerusform>
            <numerusform>The show was not moved: %n seats held or sold in it are not in version %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Show moved onto version %1: %2 seats added, %3 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move shows onto version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (now version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scheduled or on-sale show uses another version of this auditorium.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats held or sold in a show must exist in version %1, or that show stays where it is. Seats that disappear are free ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Published as version %1 (%n seat(s)). Layout &gt; Move shows onto this version… moves shows onto it.</source>
        <translation>
            <numerusform>Published as version %1 (%n seat). Layout &gt; Move shows onto this version… moves shows onto it.</numerusform>
            <numerusform>Published as version %1 (%n seats). Layout &gt; Move shows onto this version… moves shows onto it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n show(s) moved onto version %2.</source>
        <translation>
            <numerusform>%1 of %n show moved onto version %2.</numerusform>
            <numerusform>%1 of %n shows moved onto version %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save dra&amp;ft on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publis&amp;h…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Not published: the layout has %n problem(s); the Problems panel lists them.</source>
        <translation>
            <numerusform>Not published: the layout has %n problem; the Problems panel lists it.</numerusform>
            <numerusform>Not published: the layout has %n problems; the Problems panel lists them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::StudioScene</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) a row</source>
        <translation>
            <numerusform>%n seat a row</numerusform>
            <numerusform>%n seats a row</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 seats a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n seat</numerusform>
            <numerusform>%n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>The curve is between 0 and 1, and the front row has at least 2 seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from the first seat to the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Width %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Add a block of %n seat(s)</source>
        <translation>
            <numerusform>Add a block of %n seat</numerusform>
            <numerusform>Add a block of %n seats</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the text in the tool options first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an SVG drawing that can be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::StudioWindow</name>
    <message>
        <source>New layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>x %1  y %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 px a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Straight &amp;block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a block of straight rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Curved block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place a block of curved rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a row from its first seat to its last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ingle seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to add a seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Aisle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag an aisle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen or s&amp;tage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag the screen or stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to place a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag between two points of the floor plan whose distance you know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New from a c&amp;opy of this layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV seat &amp;list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CS&amp;V seat list…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;PDF plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SV&amp;G plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Floor plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select ro&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select s&amp;ection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Snap to grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;loor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve with the mouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;cale…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Renumber…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit &amp;label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one seat, or seats of one row, to edit its label.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate 15° &amp;anticlockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate 15° &amp;clockwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bottom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Horizontally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Vertically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wheelchair space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Com&amp;panion seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;stricted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Blocked (never for sale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Properties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tool options</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statisti&amp;cs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1[*] – Layout studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layouts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a layout this studio reads:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV seat list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat lists (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1 has %n problem; nothing was imported.</numerusform>
            <numerusform>%1 has %n problems; nothing was imported.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV seat list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat lists (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export SVG plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plans (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale the plan: View &gt; Floor plan &gt; Measure, then drag between two points whose distance you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scale floor plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout units per pixel of the plan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metres (a seat is %1 m wide)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seat widths (layout units)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far apart are these two points?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Distance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clipboard holds no seats this studio can paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the rows or seats to renumber first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Degrees, clockwise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layout studio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The layout studio is for managers and admins; %1 is a %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::TicketMailer</name>
    <message>
        <source>Row %1, seat %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tickets for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your booking. Your tickets are attached as a PDF: show them at the door, printed or on your phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Booking number: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enjoy the show!</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::TicketOutput</name>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets printed on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket printer is set up, and the tickets could not be saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed (%1), and the tickets could not be saved as PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No ticket printer is set up: tickets saved as PDF %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed (%1): tickets saved as PDF %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::TicketRenderer</name>
    <message numerus="yes">
        <source>Sales (%n)</source>
        <translation>
            <numerusform>Sales (%n)</numerusform>
            <numerusform>Sales (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n)</source>
        <translation>
            <numerusform>Refunds (%n)</numerusform>
            <numerusform>Refunds (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Auditorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no QR code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this ticket at the entrance. Valid for one admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No printer or file to print to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print: the printer or file is not available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (auth. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  Tendered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Z report (shift closed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>X report (shift open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No payments in this shift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature: ______________________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refund</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid back in cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer&apos;s signature: ______________</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded %1: give it back to the customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: hand back %1 in cash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: %1 goes back to the card; no cash to hand back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded: hand back %1 in cash; %2 goes back to the card.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no tickets to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category, ticket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::TitleDialog</name>
    <message>
        <source>Edit title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FSK 12, PG-13</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OV, 3D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Age rating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the title&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description has at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::TitlesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New title…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the titles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n title(s).</source>
        <translation>
            <numerusform>%n title.</numerusform>
            <numerusform>%n titles.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title %1 saved (archived).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::ToolOptionsPanel</name>
    <message>
        <source>Click to add a seat: it joins the row beside it, or starts a row of its own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag between two points of the floor plan whose distance you know, then type that distance.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click, shift-click or drag a frame to select; drag the selection to move it; the arrow keys move it by the grid (shift: ten steps). Double-click a seat to select its row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag a rectangle: its size decides the rows and seats. A click places the counts below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stagger every second row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats a ro&amp;w:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the front row&apos;s middle; drag away from the stage for more rows. Rows further back hold more seats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By radius and span</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By curve and front row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front ra&amp;dius:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;pan:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urve (0–1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front row &amp;seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from the first seat to the last.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats from the len&amp;gth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number of seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;urve (−1–1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag along the aisle&apos;s middle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag from one end to the other; a click moves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the text, then click where it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seat pitc&amp;h:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ow pitch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A … Z, AA, BB …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A … Z, AA, AB …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1, 2, 3 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip I and O</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd and even from the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd on the right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Odd on the left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First seat:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::UserDialog</name>
    <message>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name (to sign in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server makes the first password; you see it once, after Create.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 1 to %1 characters: letters A–Z, digits, dot, underscore, hyphen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name people read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::UsersPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A manager may manage cashiers and kiosks only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name is taken; choose another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user no longer exists; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n user.</numerusform>
            <numerusform>%n users.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a new password? The old one stops working at once and %1&apos;s sessions end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resetting the password of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::VenueSettingsDialog</name>
    <message>
        <source>Venue settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept free after every show for cleaning; the next show of the auditorium starts after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cleaning gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Warn the box office before a hold leaves a single seat alone in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single seat between taken seats is hard to sell. Kiosks never leave one; with this on, cashiers are asked before they do.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::WebhookDialog</name>
    <message>
        <source>A sale is completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets are refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticket is admitted at the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A show is scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A show is changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A show is cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Active (deliver events to this endpoint)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>16 to 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes a random secret of %1 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receiver checks each delivery&apos;s signature with this secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret; a new one signs the deliveries from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this secret to the receiver now: Marquee does not show it again once this dialog is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the receiver&apos;s address, such as https://example.org/marquee.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address with a host, without a user name, password or #fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A secret has %1 to %2 characters and no control characters; Generate makes one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::WebhooksPage</name>
    <message>
        <source>URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add webhook…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent failures: choose an endpoint above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failing since %1, attempt %2, next try %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only admins manage webhooks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This webhook no longer exists; refresh the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server keeps at most %1 webhooks; delete one first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the webhooks…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n webhook(s)</source>
        <translation>
            <numerusform>%n webhook</numerusform>
            <numerusform>%n webhooks</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, updated at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 failing, updated at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no (paused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Webhook %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the webhook to %1? It receives no more events, and the events still pending for it are not delivered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting the webhook to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The webhook to %1 was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent failures: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent failures, newest first:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Marquee::WeekGridScene</name>
    <message>
        <source>scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2, %3
%4 sold, %5 held, %6 free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cleaning gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Clashes with %1 (the cleaning gap of %n minute(s) included)</source>
        <translation>
            <numerusform>Clashes with %1 (the cleaning gap of %n minute included)</numerusform>
            <numerusform>Clashes with %1 (the cleaning gap of %n minutes included)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeErrors</name>
    <message>
        <source>Only managers and admins plan the programme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The show is cancelled; nothing more can be done to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found (refresh the programme): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This clashes with another show of the auditorium (the cleaning gap included).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Occupancy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy per show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy per film</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Auditorium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SeatItem</name>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by this terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by another terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not for sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>House seat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Server URL (ws:// or wss://).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for --user (demo only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This terminal&apos;s id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language (en, de, fr, es).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a PNG of the main window after a few seconds, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marquee box office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the layout studio (managers and admins) instead of the box office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the back office (managers and admins) instead of the box office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as the self-service kiosk (full screen; settings in the config file&apos;s kiosk group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the door scanner (ushers: cashiers, managers, admins) instead of the box office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
