<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Marquee::AuditPage</name>
    <message>
        <source>Load &amp;more</source>
        <translation>Cargar &amp;más</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Todos</translation>
    </message>
    <message>
        <source>Every action</source>
        <translation>Todas las acciones</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>E&amp;xport CSV…</source>
        <translation>E&amp;xportar CSV…</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exportar el registro de auditoría</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Action:</source>
        <translation>Acc&amp;ión:</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Hold expired</source>
        <translation>Reserva caducada</translation>
    </message>
    <message>
        <source>Shift opened</source>
        <translation>Turno abierto</translation>
    </message>
    <message>
        <source>Shift closed</source>
        <translation>Turno cerrado</translation>
    </message>
    <message>
        <source>Venue created</source>
        <translation>Recinto creado</translation>
    </message>
    <message>
        <source>Venue renamed</source>
        <translation>Recinto renombrado</translation>
    </message>
    <message>
        <source>Auditorium created</source>
        <translation>Sala creada</translation>
    </message>
    <message>
        <source>Auditorium renamed</source>
        <translation>Sala renombrada</translation>
    </message>
    <message>
        <source>Layout uploaded</source>
        <translation>Plano subido</translation>
    </message>
    <message>
        <source>Layout draft saved</source>
        <translation>Borrador de plano guardado</translation>
    </message>
    <message>
        <source>Layout draft discarded</source>
        <translation>Borrador de plano descartado</translation>
    </message>
    <message>
        <source>Layout published</source>
        <translation>Plano publicado</translation>
    </message>
    <message>
        <source>Show moved to another layout</source>
        <translation>Sesión trasladada a otro plano</translation>
    </message>
    <message>
        <source>User created</source>
        <translation>Usuario creado</translation>
    </message>
    <message>
        <source>User changed</source>
        <translation>Usuario modificado</translation>
    </message>
    <message>
        <source>Password reset</source>
        <translation>Contraseña restablecida</translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation>Contraseña cambiada</translation>
    </message>
    <message>
        <source>Sign-in locked</source>
        <translation>Inicio de sesión bloqueado</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) of “%1” free again: %2 (held at terminal %3 until %4)</source>
        <translation>
            <numerusform>%n butaca de «%1» libre de nuevo: %2 (reservada en el terminal %3 hasta %4)</numerusform>
            <numerusform>%n butacas de «%1» libres de nuevo: %2 (reservadas en el terminal %3 hasta %4)</numerusform>
        </translation>
    </message>
    <message>
        <source>Sale %1</source>
        <translation>Venta %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The range ends before it begins.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The audit log could not be read: %1</source>
        <translation>No se ha podido leer el registro de auditoría: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed; older ones match too.</source>
        <translation>
            <numerusform>Se muestra %n registro; también coinciden otros más antiguos.</numerusform>
            <numerusform>Se muestran %n registros; también coinciden otros más antiguos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries listed.</source>
        <translation>
            <numerusform>Se muestra %n registro.</numerusform>
            <numerusform>Se muestran %n registros.</numerusform>
        </translation>
    </message>
    <message>
        <source>(server)</source>
        <translation>(servidor)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n entries exported to %1.</source>
        <translation>
            <numerusform>%n registro exportado a %1.</numerusform>
            <numerusform>%n registros exportados a %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sale %1: %n ticket(s), %2, at terminal %3: %4</source>
        <translation>
            <numerusform>Venta %1: %n entrada, %2, en el terminal %3: %4</numerusform>
            <numerusform>Venta %1: %n entradas, %2, en el terminal %3: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Title created</source>
        <translation>Título creado</translation>
    </message>
    <message>
        <source>Title changed</source>
        <translation>Título modificado</translation>
    </message>
    <message>
        <source>Venue settings changed</source>
        <translation>Ajustes del recinto modificados</translation>
    </message>
    <message>
        <source>Show scheduled</source>
        <translation>Sesión programada</translation>
    </message>
    <message>
        <source>Show moved</source>
        <translation>Sesión movida</translation>
    </message>
    <message>
        <source>Show status changed</source>
        <translation>Estado de la sesión modificado</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Sesión cancelada</translation>
    </message>
    <message>
        <source>Show refunded</source>
        <translation>Entradas de la sesión devueltas</translation>
    </message>
    <message>
        <source>Shows copied</source>
        <translation>Sesiones copiadas</translation>
    </message>
    <message>
        <source>Seats blocked</source>
        <translation>Butacas bloqueadas</translation>
    </message>
    <message>
        <source>Seats released</source>
        <translation>Butacas liberadas</translation>
    </message>
    <message>
        <source>Ticket type created</source>
        <translation>Tarifa creada</translation>
    </message>
    <message>
        <source>Ticket type changed</source>
        <translation>Tarifa modificada</translation>
    </message>
    <message>
        <source>Price card created</source>
        <translation>Lista de precios creada</translation>
    </message>
    <message>
        <source>Price card changed</source>
        <translation>Lista de precios modificada</translation>
    </message>
    <message>
        <source>Price card deleted</source>
        <translation>Lista de precios eliminada</translation>
    </message>
    <message>
        <source>Show&apos;s price card changed</source>
        <translation>Lista de precios de la sesión cambiada</translation>
    </message>
    <message>
        <source>Counted %1, expected %2, difference %3, at terminal %4</source>
        <translation>Contado %1, esperado %2, diferencia %3, en el terminal %4</translation>
    </message>
    <message>
        <source>Opening float %1 at terminal %2</source>
        <translation>Fondo de caja %1 en el terminal %2</translation>
    </message>
    <message>
        <source>%1, role %2</source>
        <translation>%1, rol %2</translation>
    </message>
    <message>
        <source>Card payment started</source>
        <translation>Pago con tarjeta iniciado</translation>
    </message>
    <message>
        <source>Card payment approved</source>
        <translation>Pago con tarjeta aprobado</translation>
    </message>
    <message>
        <source>Card sale refused</source>
        <translation>Venta con tarjeta rechazada</translation>
    </message>
    <message>
        <source>Card payment given back</source>
        <translation>Pago con tarjeta anulado</translation>
    </message>
    <message>
        <source>Card not charged</source>
        <translation>Cargo en tarjeta no realizado</translation>
    </message>
    <message>
        <source>Unfinished card sale settled</source>
        <translation>Venta con tarjeta pendiente resuelta</translation>
    </message>
    <message>
        <source>%1, card terminal reference %2</source>
        <translation>%1, referencia del datáfono %2</translation>
    </message>
    <message>
        <source>The sale of hold %1 was completed with the card payments taken</source>
        <translation>La venta de la reserva %1 se completó con los pagos con tarjeta ya cobrados</translation>
    </message>
    <message>
        <source>The card payments for hold %1 were given back</source>
        <translation>Se anularon los pagos con tarjeta de la reserva %1</translation>
    </message>
</context>
<context>
    <name>Marquee::BackOfficeWindow</name>
    <message>
        <source>Marquee back office</source>
        <translation>Marquee Gestión</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>Back office</source>
        <translation>Gestión</translation>
    </message>
    <message>
        <source>The back office is for managers and admins; %1 is a %2.</source>
        <translation>El módulo de gestión es solo para encargados y administradores; %1 tiene el rol %2.</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Butacas</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programación</translation>
    </message>
    <message>
        <source>Titles</source>
        <translation>Títulos</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Informes</translation>
    </message>
    <message>
        <source>Webhooks</source>
        <translation>Webhooks</translation>
    </message>
</context>
<context>
    <name>Marquee::BasketWidget</name>
    <message>
        <source>&amp;Hold seats</source>
        <translation>&amp;Reservar butacas</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>&amp;Pay…</source>
        <translation>&amp;Cobrar…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Vaciar</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Butaca</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>No seats selected</source>
        <translation>No hay butacas seleccionadas</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s): %1</source>
        <translation>
            <numerusform>%n butaca: %1</numerusform>
            <numerusform>%n butacas: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Held for %1:%2</source>
        <translation>Reservadas: quedan %1:%2</translation>
    </message>
    <message>
        <source>Offline: the payment can be taken when the connection is back. The seats stay held until the time runs out.</source>
        <translation>Sin conexión: se podrá cobrar cuando vuelva la conexión. Las butacas siguen reservadas hasta que se agote el tiempo.</translation>
    </message>
    <message>
        <source>Offline: the held seats can be released when the connection is back</source>
        <translation>Sin conexión: las butacas reservadas se podrán liberar cuando vuelva la conexión</translation>
    </message>
    <message>
        <source>&amp;Extend</source>
        <translation>&amp;Ampliar</translation>
    </message>
    <message>
        <source>Hold the selected seats (Alt+H, F5)</source>
        <translation>Reservar las butacas seleccionadas (Alt+R, F5)</translation>
    </message>
    <message>
        <source>Take payment (Alt+P, F9)</source>
        <translation>Cobrar (Alt+C, F9)</translation>
    </message>
    <message>
        <source>%1 (not held yet)</source>
        <translation>%1 (aún sin reservar)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Hold %n more</source>
        <translation>
            <numerusform>&amp;Reservar %n más</numerusform>
            <numerusform>&amp;Reservar %n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>With a seat selected, 1-9 pick its ticket type (Alt+1-9 anywhere)</source>
        <translation>Con una butaca seleccionada, 1-9 eligen su tarifa (Alt+1-9 desde cualquier lugar)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Marquee::CancelShowDialog</name>
    <message>
        <source>Cancel show</source>
        <translation>Cancelar sesión</translation>
    </message>
    <message>
        <source>projector broken</source>
        <translation>proyector averiado</translation>
    </message>
    <message numerus="yes">
        <source>Cancel &lt;b&gt;%1&lt;/b&gt;? Its holds are released and nothing more is sold; %n ticket(s) sold can then be refunded.</source>
        <translation>
            <numerusform>¿Cancelar &lt;b&gt;%1&lt;/b&gt;? Se liberan sus reservas y no se vende nada más; después se podrá devolver %n entrada vendida.</numerusform>
            <numerusform>¿Cancelar &lt;b&gt;%1&lt;/b&gt;? Se liberan sus reservas y no se vende nada más; después se podrán devolver las %n entradas vendidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Cancel the &amp;show</source>
        <translation>Cancelar la &amp;sesión</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;No cancelar</translation>
    </message>
    <message>
        <source>Say why the show is cancelled.</source>
        <translation>Indique por qué se cancela la sesión.</translation>
    </message>
</context>
<context>
    <name>Marquee::CategoriesPanel</name>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Nueva…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>C&amp;olour…</source>
        <translation>C&amp;olor…</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Paint selection</source>
        <translation>Asi&amp;gnar a la selección</translation>
    </message>
    <message>
        <source>Give the selected seats this category (or double-click it)</source>
        <translation>Asignar esta categoría a las butacas seleccionadas (o hacer doble clic en ella)</translation>
    </message>
    <message>
        <source>New category</source>
        <translation>Nueva categoría</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Rename category</source>
        <translation>Renombrar categoría</translation>
    </message>
    <message>
        <source>Colour of %1</source>
        <translation>Color de %1</translation>
    </message>
</context>
<context>
    <name>Marquee::ChangePasswordDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Cambiar mi contraseña</translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation>Contraseña &amp;actual:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>&amp;Nueva contraseña:</translation>
    </message>
    <message>
        <source>&amp;Repeat the new password:</source>
        <translation>&amp;Repetir la nueva contraseña:</translation>
    </message>
    <message>
        <source>%1 to %2 characters. Your other sessions end; this one stays signed in.</source>
        <translation>De %1 a %2 caracteres. Sus otras sesiones de usuario se cerrarán; esta seguirá abierta.</translation>
    </message>
    <message>
        <source>C&amp;hange password</source>
        <translation>&amp;Cambiar contraseña</translation>
    </message>
    <message>
        <source>Enter your current password.</source>
        <translation>Introduzca su contraseña actual.</translation>
    </message>
    <message>
        <source>The new password must have %1 to %2 characters.</source>
        <translation>La nueva contraseña debe tener de %1 a %2 caracteres.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Las dos contraseñas nuevas no coinciden.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Cambiando la contraseña…</translation>
    </message>
    <message>
        <source>Your password has been changed.</source>
        <translation>Su contraseña se ha cambiado.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual no es correcta.</translation>
    </message>
    <message>
        <source>The server refused the new password: %1</source>
        <translation>El servidor ha rechazado la nueva contraseña: %1</translation>
    </message>
    <message>
        <source>The password was not changed: %1</source>
        <translation>No se ha cambiado la contraseña: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Reintentar ahora</translation>
    </message>
    <message>
        <source>Sign in…</source>
        <translation>Iniciar sesión…</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying.</source>
        <translation>No se puede conectar con %1: %2; reintentando.</translation>
    </message>
    <message numerus="yes">
        <source>Next attempt in %n s.</source>
        <translation>
            <numerusform>Próximo intento en %n s.</numerusform>
            <numerusform>Próximo intento en %n s.</numerusform>
        </translation>
    </message>
    <message>
        <source>Signing in as %1 as soon as the server answers.</source>
        <translation>Se iniciará sesión como %1 en cuanto responda el servidor.</translation>
    </message>
    <message>
        <source>Shows and seat maps are as last seen; sign in to sell when the server answers.</source>
        <translation>Las sesiones y los planos de butacas muestran el último estado conocido; inicie sesión para vender cuando responda el servidor.</translation>
    </message>
    <message>
        <source>Shows and seat maps are as last seen; nothing can be sold until the connection is back.</source>
        <translation>Las sesiones y los planos de butacas muestran el último estado conocido; no se puede vender nada hasta que vuelva la conexión.</translation>
    </message>
    <message>
        <source>Connected to %1, not signed in.</source>
        <translation>Conectado a %1, sin iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>Marquee::CopyShowsDialog</name>
    <message>
        <source>Copy week</source>
        <translation>Copiar semana</translation>
    </message>
    <message>
        <source>Copy day</source>
        <translation>Copiar día</translation>
    </message>
    <message>
        <source>To the &amp;week of:</source>
        <translation>A la &amp;semana del:</translation>
    </message>
    <message>
        <source>To the &amp;day:</source>
        <translation>&amp;Al día:</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Copies every show of the week of %1 to the week of %2, as scheduled (not on sale).</source>
        <translation>Copia todas las sesiones de la semana del %1 a la semana del %2 como programadas (sin ponerlas a la venta).</translation>
    </message>
    <message>
        <source>Copies every show of %1 to %2, as scheduled (not on sale).</source>
        <translation>Copia todas las sesiones del %1 al %2 como programadas (sin ponerlas a la venta).</translation>
    </message>
    <message>
        <source>Choose another day than the one copied.</source>
        <translation>Elija un día distinto del que se copia.</translation>
    </message>
    <message>
        <source>Copy at most a year ahead or back.</source>
        <translation>Se puede copiar como máximo un año hacia delante o hacia atrás.</translation>
    </message>
    <message>
        <source>&amp;From the week of:</source>
        <translation>&amp;De la semana del:</translation>
    </message>
    <message>
        <source>&amp;From the day:</source>
        <translation>&amp;Del día:</translation>
    </message>
</context>
<context>
    <name>Marquee::DoorScanner</name>
    <message>
        <source>Not a ticket code</source>
        <translation>No es un código de entrada</translation>
    </message>
    <message>
        <source>The server gave an unexpected answer.</source>
        <translation>El servidor dio una respuesta inesperada.</translation>
    </message>
</context>
<context>
    <name>Marquee::DoorWindow</name>
    <message>
        <source>Marquee door</source>
        <translation>Marquee control de acceso</translation>
    </message>
    <message>
        <source>Admitting for:</source>
        <translation>Admisión para:</translation>
    </message>
    <message>
        <source>&amp;Ticket code:</source>
        <translation>Código de la &amp;entrada:</translation>
    </message>
    <message>
        <source>Scan a ticket, or type its code and press Enter</source>
        <translation>Escanee una entrada, o escriba su código y pulse Intro</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Full screen</source>
        <translation>&amp;Pantalla completa</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>&amp;Sound</source>
        <translation>&amp;Sonido</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Scan a ticket</source>
        <translation>Escanee una entrada</translation>
    </message>
    <message>
        <source>Door %1, signed in as %2</source>
        <translation>Acceso %1, con sesión de %2</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Fila %1, asiento %2</translation>
    </message>
    <message>
        <source>Seat %1</source>
        <translation>Asiento %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>%1 on %2 at %3</source>
        <translation>%1 el %2 a las %3</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The server cannot be reached: the scan goes as soon as it is back.</source>
        <translation>No se puede contactar con el servidor: el escaneo se enviará en cuanto vuelva.</translation>
    </message>
    <message>
        <source>Not signed in: the scan goes once someone signs in.</source>
        <translation>Sin sesión: el escaneo se enviará en cuanto alguien inicie sesión.</translation>
    </message>
    <message>
        <source>Admit</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <source>at %1 (%2)</source>
        <translation>a las %1 (%2)</translation>
    </message>
    <message>
        <source>at %1</source>
        <translation>a las %1</translation>
    </message>
    <message>
        <source>Already admitted</source>
        <translation>Ya admitida</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Reembolsada</translation>
    </message>
    <message>
        <source>This ticket was refunded.</source>
        <translation>Esta entrada fue reembolsada.</translation>
    </message>
    <message>
        <source>Wrong show</source>
        <translation>Sesión equivocada</translation>
    </message>
    <message>
        <source>The ticket is for another show.</source>
        <translation>La entrada es para otra sesión.</translation>
    </message>
    <message>
        <source>Show cancelled</source>
        <translation>Sesión cancelada</translation>
    </message>
    <message>
        <source>Unknown ticket</source>
        <translation>Entrada desconocida</translation>
    </message>
    <message>
        <source>No ticket has this code.</source>
        <translation>Ninguna entrada tiene este código.</translation>
    </message>
    <message>
        <source>This user may not admit tickets: sign in as a cashier, manager or admin.</source>
        <translation>Este usuario no puede admitir entradas: inicie sesión como cajero, gerente o administrador.</translation>
    </message>
    <message>
        <source>The door&apos;s show no longer exists: choose another show.</source>
        <translation>La sesión de este acceso ya no existe: elija otra sesión.</translation>
    </message>
    <message>
        <source>Signed out: sign in again, then scan the ticket again.</source>
        <translation>Sesión cerrada: inicie sesión de nuevo y vuelva a escanear la entrada.</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>No comprobada</translation>
    </message>
    <message>
        <source>Check the ticket by hand, or scan it again.</source>
        <translation>Compruebe la entrada a mano o escanéela de nuevo.</translation>
    </message>
    <message>
        <source>Any show today</source>
        <translation>Cualquier sesión de hoy</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message>
        <source>%1 of %2 admitted</source>
        <translation>%1 de %2 admitidos</translation>
    </message>
    <message>
        <source>%1 of %2 admitted today</source>
        <translation>%1 de %2 admitidos hoy</translation>
    </message>
    <message numerus="yes">
        <source>%n scan(s) waiting for the server</source>
        <translation>
            <numerusform>%n escaneo esperando al servidor</numerusform>
            <numerusform>%n escaneos esperando al servidor</numerusform>
        </translation>
    </message>
    <message>
        <source>waiting for the server</source>
        <translation>esperando al servidor</translation>
    </message>
    <message>
        <source>admitted, row %1, seat %2</source>
        <translation>admitida, fila %1, asiento %2</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>admitida</translation>
    </message>
    <message>
        <source>already admitted at %1</source>
        <translation>ya admitida a las %1</translation>
    </message>
    <message>
        <source>already admitted</source>
        <translation>ya admitida</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>reembolsada</translation>
    </message>
    <message>
        <source>wrong show</source>
        <translation>sesión equivocada</translation>
    </message>
    <message>
        <source>show cancelled</source>
        <translation>sesión cancelada</translation>
    </message>
    <message>
        <source>unknown ticket</source>
        <translation>entrada desconocida</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>no comprobada</translation>
    </message>
    <message>
        <source>Door</source>
        <translation>Control de acceso</translation>
    </message>
    <message>
        <source>The door is for ushers signed in as a cashier, manager or admin; %1 is a %2.</source>
        <translation>El control de acceso es para acomodadores con sesión de cajero, gerente o administrador; %1 es un %2.</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskExitDialog</name>
    <message>
        <source>Staff only: leave kiosk mode</source>
        <translation>Solo personal: salir del modo quiosco</translation>
    </message>
    <message>
        <source>Exit PIN</source>
        <translation>PIN de salida</translation>
    </message>
    <message>
        <source>Or a manager&apos;s sign-in</source>
        <translation>O el inicio de sesión de un responsable</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Back to the kiosk</source>
        <translation>Volver al quiosco</translation>
    </message>
    <message>
        <source>No exit PIN is set up on this kiosk; a manager can sign in.</source>
        <translation>Este quiosco no tiene PIN de salida; un responsable puede iniciar sesión.</translation>
    </message>
    <message>
        <source>Wrong PIN. The kiosk stays locked.</source>
        <translation>PIN incorrecto. El quiosco sigue bloqueado.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>The server did not answer. The kiosk stays locked.</source>
        <translation>El servidor no ha respondido. El quiosco sigue bloqueado.</translation>
    </message>
    <message>
        <source>Only a manager or an admin can leave kiosk mode. The kiosk stays locked.</source>
        <translation>Solo un responsable o un administrador puede salir del modo quiosco. El quiosco sigue bloqueado.</translation>
    </message>
    <message>
        <source>Wrong user name or password. The kiosk stays locked.</source>
        <translation>Usuario o contraseña incorrectos. El quiosco sigue bloqueado.</translation>
    </message>
</context>
<context>
    <name>Marquee::KioskWindow</name>
    <message>
        <source>Your seats were released. Please choose again.</source>
        <translation>Sus butacas se han liberado. Elija de nuevo, por favor.</translation>
    </message>
    <message numerus="yes">
        <source>Starting over in %n second(s).</source>
        <translation>
            <numerusform>Se empieza de nuevo en %n segundo.</numerusform>
            <numerusform>Se empieza de nuevo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Touch a film to buy tickets</source>
        <translation>Toque una película para comprar entradas</translation>
    </message>
    <message>
        <source>Temporarily unavailable.
Please buy your tickets at the box office.</source>
        <translation>No disponible temporalmente.
Compre sus entradas en taquilla, por favor.</translation>
    </message>
    <message>
        <source>Choose a time</source>
        <translation>Elija una hora</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>How many tickets?</source>
        <translation>¿Cuántas entradas?</translation>
    </message>
    <message>
        <source>Choose seats</source>
        <translation>Elegir butacas</translation>
    </message>
    <message>
        <source>♿ I need a wheelchair space</source>
        <translation>♿ Necesito un espacio para silla de ruedas</translation>
    </message>
    <message>
        <source>Your seats</source>
        <translation>Sus butacas</translation>
    </message>
    <message>
        <source>Your seats are marked green with a tick. Tap another free seat to move, or tap one of yours to give it back.</source>
        <translation>Sus butacas están en verde con una marca. Toque otra butaca libre para cambiar, o una de las suyas para devolverla.</translation>
    </message>
    <message>
        <source>Pay by card</source>
        <translation>Pagar con tarjeta</translation>
    </message>
    <message>
        <source>Thank you! Enjoy the show.</source>
        <translation>¡Gracias! Disfrute de la función.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Still there?</source>
        <translation>¿Sigue ahí?</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>The connection was interrupted. Please wait…</source>
        <translation>La conexión se ha interrumpido. Espere, por favor…</translation>
    </message>
    <message>
        <source>No more shows today.</source>
        <translation>No hay más funciones hoy.</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 a las %2</translation>
    </message>
    <message>
        <source>%1 at %2 in %3</source>
        <translation>%1 a las %2 en %3</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) free</source>
        <translation>
            <numerusform>%n butaca libre</numerusform>
            <numerusform>%n butacas libres</numerusform>
        </translation>
    </message>
    <message>
        <source>Sold out</source>
        <translation>Agotado</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>desde %1</translation>
    </message>
    <message numerus="yes">
        <source>At most %n tickets per purchase here; for more, please go to the box office.</source>
        <translation>
            <numerusform>Aquí, como máximo %n entrada por compra; para más, vaya a la taquilla, por favor.</numerusform>
            <numerusform>Aquí, como máximo %n entradas por compra; para más, vaya a la taquilla, por favor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s)</source>
        <translation>
            <numerusform>%n entrada</numerusform>
            <numerusform>%n entradas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sorry, there are not enough free seats for %n people in this show.</source>
        <translation>
            <numerusform>Lo sentimos, no hay suficientes butacas libres para %n persona en esta función.</numerusform>
            <numerusform>Lo sentimos, no hay suficientes butacas libres para %n personas en esta función.</numerusform>
        </translation>
    </message>
    <message>
        <source>One moment, please…</source>
        <translation>Un momento, por favor…</translation>
    </message>
    <message>
        <source>Sorry, that seat is taken. Please choose a free one.</source>
        <translation>Lo sentimos, esa butaca está ocupada. Elija una libre, por favor.</translation>
    </message>
    <message>
        <source>Please don&apos;t leave a single seat empty on its own between others. Your seats have not changed.</source>
        <translation>Por favor, no deje una butaca suelta vacía entre otras. Sus butacas no han cambiado.</translation>
    </message>
    <message>
        <source>Sorry, someone else has just taken that seat. Your seats have not changed.</source>
        <translation>Lo sentimos, otra persona acaba de coger esa butaca. Sus butacas no han cambiado.</translation>
    </message>
    <message>
        <source>Sorry, that did not work. Your seats have not changed.</source>
        <translation>Lo sentimos, no ha funcionado. Sus butacas no han cambiado.</translation>
    </message>
    <message>
        <source>Finding the best seats…</source>
        <translation>Buscando las mejores butacas…</translation>
    </message>
    <message numerus="yes">
        <source>Tap %n more free seat(s).</source>
        <translation>
            <numerusform>Toque %n butaca libre más.</numerusform>
            <numerusform>Toque %n butacas libres más.</numerusform>
        </translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Continue to payment</source>
        <translation>Continuar al pago</translation>
    </message>
    <message>
        <source>Pay %1 by card</source>
        <translation>Pagar %1 con tarjeta</translation>
    </message>
    <message>
        <source>Follow the instructions on the card terminal.</source>
        <translation>Siga las instrucciones del terminal de pago.</translation>
    </message>
    <message>
        <source>Insert, tap or swipe your card on the card terminal.</source>
        <translation>Inserte, acerque o deslice su tarjeta en el terminal de pago.</translation>
    </message>
    <message>
        <source>Authorising…</source>
        <translation>Autorizando…</translation>
    </message>
    <message>
        <source>Approved.</source>
        <translation>Aprobado.</translation>
    </message>
    <message>
        <source>Declined.</source>
        <translation>Rechazado.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Your card was declined; nothing was charged. You can try again or use another card.</source>
        <translation>Su tarjeta ha sido rechazada; no se ha cobrado nada. Puede intentarlo de nuevo o usar otra tarjeta.</translation>
    </message>
    <message>
        <source>The card terminal did not answer; nothing was charged. Please try again.</source>
        <translation>El terminal de pago no ha respondido; no se ha cobrado nada. Inténtelo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Sorry, the time for your seats ran out and they were released. Please start over.</source>
        <translation>Lo sentimos, el tiempo de sus butacas ha terminado y se han liberado. Empiece de nuevo, por favor.</translation>
    </message>
    <message>
        <source>The payment could not be confirmed. If your card was charged, please ask at the box office.</source>
        <translation>No se ha podido confirmar el pago. Si se ha cobrado en su tarjeta, pregunte en taquilla, por favor.</translation>
    </message>
    <message numerus="yes">
        <source>Please take your %n ticket(s) from the printer below.</source>
        <translation>
            <numerusform>Recoja su entrada de la impresora de abajo, por favor.</numerusform>
            <numerusform>Recoja sus %n entradas de la impresora de abajo, por favor.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Photograph your %n ticket(s): the QR code is your ticket at the door.</source>
        <translation>
            <numerusform>Fotografíe su entrada: el código QR es su entrada en la puerta.</numerusform>
            <numerusform>Fotografíe sus %n entradas: el código QR es su entrada en la puerta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Fila %1, butaca %2</translation>
    </message>
    <message>
        <source>today %1, %2</source>
        <translation>hoy %1, %2</translation>
    </message>
    <message>
        <source>tomorrow %1, %2</source>
        <translation>mañana %1, %2</translation>
    </message>
    <message>
        <source>E-mail my tickets (optional):</source>
        <translation>Enviarme las entradas por correo (opcional):</translation>
    </message>
    <message>
        <source>name@example.org</source>
        <translation>nombre@example.org</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Please check it, or leave the field empty.</source>
        <translation>Esto no es una dirección de correo. Compruébela o deje el campo vacío.</translation>
    </message>
    <message>
        <source>Your tickets are on their way to %1.</source>
        <translation>Sus entradas van de camino a %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutBrowser</name>
    <message>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>a la venta</translation>
    </message>
    <message>
        <source>sales closed</source>
        <translation>venta cerrada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>&amp;New layout</source>
        <translation>&amp;Nuevo plano</translation>
    </message>
    <message>
        <source>&amp;Move shows onto this version…</source>
        <translation>&amp;Mover sesiones a esta versión…</translation>
    </message>
    <message>
        <source>New &amp;auditorium…</source>
        <translation>Nueva &amp;sala…</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Renombrar…</translation>
    </message>
    <message>
        <source>Venues and layouts</source>
        <translation>Recintos y planos</translation>
    </message>
    <message>
        <source>Venue / auditorium</source>
        <translation>Recinto / sala</translation>
    </message>
    <message>
        <source>Layout</source>
        <translation>Plano</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versión</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Butacas</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Publicación</translation>
    </message>
    <message>
        <source>Shows using it</source>
        <translation>Sesiones que la usan</translation>
    </message>
    <message>
        <source>New &amp;venue…</source>
        <translation>Nuevo r&amp;ecinto…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message numerus="yes">
        <source>version %1 · %n seat(s)</source>
        <translation>
            <numerusform>versión %1 · %n butaca</numerusform>
            <numerusform>versión %1 · %n butacas</numerusform>
        </translation>
    </message>
    <message>
        <source>no layout yet</source>
        <translation>aún sin plano</translation>
    </message>
    <message>
        <source>No venues yet: create one with “New venue…”.</source>
        <translation>Aún no hay recintos: cree uno con «Nuevo recinto…».</translation>
    </message>
    <message>
        <source>no problems</source>
        <translation>sin problemas</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>Draft (revision %1)</source>
        <translation>Borrador (revisión %1)</translation>
    </message>
    <message>
        <source>saved by %1, %2</source>
        <translation>guardado por %1, %2</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>New venue</source>
        <translation>Nuevo recinto</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Currency (ISO 4217):</source>
        <translation>&amp;Moneda (ISO 4217):</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>Venue “%1” created.</source>
        <translation>Recinto «%1» creado.</translation>
    </message>
    <message>
        <source>New auditorium</source>
        <translation>Nueva sala</translation>
    </message>
    <message>
        <source>Name of the new auditorium in %1:</source>
        <translation>Nombre de la nueva sala en %1:</translation>
    </message>
    <message>
        <source>Auditorium “%1” created: draw its layout with “New layout”.</source>
        <translation>Sala «%1» creada: dibuje su plano con «Nuevo plano».</translation>
    </message>
    <message>
        <source>Rename</source>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nuevo nombre:</translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutDocument</name>
    <message numerus="yes">
        <source>Move %n seat(s)</source>
        <translation>
            <numerusform>Mover %n butaca</numerusform>
            <numerusform>Mover %n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n item(s)</source>
        <translation>
            <numerusform>Mover %n elemento</numerusform>
            <numerusform>Mover %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n seat(s)</source>
        <translation>
            <numerusform>Girar %n butaca</numerusform>
            <numerusform>Girar %n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Rotate %n item(s)</source>
        <translation>
            <numerusform>Girar %n elemento</numerusform>
            <numerusform>Girar %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n seat(s)</source>
        <translation>
            <numerusform>Alinear %n butaca</numerusform>
            <numerusform>Alinear %n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Align %n item(s)</source>
        <translation>
            <numerusform>Alinear %n elemento</numerusform>
            <numerusform>Alinear %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n seat(s)</source>
        <translation>
            <numerusform>Distribuir %n butaca</numerusform>
            <numerusform>Distribuir %n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Distribute %n item(s)</source>
        <translation>
            <numerusform>Distribuir %n elemento</numerusform>
            <numerusform>Distribuir %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n seat(s)</source>
        <translation>
            <numerusform>Eliminar %n butaca</numerusform>
            <numerusform>Eliminar %n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Eliminar %n elemento</numerusform>
            <numerusform>Eliminar %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n seat(s)</source>
        <translation>
            <numerusform>Duplicar %n butaca</numerusform>
            <numerusform>Duplicar %n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Duplicate %n item(s)</source>
        <translation>
            <numerusform>Duplicar %n elemento</numerusform>
            <numerusform>Duplicar %n elementos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Paste %n seat(s)</source>
        <translation>
            <numerusform>Pegar %n butaca</numerusform>
            <numerusform>Pegar %n butacas</numerusform>
        </translation>
    </message>
    <message>
        <source>A layout holds at most %1 seats.</source>
        <translation>Un plano admite como máximo %1 butacas.</translation>
    </message>
    <message numerus="yes">
        <source>Give %n seat(s) the category %1</source>
        <translation>
            <numerusform>Asignar la categoría %1 a %n butaca</numerusform>
            <numerusform>Asignar la categoría %1 a %n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n seat(s) wheelchair spaces</source>
        <translation>
            <numerusform>Convertir %n butaca en espacio para silla de ruedas</numerusform>
            <numerusform>Convertir %n butacas en espacios para silla de ruedas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n wheelchair space(s) seats</source>
        <translation>
            <numerusform>Convertir %n espacio para silla de ruedas en butaca</numerusform>
            <numerusform>Convertir %n espacios para silla de ruedas en butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n seat(s) companion seats</source>
        <translation>
            <numerusform>Convertir %n butaca en butaca de acompañante</numerusform>
            <numerusform>Convertir %n butacas en butacas de acompañante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Make %n seat(s) no companion seats</source>
        <translation>
            <numerusform>Quitar la marca de acompañante a %n butaca</numerusform>
            <numerusform>Quitar la marca de acompañante a %n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Mark %n seat(s) restricted view</source>
        <translation>
            <numerusform>Marcar %n butaca con visibilidad reducida</numerusform>
            <numerusform>Marcar %n butacas con visibilidad reducida</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Clear restricted view of %n seat(s)</source>
        <translation>
            <numerusform>Quitar la visibilidad reducida de %n butaca</numerusform>
            <numerusform>Quitar la visibilidad reducida de %n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Block %n seat(s)</source>
        <translation>
            <numerusform>Bloquear %n butaca</numerusform>
            <numerusform>Bloquear %n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unblock %n seat(s)</source>
        <translation>
            <numerusform>Desbloquear %n butaca</numerusform>
            <numerusform>Desbloquear %n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Renumber %n seat(s)</source>
        <translation>
            <numerusform>Renumerar %n butaca</numerusform>
            <numerusform>Renumerar %n butacas</numerusform>
        </translation>
    </message>
    <message>
        <source>Label seat %1</source>
        <translation>Etiquetar butaca como %1</translation>
    </message>
    <message>
        <source>Label row %1</source>
        <translation>Etiquetar fila como %1</translation>
    </message>
    <message>
        <source>Rename section to %1</source>
        <translation>Renombrar sección como %1</translation>
    </message>
    <message>
        <source>A layout&apos;s name has 1 to %1 printable characters.</source>
        <translation>El nombre de un plano tiene de 1 a %1 caracteres imprimibles.</translation>
    </message>
    <message>
        <source>Rename layout to %1</source>
        <translation>Renombrar plano como %1</translation>
    </message>
    <message>
        <source>New category %1</source>
        <translation>Nueva categoría %1</translation>
    </message>
    <message>
        <source>Rename category to %1</source>
        <translation>Renombrar categoría como %1</translation>
    </message>
    <message>
        <source>Recolour category %1</source>
        <translation>Cambiar el color de la categoría %1</translation>
    </message>
    <message>
        <source>Remove category %1</source>
        <translation>Quitar la categoría %1</translation>
    </message>
    <message>
        <source>A layout has at most %1 sections.</source>
        <translation>Un plano tiene como máximo %1 secciones.</translation>
    </message>
    <message numerus="yes">
        <source>Add a row of %n seat(s)</source>
        <translation>
            <numerusform>Añadir una fila de %n butaca</numerusform>
            <numerusform>Añadir una fila de %n butacas</numerusform>
        </translation>
    </message>
    <message>
        <source>Add a seat</source>
        <translation>Añadir una butaca</translation>
    </message>
    <message>
        <source>Add an aisle</source>
        <translation>Añadir un pasillo</translation>
    </message>
    <message>
        <source>Aisle %1</source>
        <translation>Pasillo %1</translation>
    </message>
    <message>
        <source>The screen or stage needs a position and a positive width.</source>
        <translation>La pantalla o el escenario necesitan una posición y una anchura positiva.</translation>
    </message>
    <message>
        <source>Place the screen</source>
        <translation>Colocar la pantalla</translation>
    </message>
    <message>
        <source>Place the stage</source>
        <translation>Colocar el escenario</translation>
    </message>
    <message>
        <source>Add the text %1</source>
        <translation>Añadir el texto %1</translation>
    </message>
    <message>
        <source>Change the text %1</source>
        <translation>Cambiar el texto %1</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n row(s) as best</source>
        <translation>
            <numerusform>Marcar %n fila como mejor</numerusform>
            <numerusform>Marcar %n filas como mejores</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unmark %n best row(s)</source>
        <translation>
            <numerusform>Quitar la marca de %n mejor fila</numerusform>
            <numerusform>Quitar la marca de %n mejores filas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::LayoutExport</name>
    <message>
        <source>Seating plan</source>
        <translation>Plano de butacas</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n butaca</numerusform>
            <numerusform>%n butacas</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>the PDF could not be started</source>
        <translation>no se ha podido iniciar el PDF</translation>
    </message>
    <message>
        <source>Seating plan of %1</source>
        <translation>Plano de butacas de %1</translation>
    </message>
    <message>
        <source>the SVG could not be started</source>
        <translation>no se ha podido iniciar el SVG</translation>
    </message>
</context>
<context>
    <name>Marquee::LegendWidget</name>
    <message>
        <source>Seats</source>
        <translation>Butacas</translation>
    </message>
    <message>
        <source>Selected</source>
        <translation>Seleccionada</translation>
    </message>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>no price</source>
        <translation>sin precio</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Click a seat to add or remove it; drag to select a block</source>
        <translation>Haga clic en una butaca para añadirla o quitarla; arrastre para seleccionar un bloque</translation>
    </message>
</context>
<context>
    <name>Marquee::LiveSeatMap</name>
    <message>
        <source>The layout of this auditorium cannot be shown: %1</source>
        <translation>No se puede mostrar el plano de esta sala: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::MainWindow</name>
    <message>
        <source>Marquee Box Office</source>
        <translation>Marquee Taquilla</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectado</translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconectando…</translation>
    </message>
    <message>
        <source>Pick a show on the left</source>
        <translation>Elija una sesión a la izquierda</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Acercar (+)</translation>
    </message>
    <message>
        <source>Zoom out (-)</source>
        <translation>Alejar (-)</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Show the whole auditorium (0)</source>
        <translation>Mostrar toda la sala (0)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The session ended; sign in again.</source>
        <translation>La sesión de usuario ha finalizado; vuelva a iniciar sesión.</translation>
    </message>
    <message>
        <source>Just taken by another terminal: %1</source>
        <translation>Ocupadas hace un instante por otro terminal: %1</translation>
    </message>
    <message>
        <source>The hold expired: the seats are free again.</source>
        <translation>La reserva ha caducado: las butacas vuelven a estar libres.</translation>
    </message>
    <message>
        <source>&amp;Box office</source>
        <translation>&amp;Taquilla</translation>
    </message>
    <message>
        <source>&amp;Sales and refunds…</source>
        <translation>&amp;Ventas y devoluciones…</translation>
    </message>
    <message>
        <source>&amp;Print last tickets…</source>
        <translation>Im&amp;primir las últimas entradas…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Cerrar s&amp;esión</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Con&amp;figuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>I&amp;dioma</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The new language applies fully after the box office restarts.</source>
        <translation>El nuevo idioma se aplicará por completo cuando se reinicie la taquilla.</translation>
    </message>
    <message>
        <source>Connected, not signed in</source>
        <translation>Conectado, sin iniciar sesión</translation>
    </message>
    <message>
        <source>Sell or release the held seats before changing the show.</source>
        <translation>Venda o libere las butacas reservadas antes de cambiar de sesión.</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Fila %1, butaca %2</translation>
    </message>
    <message>
        <source>Holding…</source>
        <translation>Reservando…</translation>
    </message>
    <message>
        <source>Held: take the payment before the time runs out.</source>
        <translation>Reservadas: cobre antes de que se agote el tiempo.</translation>
    </message>
    <message>
        <source>%1 (sold)</source>
        <translation>%1 (vendida)</translation>
    </message>
    <message>
        <source>%1 (held by another terminal)</source>
        <translation>%1 (reservada por otro terminal)</translation>
    </message>
    <message>
        <source>Not available any more: %1. Nothing was held; the other seats are still in the basket.</source>
        <translation>Sin disponibilidad: %1. No se ha reservado nada; las demás butacas siguen en la cesta.</translation>
    </message>
    <message>
        <source>Could not hold: %1</source>
        <translation>No se ha podido reservar: %1</translation>
    </message>
    <message>
        <source>Released.</source>
        <translation>Liberadas.</translation>
    </message>
    <message>
        <source>The hold is gone: %1</source>
        <translation>La reserva ya no existe: %1</translation>
    </message>
    <message>
        <source>The hold cannot be extended any further.</source>
        <translation>La reserva no se puede ampliar más.</translation>
    </message>
    <message>
        <source>Extended.</source>
        <translation>Reserva ampliada.</translation>
    </message>
    <message>
        <source>Sale %1 complete.</source>
        <translation>Venta %1 completada.</translation>
    </message>
    <message>
        <source>No tickets sold yet on this terminal.</source>
        <translation>Aún no se han vendido entradas en este terminal.</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impresión</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Informe de turno</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Guardar como PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Guardado: %1</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>Taquilla</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) are held for a customer. Release them before quitting?</source>
        <translation>
            <numerusform>Hay %n butaca reservada para un cliente. ¿Liberarla antes de salir?</numerusform>
            <numerusform>Hay %n butacas reservadas para un cliente. ¿Liberarlas antes de salir?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Release and quit</source>
        <translation>&amp;Liberar y salir</translation>
    </message>
    <message>
        <source>&amp;Keep them held and quit</source>
        <translation>&amp;Mantenerlas reservadas y salir</translation>
    </message>
    <message>
        <source>Shift &amp;report…</source>
        <translation>&amp;Informe de turno…</translation>
    </message>
    <message>
        <source>&amp;Close shift…</source>
        <translation>&amp;Cerrar turno…</translation>
    </message>
    <message>
        <source>Save last tickets as P&amp;DF…</source>
        <translation>Guardar las últimas entradas en P&amp;DF…</translation>
    </message>
    <message numerus="yes">
        <source>Signing out releases the %n held seat(s). Sign out?</source>
        <translation>
            <numerusform>Al cerrar la sesión se liberará %n butaca reservada. ¿Cerrar la sesión?</numerusform>
            <numerusform>Al cerrar la sesión se liberarán las %n butacas reservadas. ¿Cerrar la sesión?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Ticket printer…</source>
        <translation>&amp;Impresora de entradas…</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Ayuda</translation>
    </message>
    <message>
        <source>Keyboard shortcuts…</source>
        <translation>Atajos de teclado…</translation>
    </message>
    <message>
        <source>This show has just started.</source>
        <translation>Esta sesión acaba de empezar.</translation>
    </message>
    <message numerus="yes">
        <source>This show started %n minute(s) ago.</source>
        <translation>
            <numerusform>Esta sesión empezó hace %n minuto.</numerusform>
            <numerusform>Esta sesión empezó hace %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Adding to the hold…</source>
        <translation>Añadiendo a la reserva…</translation>
    </message>
    <message>
        <source>Added to the hold: one basket, one payment.</source>
        <translation>Añadidas a la reserva: una sola cesta, un solo cobro.</translation>
    </message>
    <message>
        <source>Not available any more: %1. Nothing was added; the held seats stay held.</source>
        <translation>Sin disponibilidad: %1. No se ha añadido nada; las butacas reservadas siguen reservadas.</translation>
    </message>
    <message>
        <source>The hold has expired; hold the seats again.</source>
        <translation>La reserva ha caducado; vuelva a reservar las butacas.</translation>
    </message>
    <message numerus="yes">
        <source>Release the %n held seat(s) and empty the basket?</source>
        <translation>
            <numerusform>¿Liberar %n butaca reservada y vaciar la cesta?</numerusform>
            <numerusform>¿Liberar las %n butacas reservadas y vaciar la cesta?</numerusform>
        </translation>
    </message>
    <message>
        <source>shift since %1</source>
        <translation>turno desde %1</translation>
    </message>
    <message>
        <source>shift of %1 since %2</source>
        <translation>turno de %1 desde %2</translation>
    </message>
    <message numerus="yes">
        <source>%n more hold(s) of this terminal are still active; they expire by themselves.</source>
        <translation>
            <numerusform>Hay %n reserva más de este terminal activa; caducará por sí sola.</numerusform>
            <numerusform>Hay %n reservas más de este terminal activas; caducarán por sí solas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) held by this terminal before were put back in the basket.</source>
        <translation>
            <numerusform>%n butaca reservada antes por este terminal ha vuelto a la cesta.</numerusform>
            <numerusform>%n butacas reservadas antes por este terminal han vuelto a la cesta.</numerusform>
        </translation>
    </message>
    <message>
        <source>The seats are held again, but their price is now %1: close this and take the payment again.</source>
        <translation>Las butacas vuelven a estar reservadas, pero ahora su precio es %1: cierre esta ventana y vuelva a cobrar.</translation>
    </message>
    <message>
        <source>Taken in the meantime: %1. Close this and choose other seats.</source>
        <translation>Ocupadas mientras tanto: %1. Cierre esta ventana y elija otras butacas.</translation>
    </message>
    <message>
        <source>The seats could not be held again: %1</source>
        <translation>No se han podido volver a reservar las butacas: %1</translation>
    </message>
    <message>
        <source>The seats are not held any more.</source>
        <translation>Las butacas ya no están reservadas.</translation>
    </message>
    <message numerus="yes">
        <source>Sold: %n ticket(s).</source>
        <translation>
            <numerusform>Vendida: %n entrada.</numerusform>
            <numerusform>Vendidas: %n entradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save tickets as PDF</source>
        <translation>Guardar las entradas como PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>No shift is open at this terminal.</source>
        <translation>No hay ningún turno abierto en este terminal.</translation>
    </message>
    <message>
        <source>Z report</source>
        <translation>Informe Z</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close shift</source>
        <translation>Cerrar turno</translation>
    </message>
    <message>
        <source>Sell or release the held seats before closing the shift.</source>
        <translation>Venda o libere las butacas reservadas antes de cerrar el turno.</translation>
    </message>
    <message>
        <source>Count the cash in the drawer and enter the total. The drawer should hold %1 (opening float %2, cash sales and refunds included).</source>
        <translation>Cuente el efectivo del cajón e introduzca el total. En el cajón debería haber %1 (incluidos el fondo de caja de %2 y las ventas y devoluciones en efectivo).</translation>
    </message>
    <message>
        <source>&amp;Counted cash:</source>
        <translation>Efectivo &amp;contado:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Enter the counted cash, for example 250.00.</source>
        <translation>Introduzca el efectivo contado, por ejemplo 250,00.</translation>
    </message>
    <message>
        <source>The shift could not be closed: %1</source>
        <translation>No se ha podido cerrar el turno: %1</translation>
    </message>
    <message>
        <source>&amp;Venue</source>
        <translation>R&amp;ecinto</translation>
    </message>
    <message>
        <source>&amp;Layouts…</source>
        <translation>&amp;Planos de sala…</translation>
    </message>
    <message>
        <source>The seating plan of this show has changed; the map shows the new plan.</source>
        <translation>El plano de butacas de esta sesión ha cambiado; se muestra el plano nuevo.</translation>
    </message>
    <message>
        <source>&amp;Back office…</source>
        <translation>&amp;Gestión…</translation>
    </message>
    <message>
        <source>&amp;Change my password…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
    <message>
        <source>This show has been cancelled: no more sales.</source>
        <translation>Esta sesión se ha cancelado: no se admiten más ventas.</translation>
    </message>
    <message>
        <source>Sales for this show are closed.</source>
        <translation>La venta de esta sesión está cerrada.</translation>
    </message>
    <message>
        <source>This show is not on sale yet.</source>
        <translation>Esta sesión aún no está a la venta.</translation>
    </message>
    <message>
        <source>Could not change the ticket type: %1</source>
        <translation>No se ha podido cambiar la tarifa: %1</translation>
    </message>
    <message>
        <source>How many seats &quot;Best&quot; chooses</source>
        <translation>Cuántas butacas elige «Mejores»</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Mejores</translation>
    </message>
    <message>
        <source>Choose and hold the best free seats for this many people, side by side where possible (Ctrl+B)</source>
        <translation>Elegir y reservar las mejores butacas libres para tantas personas, juntas si es posible (Ctrl+B)</translation>
    </message>
    <message>
        <source>Pay for or release the held seats before choosing the best ones.</source>
        <translation>Cobre o libere antes las butacas reservadas para elegir las mejores.</translation>
    </message>
    <message numerus="yes">
        <source>There are no %n free seats for this show.</source>
        <translation>
            <numerusform>No queda %n butaca libre para esta sesión.</numerusform>
            <numerusform>No quedan %n butacas libres para esta sesión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No %n seats side by side: the best seats are spread over %1 rows.</source>
        <translation>
            <numerusform>No hay %n butaca libre: las mejores butacas están repartidas en %1 filas.</numerusform>
            <numerusform>No hay %n butacas juntas: las mejores butacas están repartidas en %1 filas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Holding these seats leaves %1 alone in its row, where it is hard to sell. Hold them anyway?</source>
        <translation>Reservar estas butacas deja %1 sola en su fila, difícil de vender. ¿Reservarlas de todos modos?</translation>
    </message>
    <message>
        <source>Not held: choose seats that leave no single seat alone (%1).</source>
        <translation>No reservado: elija butacas que no dejen ninguna butaca sola (%1).</translation>
    </message>
</context>
<context>
    <name>Marquee::NumberingDialog</name>
    <message>
        <source>Renumber</source>
        <translation>Renumerar</translation>
    </message>
    <message>
        <source>Renumber the &amp;rows</source>
        <translation>Renumerar las &amp;filas</translation>
    </message>
    <message>
        <source>A, B, C … Z, AA, BB</source>
        <translation>A, B, C … Z, AA, BB</translation>
    </message>
    <message>
        <source>A, B, C … Z, AA, AB</source>
        <translation>A, B, C … Z, AA, AB</translation>
    </message>
    <message>
        <source>1, 2, 3 …</source>
        <translation>1, 2, 3 …</translation>
    </message>
    <message>
        <source>St&amp;yle:</source>
        <translation>&amp;Estilo:</translation>
    </message>
    <message>
        <source>First &amp;letter:</source>
        <translation>Primera &amp;letra:</translation>
    </message>
    <message>
        <source>First row &amp;number:</source>
        <translation>&amp;Número de la primera fila:</translation>
    </message>
    <message>
        <source>S&amp;kip I and O</source>
        <translation>Omitir la I y la &amp;O</translation>
    </message>
    <message>
        <source>Renumber the &amp;seats</source>
        <translation>Renumerar las &amp;butacas</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De izquierda a derecha</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>De derecha a izquierda</translation>
    </message>
    <message>
        <source>Odd and even from the centre</source>
        <translation>Impares y pares desde el centro</translation>
    </message>
    <message>
        <source>Odd numbers on the right</source>
        <translation>Impares a la derecha</translation>
    </message>
    <message>
        <source>Odd numbers on the left</source>
        <translation>Impares a la izquierda</translation>
    </message>
    <message>
        <source>&amp;Order:</source>
        <translation>O&amp;rden:</translation>
    </message>
    <message>
        <source>O&amp;dd side:</source>
        <translation>Lado de los &amp;impares:</translation>
    </message>
    <message>
        <source>First seat n&amp;umber:</source>
        <translation>Nú&amp;mero de la primera butaca:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Rows: %1</source>
        <translation>Filas: %1</translation>
    </message>
    <message>
        <source>Seats: %1</source>
        <translation>Butacas: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::PasswordShownDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Contraseña de %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Write this password down now or copy it.&lt;/b&gt; It is shown only this once: the server keeps no copy. Give it to %1, who should change it after the first sign-in.</source>
        <translation>&lt;b&gt;Anote ahora esta contraseña o cópiela.&lt;/b&gt; Solo se muestra esta vez: el servidor no guarda ninguna copia. Entréguesela a %1, que debería cambiarla después de iniciar sesión por primera vez.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiada</translation>
    </message>
</context>
<context>
    <name>Marquee::PaymentDialog</name>
    <message>
        <source>Payment</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Amount due</source>
        <translation>Importe a cobrar</translation>
    </message>
    <message>
        <source>&amp;Cash</source>
        <translation>&amp;Efectivo</translation>
    </message>
    <message>
        <source>C&amp;ard</source>
        <translation>&amp;Tarjeta</translation>
    </message>
    <message>
        <source>S&amp;plit card + cash</source>
        <translation>&amp;Mixto: tarjeta + efectivo</translation>
    </message>
    <message>
        <source>Amount tendered</source>
        <translation>Importe entregado</translation>
    </message>
    <message>
        <source>Exact %1</source>
        <translation>Exacto %1</translation>
    </message>
    <message>
        <source>&amp;Tendered:</source>
        <translation>Entre&amp;gado:</translation>
    </message>
    <message>
        <source>Change due</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>The whole amount, %1, is charged on the card terminal.</source>
        <translation>El importe total, %1, se cobra en el datáfono.</translation>
    </message>
    <message>
        <source>Exact</source>
        <translation>Exacto</translation>
    </message>
    <message>
        <source>Ca&amp;rd part:</source>
        <translation>Parte con ta&amp;rjeta:</translation>
    </message>
    <message>
        <source>Ca&amp;sh part:</source>
        <translation>Parte en efe&amp;ctivo:</translation>
    </message>
    <message>
        <source>Cash te&amp;ndered:</source>
        <translation>Efectivo e&amp;ntregado:</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Pay ca&amp;sh instead</source>
        <translation>Cobrar en &amp;efectivo</translation>
    </message>
    <message>
        <source>C&amp;hange payment</source>
        <translation>&amp;Cambiar forma de pago</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Pay</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Finalizar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount: use one decimal separator and no grouping.</source>
        <translation>«%1» no es un importe: use un solo separador decimal y ningún separador de miles.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an amount.</source>
        <translation>«%1» no es un importe.</translation>
    </message>
    <message>
        <source>Amounts cannot be negative.</source>
        <translation>Los importes no pueden ser negativos.</translation>
    </message>
    <message>
        <source>There is nothing to pay.</source>
        <translation>No hay nada que cobrar.</translation>
    </message>
    <message>
        <source>%1 short: the amount tendered is less than the amount due.</source>
        <translation>Faltan %1: el importe entregado es inferior al importe a cobrar.</translation>
    </message>
    <message>
        <source>The card and cash parts add up to %1, not to the amount due.</source>
        <translation>La parte con tarjeta y la parte en efectivo suman %1, no el importe a cobrar.</translation>
    </message>
    <message>
        <source>The cash tendered is less than the cash part.</source>
        <translation>El efectivo entregado es inferior a la parte en efectivo.</translation>
    </message>
    <message>
        <source>Card terminal…</source>
        <translation>Datáfono…</translation>
    </message>
    <message>
        <source>Waiting for the card terminal.</source>
        <translation>Esperando al datáfono.</translation>
    </message>
    <message>
        <source>Recording the sale…</source>
        <translation>Registrando la venta…</translation>
    </message>
    <message>
        <source>Present card</source>
        <translation>Presente la tarjeta</translation>
    </message>
    <message>
        <source>Insert, tap or swipe the card on the terminal.</source>
        <translation>Inserte, acerque o deslice la tarjeta en el datáfono.</translation>
    </message>
    <message>
        <source>Authorising…</source>
        <translation>Autorizando…</translation>
    </message>
    <message>
        <source>Waiting for the bank.</source>
        <translation>Esperando al banco.</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Aprobado</translation>
    </message>
    <message>
        <source>Completing the sale…</source>
        <translation>Completando la venta…</translation>
    </message>
    <message>
        <source>Declined</source>
        <translation>Denegado</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>The payment was cancelled on the terminal.</source>
        <translation>El pago se ha cancelado en el datáfono.</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Cobrado</translation>
    </message>
    <message>
        <source>Change due: %1</source>
        <translation>Cambio: %1</translation>
    </message>
    <message>
        <source>The card was declined. The seats are still held.</source>
        <translation>La tarjeta ha sido denegada. Las butacas siguen reservadas.</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>Tiempo agotado</translation>
    </message>
    <message>
        <source>The card terminal did not answer. The seats are still held.</source>
        <translation>El datáfono no ha respondido. Las butacas siguen reservadas.</translation>
    </message>
    <message>
        <source>The payment was cancelled.</source>
        <translation>El pago se ha cancelado.</translation>
    </message>
    <message>
        <source>Payment failed</source>
        <translation>Error en el pago</translation>
    </message>
    <message numerus="yes">
        <source>Sale %1: %n ticket(s)</source>
        <translation>
            <numerusform>Venta %1: %n entrada</numerusform>
            <numerusform>Venta %1: %n entradas</numerusform>
        </translation>
    </message>
    <message>
        <source>Card %1, authorisation %2</source>
        <translation>Tarjeta %1, autorización %2</translation>
    </message>
    <message>
        <source>The seats are no longer held: close this and select them again.</source>
        <translation>Las butacas ya no están reservadas: cierre esta ventana y vuelva a seleccionarlas.</translation>
    </message>
    <message>
        <source>Trying again…</source>
        <translation>Reintentando…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Wait for the payment to finish.</source>
        <translation>Espere a que termine el pago.</translation>
    </message>
    <message>
        <source>&amp;Hold the same seats again</source>
        <translation>Reservar de &amp;nuevo las mismas butacas</translation>
    </message>
    <message>
        <source>Holding the seats again…</source>
        <translation>Volviendo a reservar las butacas…</translation>
    </message>
    <message>
        <source>The hold ran out before the sale: the seats are no longer reserved. Nothing was charged.</source>
        <translation>La reserva caducó antes de la venta: las butacas ya no están reservadas. No se ha cobrado nada.</translation>
    </message>
    <message>
        <source>The hold has expired</source>
        <translation>La reserva ha caducado</translation>
    </message>
    <message>
        <source>Seats held for %1:%2</source>
        <translation>Butacas reservadas: quedan %1:%2</translation>
    </message>
    <message>
        <source>The seats are no longer reserved for this customer. Hold them again to take the payment.</source>
        <translation>Las butacas ya no están reservadas para este cliente. Vuelva a reservarlas para cobrar.</translation>
    </message>
    <message>
        <source>The seats are gone</source>
        <translation>Las butacas ya no están disponibles</translation>
    </message>
    <message>
        <source>optional: the tickets are sent there</source>
        <translation>opcional: las entradas se envían allí</translation>
    </message>
    <message>
        <source>&amp;E-mail tickets to:</source>
        <translation>Entradas por &amp;correo a:</translation>
    </message>
    <message>
        <source>This is not an e-mail address (name@example.org); correct it or leave the field empty.</source>
        <translation>Esto no es una dirección de correo (nombre@example.org); corríjala o deje el campo vacío.</translation>
    </message>
    <message>
        <source>The tickets are on their way to %1.</source>
        <translation>Las entradas van de camino a %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::PlanItems</name>
    <message>
        <source>SCREEN</source>
        <translation>PANTALLA</translation>
    </message>
    <message>
        <source>STAGE</source>
        <translation>ESCENARIO</translation>
    </message>
</context>
<context>
    <name>Marquee::PricesPage</name>
    <message>
        <source>Re&amp;name…</source>
        <translation>Re&amp;nombrar…</translation>
    </message>
    <message>
        <source>N&amp;ote…</source>
        <translation>N&amp;ota…</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>S&amp;ubir</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>&amp;Bajar</translation>
    </message>
    <message>
        <source>Arc&amp;hive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>&amp;Save card</source>
        <translation>&amp;Guardar lista</translation>
    </message>
    <message>
        <source>&amp;Delete card</source>
        <translation>&amp;Eliminar lista</translation>
    </message>
    <message>
        <source>Name of the card, such as &quot;Evening&quot;</source>
        <translation>Nombre de la lista, como «Noche»</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Aña&amp;dir…</translation>
    </message>
    <message>
        <source>Ticket types</source>
        <translation>Tarifas</translation>
    </message>
    <message>
        <source>&amp;New card</source>
        <translation>Nue&amp;va lista</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Lista:</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <source>Categories of:</source>
        <translation>Categorías de:</translation>
    </message>
    <message>
        <source>Price card (amounts in major units; empty: not offered)</source>
        <translation>Lista de precios (importes en unidades, como 9.50; vacío: no se ofrece)</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Recinto:</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>The venue has another one of this name; choose another.</source>
        <translation>El recinto ya tiene otro elemento con este nombre; elija otro.</translation>
    </message>
    <message numerus="yes">
        <source>Shows that have not ended use this card (%n show(s)); give them another card first.</source>
        <translation>
            <numerusform>%n sesión que aún no ha terminado usa esta lista; asígnele antes otra lista.</numerusform>
            <numerusform>%n sesiones que aún no han terminado usan esta lista; asígneles antes otra lista.</numerusform>
        </translation>
    </message>
    <message>
        <source>Someone changed this card meanwhile; refresh and make your change again.</source>
        <translation>Otra persona ha modificado esta lista mientras tanto; actualice y vuelva a hacer el cambio.</translation>
    </message>
    <message>
        <source>Only managers and admins change ticket types and price cards.</source>
        <translation>Solo los encargados y administradores pueden modificar las tarifas y las listas de precios.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor lo ha rechazado: %1</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>%1 (in use)</source>
        <translation>%1 (en uso)</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket type(s), %1</source>
        <translation>
            <numerusform>%n tarifa, %1</numerusform>
            <numerusform>%n tarifas, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price card(s).</source>
        <translation>
            <numerusform>%n lista de precios.</numerusform>
            <numerusform>%n listas de precios.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The card offers this ticket type: give its price in this category too.</source>
        <translation>La lista ofrece esta tarifa: indique también su precio en esta categoría.</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) are no amounts (red).</source>
        <translation>
            <numerusform>%n celda no es un importe (en rojo).</numerusform>
            <numerusform>%n celdas no son importes (en rojo).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) missing (yellow): a card prices every ticket type it offers in every category it has.</source>
        <translation>
            <numerusform>Falta %n precio (en amarillo): una lista debe tener precio para cada tarifa que ofrece en cada una de sus categorías.</numerusform>
            <numerusform>Faltan %n precios (en amarillo): una lista debe tener precio para cada tarifa que ofrece en cada una de sus categorías.</numerusform>
        </translation>
    </message>
    <message>
        <source>Give at least one price.</source>
        <translation>Indique al menos un precio.</translation>
    </message>
    <message>
        <source>Give the card a name.</source>
        <translation>Asigne un nombre a la lista.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>The card %1 is saved.</source>
        <translation>Se ha guardado la lista %1.</translation>
    </message>
    <message>
        <source>The card %1 is created.</source>
        <translation>Se ha creado la lista %1.</translation>
    </message>
    <message>
        <source>The card %1 is deleted.</source>
        <translation>Se ha eliminado la lista %1.</translation>
    </message>
    <message>
        <source>The ticket type %1 is added.</source>
        <translation>Se ha añadido la tarifa %1.</translation>
    </message>
    <message>
        <source>The ticket type is renamed to %1.</source>
        <translation>La tarifa ahora se llama %1.</translation>
    </message>
    <message>
        <source>The note is saved.</source>
        <translation>Se ha guardado la nota.</translation>
    </message>
    <message>
        <source>The ticket type %1 is moved.</source>
        <translation>Se ha movido la tarifa %1.</translation>
    </message>
    <message>
        <source>The ticket type is archived: it is not sold any more.</source>
        <translation>La tarifa se ha archivado: ya no se vende.</translation>
    </message>
    <message>
        <source>New ticket type</source>
        <translation>Nueva tarifa</translation>
    </message>
    <message>
        <source>Name (such as &quot;Student&quot;):</source>
        <translation>Nombre (como «Estudiante»):</translation>
    </message>
    <message>
        <source>Note the cashier sees (such as &quot;ID required&quot;; may be empty):</source>
        <translation>Nota que ve el taquillero (como «Requiere acreditación»; puede quedar vacía):</translation>
    </message>
    <message>
        <source>Rename ticket type</source>
        <translation>Renombrar tarifa</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Note the cashier sees (empty: none):</source>
        <translation>Nota que ve el taquillero (vacía: ninguna):</translation>
    </message>
    <message>
        <source>There is no venue yet: create one in the layout studio.</source>
        <translation>Aún no hay ningún recinto: cree uno en el estudio de planos.</translation>
    </message>
</context>
<context>
    <name>Marquee::PrinterSettingsDialog</name>
    <message>
        <source>&amp;Test print</source>
        <translation>Impresión de &amp;prueba</translation>
    </message>
    <message>
        <source>Ticket printer</source>
        <translation>Impresora de entradas</translation>
    </message>
    <message>
        <source>None: save the tickets as PDF</source>
        <translation>Ninguna: guardar las entradas como PDF</translation>
    </message>
    <message>
        <source>%1 (not installed)</source>
        <translation>%1 (no instalada)</translation>
    </message>
    <message>
        <source>No printer is installed on this computer: tickets are saved as PDF.</source>
        <translation>No hay ninguna impresora instalada en este equipo: las entradas se guardan como PDF.</translation>
    </message>
    <message>
        <source>Print tickets &amp;on:</source>
        <translation>Imprimir entradas &amp;en:</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>This printer is not installed.</source>
        <translation>Esta impresora no está instalada.</translation>
    </message>
    <message>
        <source>Test print</source>
        <translation>Impresión de prueba</translation>
    </message>
    <message>
        <source>Test ticket: if you can read this, the printer works</source>
        <translation>Entrada de prueba: si puede leer esto, la impresora funciona</translation>
    </message>
    <message>
        <source>Test</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Fila %1, butaca %2</translation>
    </message>
    <message>
        <source>Test ticket sent to %1.</source>
        <translation>Entrada de prueba enviada a %1.</translation>
    </message>
    <message>
        <source>The test print failed: %1</source>
        <translation>Error en la impresión de prueba: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::ProblemsPanel</name>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>No problems: ready to publish</source>
        <translation>Sin problemas: listo para publicar</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problema</numerusform>
            <numerusform>%n problemas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::ProgrammePage</name>
    <message>
        <source>Show the week of this day</source>
        <translation>Mostrar la semana de este día</translation>
    </message>
    <message>
        <source>◀ &amp;Previous week</source>
        <translation>◀ Semana a&amp;nterior</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>&amp;Next week ▶</source>
        <translation>Semana &amp;siguiente ▶</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>&amp;Schedule show…</source>
        <translation>&amp;Programar sesión…</translation>
    </message>
    <message>
        <source>Copy &amp;day…</source>
        <translation>Copiar &amp;día…</translation>
    </message>
    <message>
        <source>Copy &amp;week…</source>
        <translation>Copiar se&amp;mana…</translation>
    </message>
    <message>
        <source>&amp;Venue settings…</source>
        <translation>A&amp;justes del recinto…</translation>
    </message>
    <message>
        <source>Copies the shows of the day chosen in the date picker (or of the selected show&apos;s day)</source>
        <translation>Copia las sesiones del día elegido en el calendario (o del día de la sesión seleccionada)</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Recinto:</translation>
    </message>
    <message>
        <source>Loading the programme…</source>
        <translation>Cargando la programación…</translation>
    </message>
    <message>
        <source>There is no venue yet: create one in the layout studio.</source>
        <translation>Aún no hay ningún recinto: cree uno en el estudio de planos.</translation>
    </message>
    <message>
        <source>Loading the shows…</source>
        <translation>Cargando las sesiones…</translation>
    </message>
    <message numerus="yes">
        <source>Week of %1: %n show(s)</source>
        <translation>
            <numerusform>Semana del %1: %n sesión</numerusform>
            <numerusform>Semana del %1: %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n ticket(s) sold.</source>
        <translation>
            <numerusform>, %n entrada vendida.</numerusform>
            <numerusform>, %n entradas vendidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>show %1</source>
        <translation>sesión %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Refused: it would clash with %1 (the cleaning gap included).</source>
        <translation>Rechazado: coincidiría con %1 (incluido el margen de limpieza).</translation>
    </message>
    <message>
        <source>Moving %1…</source>
        <translation>Moviendo la sesión de %1…</translation>
    </message>
    <message>
        <source>%1 now %2 to %3.</source>
        <translation>Sesión de %1: ahora de %2 a %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sold: tell the buyers.</source>
        <translation>
            <numerusform>%n entrada vendida: avise al comprador.</numerusform>
            <numerusform>%n entradas vendidas: avise a los compradores.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is on sale.</source>
        <translation>La sesión de %1 está a la venta.</translation>
    </message>
    <message>
        <source>Sales of %1 are closed.</source>
        <translation>La venta de la sesión de %1 está cerrada.</translation>
    </message>
    <message>
        <source>%1 is scheduled (not on sale).</source>
        <translation>La sesión de %1 está programada (no está a la venta).</translation>
    </message>
    <message>
        <source>Put on &amp;sale</source>
        <translation>Poner a la &amp;venta</translation>
    </message>
    <message>
        <source>&amp;Close sales</source>
        <translation>&amp;Cerrar la venta</translation>
    </message>
    <message>
        <source>&amp;Reopen sales</source>
        <translation>&amp;Reabrir la venta</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>C&amp;opy…</source>
        <translation>C&amp;opiar…</translation>
    </message>
    <message>
        <source>Cancel show…</source>
        <translation>Cancelar sesión…</translation>
    </message>
    <message>
        <source>%1 scheduled for %2.</source>
        <translation>Sesión de %1 programada para el %2.</translation>
    </message>
    <message>
        <source>%1 saved.</source>
        <translation>Sesión de %1 guardada.</translation>
    </message>
    <message>
        <source>%1 is cancelled.</source>
        <translation>Sesión de %1 cancelada.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) refunded, %1 in all.</source>
        <translation>
            <numerusform>%n venta devuelta, %1 en total.</numerusform>
            <numerusform>%n ventas devueltas, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was copied: the copies would clash with %1.</source>
        <translation>No se ha copiado nada: las copias coincidirían con %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s) copied.</source>
        <translation>
            <numerusform>%n sesión copiada.</numerusform>
            <numerusform>%n sesiones copiadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cleaning gap %n minute(s), time zone %1.</source>
        <translation>
            <numerusform>Margen de limpieza: %n minuto; zona horaria: %1.</numerusform>
            <numerusform>Margen de limpieza: %n minutos; zona horaria: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no show to copy from %1.</source>
        <translation>No hay ninguna sesión que copiar del %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::PropertiesPanel</name>
    <message>
        <source>Layout na&amp;me:</source>
        <translation>&amp;Nombre del plano:</translation>
    </message>
    <message>
        <source>Sectio&amp;n:</source>
        <translation>&amp;Sección:</translation>
    </message>
    <message>
        <source>&amp;Row:</source>
        <translation>&amp;Fila:</translation>
    </message>
    <message>
        <source>Se&amp;at:</source>
        <translation>&amp;Butaca:</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Text si&amp;ze:</source>
        <translation>Ta&amp;maño del texto:</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nada seleccionado</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n butaca</numerusform>
            <numerusform>%n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n sección</numerusform>
            <numerusform>%n secciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) selected</source>
        <translation>
            <numerusform>%n elemento seleccionado</numerusform>
            <numerusform>%n elementos seleccionados</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Best rows</source>
        <translation>&amp;Mejores filas</translation>
    </message>
    <message>
        <source>The rows with the best view: best-available seats (kiosk, box office) are chosen here first.</source>
        <translation>Las filas con mejor vista: las mejores butacas disponibles (quiosco, taquilla) se eligen aquí primero.</translation>
    </message>
</context>
<context>
    <name>Marquee::RefundShowDialog</name>
    <message>
        <source>&amp;Refund all</source>
        <translation>&amp;Devolver todo</translation>
    </message>
    <message>
        <source>Refunds for a cancelled show</source>
        <translation>Devoluciones de una sesión cancelada</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; is cancelled (%n hold(s) released).</source>
        <translation>
            <numerusform>Sesión &lt;b&gt;%1&lt;/b&gt; cancelada (%n reserva liberada).</numerusform>
            <numerusform>Sesión &lt;b&gt;%1&lt;/b&gt; cancelada (%n reservas liberadas).</numerusform>
        </translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Butaca</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message numerus="yes">
        <source>%n ticket(s) sold, %1 in all.</source>
        <translation>
            <numerusform>%n entrada vendida, %1 en total.</numerusform>
            <numerusform>%n entradas vendidas, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <source>No tickets were sold: nothing to refund.</source>
        <translation>No se vendió ninguna entrada: no hay nada que devolver.</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <source>Say why the tickets are refunded.</source>
        <translation>Indique por qué se devuelven las entradas.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Devolviendo…</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) refunded, %1 in all.</source>
        <translation>
            <numerusform>%n venta devuelta, %1 en total.</numerusform>
            <numerusform>%n ventas devueltas, %1 en total.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::ReportsPage</name>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Mes pasado</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>Mo&amp;strar</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Exportar &amp;PDF…</translation>
    </message>
    <message>
        <source>Export the report</source>
        <translation>Exportar el informe</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Recinto:</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Informe:</translation>
    </message>
    <message>
        <source>R&amp;ange:</source>
        <translation>P&amp;eriodo:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation>No se han podido leer los recintos: %1</translation>
    </message>
    <message>
        <source>There is no venue yet.</source>
        <translation>Aún no hay ningún recinto.</translation>
    </message>
    <message>
        <source>The range ends before it begins.</source>
        <translation>El periodo termina antes de empezar.</translation>
    </message>
    <message>
        <source>A report covers at most %1 days.</source>
        <translation>Un informe abarca como máximo %1 días.</translation>
    </message>
    <message>
        <source>The report could not be read: %1</source>
        <translation>No se ha podido leer el informe: %1</translation>
    </message>
    <message>
        <source>Nothing in this range.</source>
        <translation>No hay nada en este periodo.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s); times in the venue&apos;s timezone (%1).</source>
        <translation>
            <numerusform>%n fila; horas en la zona horaria del recinto (%1).</numerusform>
            <numerusform>%n filas; horas en la zona horaria del recinto (%1).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>Del %1 al %2</translation>
    </message>
    <message>
        <source>There is no report to export yet.</source>
        <translation>Aún no hay ningún informe que exportar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Exported to %1.</source>
        <translation>Exportado a %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::SalesDialog</name>
    <message>
        <source>&amp;Refund ticked tickets</source>
        <translation>&amp;Devolver las entradas marcadas</translation>
    </message>
    <message>
        <source>Sales and refunds</source>
        <translation>Ventas y devoluciones</translation>
    </message>
    <message>
        <source>Ticket code or sale number (scan or type), then Enter</source>
        <translation>Código de entrada o número de venta (escanear o escribir) y pulsar Intro</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <source>Recent &amp;sales</source>
        <translation>Ventas &amp;recientes</translation>
    </message>
    <message>
        <source>Sale / seat</source>
        <translation>Venta / butaca</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason for the refund (required)</source>
        <translation>Motivo de la devolución (obligatorio)</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Buscando…</translation>
    </message>
    <message>
        <source>refunded</source>
        <translation>devuelta</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>válida</translation>
    </message>
    <message>
        <source>No sale found.</source>
        <translation>No se ha encontrado ninguna venta.</translation>
    </message>
    <message numerus="yes">
        <source>%n sale(s) found.</source>
        <translation>
            <numerusform>Se ha encontrado %n venta.</numerusform>
            <numerusform>Se han encontrado %n ventas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enter a reason for the refund.</source>
        <translation>Introduzca el motivo de la devolución.</translation>
    </message>
    <message>
        <source>Tick the tickets to refund.</source>
        <translation>Marque las entradas que se van a devolver.</translation>
    </message>
    <message>
        <source>Refunding…</source>
        <translation>Devolviendo…</translation>
    </message>
    <message>
        <source>This sale is past the cashier&apos;s refund window: a manager must approve.</source>
        <translation>Esta venta está fuera del plazo de devolución para taquilleros: debe autorizarla un encargado.</translation>
    </message>
    <message>
        <source>Refund refused: %1</source>
        <translation>Devolución rechazada: %1</translation>
    </message>
    <message>
        <source>Manager approval</source>
        <translation>Autorización del encargado</translation>
    </message>
    <message>
        <source>Manager&apos;s user name:</source>
        <translation>Nombre de usuario del encargado:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Contraseña:</translation>
    </message>
    <message>
        <source>%1 is not a manager.</source>
        <translation>%1 no tiene el rol de encargado.</translation>
    </message>
    <message>
        <source>Approval refused: %1</source>
        <translation>Autorización denegada: %1</translation>
    </message>
    <message>
        <source>Sale %1 · %2 · %3</source>
        <translation>Venta %1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1  (%2)</source>
        <translation>%1  (%2)</translation>
    </message>
    <message>
        <source>Show %1</source>
        <translation>Sesión %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Fila %1, butaca %2</translation>
    </message>
    <message>
        <source>%1
Sold by %2 at terminal %3</source>
        <translation>%1
Vendida por %2 en el terminal %3</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMapScene</name>
    <message>
        <source>Seat %1, row %2, %3</source>
        <translation>Butaca %1, fila %2, %3</translation>
    </message>
    <message>
        <source>Category: %1, %2</source>
        <translation>Categoría: %1, %2</translation>
    </message>
    <message>
        <source>%1 (offline: may be out of date)</source>
        <translation>%1 (sin conexión: dato posiblemente desactualizado)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Nota: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatMapView</name>
    <message>
        <source>Offline: seat states may be out of date</source>
        <translation>Sin conexión: el estado de las butacas puede no estar actualizado</translation>
    </message>
</context>
<context>
    <name>Marquee::SeatsPage</name>
    <message>
        <source>House seat</source>
        <translation>Butaca de protocolo</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Blocked in the layout</source>
        <translation>Bloqueada en el plano</translation>
    </message>
    <message>
        <source>&amp;Block…</source>
        <translation>&amp;Bloquear…</translation>
    </message>
    <message>
        <source>&amp;House seats…</source>
        <translation>Butacas de &amp;protocolo…</translation>
    </message>
    <message>
        <source>&amp;Release</source>
        <translation>&amp;Liberar</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Butaca</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Block the selected seats for this show (a camera, a broken seat)</source>
        <translation>Bloquear las butacas seleccionadas para esta sesión (una cámara, una butaca rota)</translation>
    </message>
    <message>
        <source>Keep the selected seats as house seats, with a note</source>
        <translation>Apartar las butacas seleccionadas como butacas de protocolo, con una nota</translation>
    </message>
    <message>
        <source>Release the selected blocked or house seats for sale</source>
        <translation>Poner a la venta las butacas bloqueadas o de protocolo seleccionadas</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Venue:</source>
        <translation>Recinto:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Día:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>Blocked and house seats of this show:</source>
        <translation>Butacas bloqueadas y de protocolo de esta sesión:</translation>
    </message>
    <message>
        <source>The venues could not be read: %1</source>
        <translation>No se han podido leer los recintos: %1</translation>
    </message>
    <message>
        <source>The shows could not be read: %1</source>
        <translation>No se han podido leer las sesiones: %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelada)</translation>
    </message>
    <message>
        <source>House seats</source>
        <translation>Butacas de protocolo</translation>
    </message>
    <message>
        <source>Block seats</source>
        <translation>Bloquear butacas</translation>
    </message>
    <message>
        <source>Note (who the seats are kept for):</source>
        <translation>Nota (para quién se apartan las butacas):</translation>
    </message>
    <message>
        <source>Note (why they are blocked, optional):</source>
        <translation>Nota (por qué se bloquean, opcional):</translation>
    </message>
    <message>
        <source>Select available seats first.</source>
        <translation>Seleccione primero butacas libres.</translation>
    </message>
    <message numerus="yes">
        <source>Blocking %n seat(s)…</source>
        <translation>
            <numerusform>Bloqueando %n butaca…</numerusform>
            <numerusform>Bloqueando %n butacas…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n house seat(s) kept.</source>
        <translation>
            <numerusform>%n butaca de protocolo apartada.</numerusform>
            <numerusform>%n butacas de protocolo apartadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) blocked.</source>
        <translation>
            <numerusform>%n butaca bloqueada.</numerusform>
            <numerusform>%n butacas bloqueadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some seats are held, sold or blocked meanwhile; nothing was blocked.</source>
        <translation>Mientras tanto, algunas butacas se han reservado, vendido o bloqueado; no se ha bloqueado nada.</translation>
    </message>
    <message>
        <source>Not blocked: %1</source>
        <translation>No se ha bloqueado: %1</translation>
    </message>
    <message>
        <source>Select blocked or house seats first.</source>
        <translation>Seleccione primero butacas bloqueadas o de protocolo.</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) released for sale.</source>
        <translation>
            <numerusform>%n butaca puesta a la venta.</numerusform>
            <numerusform>%n butacas puestas a la venta.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>No se ha liberado: %1</translation>
    </message>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Fila %1, butaca %2</translation>
    </message>
</context>
<context>
    <name>Marquee::ServerConnection</name>
    <message>
        <source>The server did not answer in time.</source>
        <translation>El servidor no ha respondido a tiempo.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>conexión rechazada</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>no se ha encontrado el host</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>network unreachable</source>
        <translation>red inaccesible</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>error en la conexión segura</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>el servidor ha cerrado la conexión</translation>
    </message>
    <message>
        <source>connection failed</source>
        <translation>error de conexión</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>se ha perdido la conexión</translation>
    </message>
    <message>
        <source>This terminal made an invalid request (%1); nothing was sent.</source>
        <translation>Este terminal ha generado una solicitud no válida (%1); no se ha enviado nada.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>No se ha podido leer la respuesta del servidor: %1</translation>
    </message>
</context>
<context>
    <name>Marquee::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Seat map</source>
        <translation>Plano de butacas</translation>
    </message>
    <message>
        <source>Basket</source>
        <translation>Cesta</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Cobro</translation>
    </message>
    <message>
        <source>Box office</source>
        <translation>Taquilla</translation>
    </message>
    <message>
        <source>Search a show by title</source>
        <translation>Buscar una sesión por título</translation>
    </message>
    <message>
        <source>From the search: to the list of shows</source>
        <translation>Desde la búsqueda: ir a la lista de sesiones</translation>
    </message>
    <message>
        <source>Open the selected (or first) show and go to its seat map</source>
        <translation>Abrir la sesión seleccionada (o la primera) e ir a su plano de butacas</translation>
    </message>
    <message>
        <source>Previous day, next day</source>
        <translation>Día anterior, día siguiente</translation>
    </message>
    <message>
        <source>Move to the nearest seat in that direction</source>
        <translation>Ir a la butaca más cercana en esa dirección</translation>
    </message>
    <message>
        <source>Add the seat to the selection, or remove it</source>
        <translation>Añadir la butaca a la selección o quitarla</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Anular la selección</translation>
    </message>
    <message>
        <source>Zoom in, zoom out, whole auditorium</source>
        <translation>Acercar, alejar, toda la sala</translation>
    </message>
    <message>
        <source>Hold the selected seats</source>
        <translation>Reservar las butacas seleccionadas</translation>
    </message>
    <message>
        <source>Extend the hold</source>
        <translation>Ampliar la reserva</translation>
    </message>
    <message>
        <source>Release the hold</source>
        <translation>Liberar la reserva</translation>
    </message>
    <message>
        <source>Take payment</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <source>Cash, card</source>
        <translation>Efectivo, tarjeta</translation>
    </message>
    <message>
        <source>Pay; after the sale: Done</source>
        <translation>Cobrar; tras la venta: Finalizar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Sales and refunds</source>
        <translation>Ventas y devoluciones</translation>
    </message>
    <message>
        <source>Close the shift (report)</source>
        <translation>Cerrar el turno (informe)</translation>
    </message>
    <message>
        <source>Print the last tickets</source>
        <translation>Imprimir las últimas entradas</translation>
    </message>
    <message>
        <source>This overview</source>
        <translation>Este resumen</translation>
    </message>
    <message>
        <source>%1 … %2</source>
        <translation>%1 … %2</translation>
    </message>
    <message>
        <source>With a seat of the basket selected: its ticket type (the first, second, … of its list)</source>
        <translation>Con una butaca de la cesta seleccionada: su tarifa (la primera, la segunda, … de su lista)</translation>
    </message>
    <message>
        <source>The ticket type of the selected basket seat, or of the seat added last</source>
        <translation>La tarifa de la butaca seleccionada en la cesta o de la última butaca añadida</translation>
    </message>
</context>
<context>
    <name>Marquee::ShowDialog</name>
    <message>
        <source>Schedule a show</source>
        <translation>Programar una sesión</translation>
    </message>
    <message>
        <source>Edit show</source>
        <translation>Editar sesión</translation>
    </message>
    <message>
        <source>Scheduled (not on sale yet)</source>
        <translation>Programada (aún no está a la venta)</translation>
    </message>
    <message>
        <source>On sale</source>
        <translation>A la venta</translation>
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
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>&amp;Auditorium:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Layout version:</source>
        <translation>&amp;Versión del plano:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Sesión:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>&amp;Prices:</source>
        <translation>&amp;Precios:</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>&amp;Estado:</translation>
    </message>
    <message>
        <source>There is no title to schedule: create one on the Titles page first.</source>
        <translation>No hay ningún título que programar: cree primero uno en la página Títulos.</translation>
    </message>
    <message>
        <source>Loading the layout versions…</source>
        <translation>Cargando las versiones del plano…</translation>
    </message>
    <message>
        <source>This auditorium has no published layout yet (layout studio).</source>
        <translation>Esta sala aún no tiene ningún plano publicado (estudio de planos).</translation>
    </message>
    <message numerus="yes">
        <source>Version %1 (current): %2, %n seat(s)</source>
        <translation>
            <numerusform>Versión %1 (actual): %2, %n butaca</numerusform>
            <numerusform>Versión %1 (actual): %2, %n butacas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Version %1: %2, %n seat(s)</source>
        <translation>
            <numerusform>Versión %1: %2, %n butaca</numerusform>
            <numerusform>Versión %1: %2, %n butacas</numerusform>
        </translation>
    </message>
    <message>
        <source>The layout does not read: %1</source>
        <translation>No se puede leer el plano: %1</translation>
    </message>
    <message>
        <source>The show ends after it starts.</source>
        <translation>La sesión debe terminar después de empezar.</translation>
    </message>
    <message>
        <source>Wait for the layout&apos;s categories.</source>
        <translation>Espere a que se carguen las categorías del plano.</translation>
    </message>
    <message>
        <source>Prices per category (below)</source>
        <translation>Precios por categoría (abajo)</translation>
    </message>
    <message>
        <source>Keep the show&apos;s prices</source>
        <translation>Mantener los precios de la sesión</translation>
    </message>
    <message>
        <source>Price &amp;card:</source>
        <translation>&amp;Lista de precios:</translation>
    </message>
</context>
<context>
    <name>Marquee::ShowPicker</name>
    <message>
        <source>Previous day (Alt+Left)</source>
        <translation>Día anterior (Alt+Izquierda)</translation>
    </message>
    <message>
        <source>Next day (Alt+Right)</source>
        <translation>Día siguiente (Alt+Derecha)</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Search title…</source>
        <translation>Buscar título…</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Sesión</translation>
    </message>
    <message>
        <source>Free · Held · Sold</source>
        <translation>Libres · Reserv. · Vend.</translation>
    </message>
    <message>
        <source>Auditorium %1</source>
        <translation>Sala %1</translation>
    </message>
    <message>
        <source>Offline: shows as last seen</source>
        <translation>Sin conexión: sesiones tal como se vieron por última vez</translation>
    </message>
    <message numerus="yes">
        <source>%n show(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: no shows of this day were seen on this terminal</source>
        <translation>Sin conexión: este terminal no tiene sesiones registradas para este día</translation>
    </message>
    <message>
        <source>Offline: shows as last seen at %1</source>
        <translation>Sin conexión: sesiones tal como se vieron por última vez (%1)</translation>
    </message>
    <message>
        <source>Not signed in: shows as last seen at %1</source>
        <translation>Sin iniciar sesión: sesiones tal como se vieron por última vez (%1)</translation>
    </message>
    <message>
        <source>Not signed in: shows as last seen</source>
        <translation>Sin iniciar sesión: sesiones tal como se vieron por última vez</translation>
    </message>
    <message>
        <source>%1 (cancelled)</source>
        <translation>%1 (cancelada)</translation>
    </message>
    <message>
        <source>%1 (sales closed)</source>
        <translation>%1 (venta cerrada)</translation>
    </message>
</context>
<context>
    <name>Marquee::ShowPricesEditor</name>
    <message>
        <source>not an amount</source>
        <translation>no es un importe</translation>
    </message>
    <message>
        <source>not below zero</source>
        <translation>no puede ser negativo</translation>
    </message>
    <message>
        <source>The layout has no seat categories to price.</source>
        <translation>El plano no tiene categorías de butacas a las que dar precio.</translation>
    </message>
    <message>
        <source>Enter a price for %1.</source>
        <translation>Introduzca un precio para %1.</translation>
    </message>
    <message>
        <source>The price for %1 is not an amount of %2 (such as 12.50).</source>
        <translation>El precio de %1 no es un importe en %2 (como 12.50).</translation>
    </message>
    <message>
        <source>e.g. 12.50</source>
        <translation>p. ej. 12.50</translation>
    </message>
    <message>
        <source>e.g. 1250</source>
        <translation>p. ej. 1250</translation>
    </message>
</context>
<context>
    <name>Marquee::SignInDialog</name>
    <message>
        <source>Sign in to Marquee</source>
        <translation>Iniciar sesión en Marquee</translation>
    </message>
    <message>
        <source>Marquee Box Office</source>
        <translation>Marquee Taquilla</translation>
    </message>
    <message>
        <source>ws://host:port, or wss://host:port for an encrypted connection</source>
        <translation>ws://host:puerto, o wss://host:puerto para una conexión cifrada</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The server address must start with ws:// or wss://.</source>
        <translation>La dirección del servidor debe empezar por ws:// o wss://.</translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation>Introduzca su nombre de usuario.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Iniciando sesión…</translation>
    </message>
    <message>
        <source>Unknown user or wrong password.</source>
        <translation>Usuario desconocido o contraseña incorrecta.</translation>
    </message>
    <message>
        <source>Too many attempts; wait a moment.</source>
        <translation>Demasiados intentos; espere un momento.</translation>
    </message>
    <message>
        <source>Cannot sign in: %1</source>
        <translation>No se puede iniciar sesión: %1</translation>
    </message>
    <message>
        <source>Work offline</source>
        <translation>Trabajar sin conexión</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2; retrying.</source>
        <translation>No se puede conectar con %1: %2; reintentando.</translation>
    </message>
    <message>
        <source>You will be signed in as soon as the server answers.</source>
        <translation>Se iniciará la sesión en cuanto responda el servidor.</translation>
    </message>
    <message>
        <source>0.00</source>
        <translation>0,00</translation>
    </message>
    <message>
        <source>The cash in the drawer when your shift starts. Only used when no shift is open at this terminal.</source>
        <translation>El efectivo que hay en el cajón al empezar el turno. Solo se usa si no hay ningún turno abierto en este terminal.</translation>
    </message>
    <message>
        <source>Opening &amp;float:</source>
        <translation>&amp;Fondo de caja:</translation>
    </message>
    <message>
        <source>The opening float is an amount such as 150.00.</source>
        <translation>El fondo de caja es un importe como 150,00.</translation>
    </message>
    <message numerus="yes">
        <source>Too many failed sign-ins: try again in %n minute(s).</source>
        <translation>
            <numerusform>Demasiados inicios de sesión fallidos: vuelva a intentarlo dentro de %n minuto.</numerusform>
            <numerusform>Demasiados inicios de sesión fallidos: vuelva a intentarlo dentro de %n minutos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::StatisticsPanel</name>
    <message>
        <source>Wheelchair spaces</source>
        <translation>Espacios para silla de ruedas</translation>
    </message>
    <message>
        <source>Companion seats</source>
        <translation>Butacas de acompañante</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Visibilidad reducida</translation>
    </message>
    <message>
        <source>Blocked (not for sale)</source>
        <translation>Bloqueadas (no a la venta)</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Butacas</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Unknown category</source>
        <translation>Categoría desconocida</translation>
    </message>
    <message>
        <source>Special seats</source>
        <translation>Butacas especiales</translation>
    </message>
</context>
<context>
    <name>Marquee::StudioConnection</name>
    <message>
        <source>Layout studio</source>
        <translation>Estudio de planos</translation>
    </message>
    <message>
        <source>Venues and &amp;versions on the server…</source>
        <translation>Recin&amp;tos y versiones en el servidor…</translation>
    </message>
    <message>
        <source>Save dra&amp;ft on the server</source>
        <translation>Guardar borrador en el &amp;servidor</translation>
    </message>
    <message>
        <source>Publis&amp;h…</source>
        <translation>&amp;Publicar…</translation>
    </message>
    <message>
        <source>&amp;Move shows onto this version…</source>
        <translation>&amp;Mover sesiones a esta versión…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>The layout cannot be read: %1</source>
        <translation>No se puede leer el plano: %1</translation>
    </message>
    <message>
        <source>%1, version %2</source>
        <translation>%1, versión %2</translation>
    </message>
    <message>
        <source>Version %1 opened. Your changes become the auditorium&apos;s draft when you save them.</source>
        <translation>Versión %1 abierta. Sus cambios pasarán a ser el borrador de la sala cuando los guarde.</translation>
    </message>
    <message>
        <source>%1, draft</source>
        <translation>%1, borrador</translation>
    </message>
    <message>
        <source>Draft revision %1 opened (saved by %2).</source>
        <translation>Revisión %1 del borrador abierta (guardada por %2).</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>General</translation>
    </message>
    <message>
        <source>%1, new layout</source>
        <translation>%1, plano nuevo</translation>
    </message>
    <message>
        <source>Choose the auditorium this layout is for, then “New layout” or open one of its versions.</source>
        <translation>Elija la sala a la que corresponde este plano y, a continuación, «Nuevo plano», o abra una de sus versiones.</translation>
    </message>
    <message>
        <source>The auditorium has a draft on the server that is not the layout on screen. Replace that draft with this layout?</source>
        <translation>La sala tiene en el servidor un borrador que no es el plano que se muestra en pantalla. ¿Sustituir ese borrador por este plano?</translation>
    </message>
    <message>
        <source>Uploading the layout (%1 KB)…</source>
        <translation>Subiendo el plano (%1 KB)…</translation>
    </message>
    <message>
        <source>The layout is too big to save (%1 MB).</source>
        <translation>El plano es demasiado grande para guardarlo (%1 MB).</translation>
    </message>
    <message>
        <source>Someone else saved this auditorium&apos;s draft since you opened it (it is now at revision %1). Replace their draft with yours? (No: keep theirs; open it from the server to see it.)</source>
        <translation>Otra persona ha guardado el borrador de esta sala desde que usted lo abrió (ahora está en la revisión %1). ¿Sustituir ese borrador por el suyo? (No: conservar el de la otra persona; ábralo desde el servidor para verlo.)</translation>
    </message>
    <message>
        <source>Not saved: the draft on the server is someone else&apos;s.</source>
        <translation>No se ha guardado: el borrador del servidor es de otra persona.</translation>
    </message>
    <message>
        <source>Draft saved (revision %1): no problems, ready to publish.</source>
        <translation>Borrador guardado (revisión %1): sin problemas, listo para publicar.</translation>
    </message>
    <message numerus="yes">
        <source>Draft saved (revision %1): %n problem(s) to solve before publishing.</source>
        <translation>
            <numerusform>Borrador guardado (revisión %1): %n problema que resolver antes de publicar.</numerusform>
            <numerusform>Borrador guardado (revisión %1): %n problemas que resolver antes de publicar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish this layout as the next version of %1? Shows keep the version they use until you move them onto it.</source>
        <translation>¿Publicar este plano como la siguiente versión de %1? Las sesiones mantienen la versión que usan hasta que las mueva a la nueva.</translation>
    </message>
    <message>
        <source>Version %1 of this auditorium was published since you opened this layout. Publish yours as the next version anyway?</source>
        <translation>Desde que abrió este plano se ha publicado la versión %1 de esta sala. ¿Publicar el suyo como la siguiente versión de todos modos?</translation>
    </message>
    <message numerus="yes">
        <source>Not published: the layout has %n problem(s). The Problems panel lists them; the first: %1</source>
        <translation>
            <numerusform>No se ha publicado: el plano tiene %n problema. Aparece en el panel Problemas: %1</numerusform>
            <numerusform>No se ha publicado: el plano tiene %n problemas. El panel Problemas los enumera; el primero: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The show was not moved: %n seat(s) held or sold in it are not in version %1: %2</source>
        <translation>
            <numerusform>La sesión no se ha movido: %n butaca reservada o vendida en ella no existe en la versión %1: %2</numerusform>
            <numerusform>La sesión no se ha movido: %n butacas reservadas o vendidas en ella no existen en la versión %1: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Show moved onto version %1: %2 seats added, %3 removed.</source>
        <translation>Sesión movida a la versión %1: %2 butacas añadidas, %3 eliminadas.</translation>
    </message>
    <message>
        <source>Move shows onto version %1</source>
        <translation>Mover sesiones a la versión %1</translation>
    </message>
    <message>
        <source>%1, %2 (now version %3)</source>
        <translation>%1, %2 (ahora versión %3)</translation>
    </message>
    <message>
        <source>No scheduled or on-sale show uses another version of this auditorium.</source>
        <translation>Ninguna sesión programada o a la venta usa otra versión de esta sala.</translation>
    </message>
    <message>
        <source>Seats held or sold in a show must exist in version %1, or that show stays where it is. Seats that disappear are free ones.</source>
        <translation>Las butacas reservadas o vendidas de una sesión deben existir en la versión %1; si no, la sesión se queda como está. Las butacas que desaparecen son butacas libres.</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Mover</translation>
    </message>
    <message numerus="yes">
        <source>Published as version %1 (%n seat(s)). Layout &gt; Move shows onto this version… moves shows onto it.</source>
        <translation>
            <numerusform>Publicado como versión %1 (%n butaca). Plano &gt; Mover sesiones a esta versión… mueve las sesiones a ella.</numerusform>
            <numerusform>Publicado como versión %1 (%n butacas). Plano &gt; Mover sesiones a esta versión… mueve las sesiones a ella.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n show(s) moved onto version %2.</source>
        <translation>
            <numerusform>%1 de %n sesión movida a la versión %2.</numerusform>
            <numerusform>%1 de %n sesiones movidas a la versión %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Not published: the layout has %n problem(s); the Problems panel lists them.</source>
        <translation>
            <numerusform>No se ha publicado: el plano tiene %n problema; aparece en el panel Problemas.</numerusform>
            <numerusform>No se ha publicado: el plano tiene %n problemas; aparecen en el panel Problemas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Marquee::StudioScene</name>
    <message>
        <source>Standard</source>
        <translation>General</translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s) a row</source>
        <translation>
            <numerusform>%n butaca por fila</numerusform>
            <numerusform>%n butacas por fila</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2 seats a row</source>
        <translation>De %1 a %2 butacas por fila</translation>
    </message>
    <message>
        <source>%1 × %2 = %3</source>
        <translation>%1 × %2 = %3</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n fila</numerusform>
            <numerusform>%n filas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n seat(s)</source>
        <translation>
            <numerusform>%n butaca</numerusform>
            <numerusform>%n butacas</numerusform>
        </translation>
    </message>
    <message>
        <source>The curve is between 0 and 1, and the front row has at least 2 seats.</source>
        <translation>La curvatura está entre 0 y 1, y la primera fila tiene al menos 2 butacas.</translation>
    </message>
    <message>
        <source>Drag from the first seat to the last</source>
        <translation>Arrastre desde la primera butaca hasta la última</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 unidades</translation>
    </message>
    <message>
        <source>Width %1</source>
        <translation>Anchura %1</translation>
    </message>
    <message>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message numerus="yes">
        <source>Add a block of %n seat(s)</source>
        <translation>
            <numerusform>Añadir un bloque de %n butaca</numerusform>
            <numerusform>Añadir un bloque de %n butacas</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the text in the tool options first.</source>
        <translation>Escriba primero el texto en las opciones de herramienta.</translation>
    </message>
    <message>
        <source>%1 is not an SVG drawing that can be read.</source>
        <translation>%1 no es un dibujo SVG legible.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 está vacío.</translation>
    </message>
</context>
<context>
    <name>Marquee::StudioWindow</name>
    <message>
        <source>New layout</source>
        <translation>Nuevo plano</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>General</translation>
    </message>
    <message>
        <source>x %1  y %2</source>
        <translation>x %1  y %2</translation>
    </message>
    <message>
        <source>%1 px a seat</source>
        <translation>%1 px por butaca</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“%1” has changes that are not saved. Save them?</source>
        <translation>«%1» tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>&amp;Select</source>
        <translation>&amp;Seleccionar</translation>
    </message>
    <message>
        <source>Select and move</source>
        <translation>Seleccionar y mover</translation>
    </message>
    <message>
        <source>Straight &amp;block</source>
        <translation>Bloque &amp;recto</translation>
    </message>
    <message>
        <source>Drag a block of straight rows</source>
        <translation>Arrastrar para crear un bloque de filas rectas</translation>
    </message>
    <message>
        <source>&amp;Curved block</source>
        <translation>Bloque &amp;curvo</translation>
    </message>
    <message>
        <source>Place a block of curved rows</source>
        <translation>Colocar un bloque de filas curvas</translation>
    </message>
    <message>
        <source>&amp;Row</source>
        <translation>&amp;Fila</translation>
    </message>
    <message>
        <source>Drag a row from its first seat to its last</source>
        <translation>Arrastrar una fila desde su primera butaca hasta la última</translation>
    </message>
    <message>
        <source>S&amp;ingle seat</source>
        <translation>Butaca &amp;individual</translation>
    </message>
    <message>
        <source>Click to add a seat</source>
        <translation>Hacer clic para añadir una butaca</translation>
    </message>
    <message>
        <source>&amp;Aisle</source>
        <translation>&amp;Pasillo</translation>
    </message>
    <message>
        <source>Drag an aisle</source>
        <translation>Arrastrar para crear un pasillo</translation>
    </message>
    <message>
        <source>Screen or s&amp;tage</source>
        <translation>Pan&amp;talla o escenario</translation>
    </message>
    <message>
        <source>Drag the screen or stage</source>
        <translation>Arrastrar la pantalla o el escenario</translation>
    </message>
    <message>
        <source>Te&amp;xt</source>
        <translation>Te&amp;xto</translation>
    </message>
    <message>
        <source>Click to place a text</source>
        <translation>Hacer clic para colocar un texto</translation>
    </message>
    <message>
        <source>&amp;Measure floor plan</source>
        <translation>Me&amp;dir plano de planta</translation>
    </message>
    <message>
        <source>Drag between two points of the floor plan whose distance you know</source>
        <translation>Arrastrar entre dos puntos del plano de planta cuya distancia se conoce</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New layout</source>
        <translation>&amp;Nuevo plano</translation>
    </message>
    <message>
        <source>New from a c&amp;opy of this layout</source>
        <translation>Nuevo a partir de una c&amp;opia de este plano</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Import JSON…</source>
        <translation>&amp;Importar JSON…</translation>
    </message>
    <message>
        <source>Import CSV seat &amp;list…</source>
        <translation>Importar &amp;lista de butacas CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Export CS&amp;V seat list…</source>
        <translation>Exportar lista de butacas CS&amp;V…</translation>
    </message>
    <message>
        <source>Export &amp;PDF plan…</source>
        <translation>Exportar plano en P&amp;DF…</translation>
    </message>
    <message>
        <source>Export SV&amp;G plan…</source>
        <translation>Exportar plano en &amp;SVG…</translation>
    </message>
    <message>
        <source>&amp;Floor plan…</source>
        <translation>Plano de &amp;planta…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>Ce&amp;rrar</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>Cor&amp;tar</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Pegar</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Seleccionar t&amp;odo</translation>
    </message>
    <message>
        <source>Select &amp;none</source>
        <translation>No seleccionar &amp;nada</translation>
    </message>
    <message>
        <source>Select ro&amp;w</source>
        <translation>Seleccionar &amp;fila</translation>
    </message>
    <message>
        <source>Select s&amp;ection</source>
        <translation>Seleccionar &amp;sección</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>Ajustar a la &amp;ventana</translation>
    </message>
    <message>
        <source>&amp;Snap to grid</source>
        <translation>Ajustar a la c&amp;uadrícula</translation>
    </message>
    <message>
        <source>F&amp;loor plan</source>
        <translation>&amp;Plano de planta</translation>
    </message>
    <message>
        <source>&amp;Load…</source>
        <translation>&amp;Cargar…</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <source>Mo&amp;ve with the mouse</source>
        <translation>Mo&amp;ver con el ratón</translation>
    </message>
    <message>
        <source>S&amp;cale…</source>
        <translation>&amp;Escalar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Layout</source>
        <translation>&amp;Plano</translation>
    </message>
    <message>
        <source>&amp;Renumber…</source>
        <translation>Re&amp;numerar…</translation>
    </message>
    <message>
        <source>Edit &amp;label</source>
        <translation>Editar &amp;etiqueta</translation>
    </message>
    <message>
        <source>Select one seat, or seats of one row, to edit its label.</source>
        <translation>Seleccione una butaca, o butacas de una misma fila, para editar su etiqueta.</translation>
    </message>
    <message>
        <source>R&amp;otate…</source>
        <translation>&amp;Girar…</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;anticlockwise</source>
        <translation>Girar 15° en sentido &amp;antihorario</translation>
    </message>
    <message>
        <source>Rotate 15° &amp;clockwise</source>
        <translation>Girar 15° en sentido &amp;horario</translation>
    </message>
    <message>
        <source>Ali&amp;gn</source>
        <translation>A&amp;linear</translation>
    </message>
    <message>
        <source>&amp;Left</source>
        <translation>&amp;Izquierda</translation>
    </message>
    <message>
        <source>&amp;Right</source>
        <translation>&amp;Derecha</translation>
    </message>
    <message>
        <source>&amp;Top</source>
        <translation>&amp;Arriba</translation>
    </message>
    <message>
        <source>&amp;Bottom</source>
        <translation>A&amp;bajo</translation>
    </message>
    <message>
        <source>&amp;Distribute</source>
        <translation>&amp;Distribuir</translation>
    </message>
    <message>
        <source>&amp;Horizontally</source>
        <translation>&amp;Horizontalmente</translation>
    </message>
    <message>
        <source>&amp;Vertically</source>
        <translation>&amp;Verticalmente</translation>
    </message>
    <message>
        <source>&amp;Wheelchair space</source>
        <translation>Espacio para silla de &amp;ruedas</translation>
    </message>
    <message>
        <source>Com&amp;panion seat</source>
        <translation>Butaca de a&amp;compañante</translation>
    </message>
    <message>
        <source>Re&amp;stricted view</source>
        <translation>&amp;Visibilidad reducida</translation>
    </message>
    <message>
        <source>&amp;Blocked (never for sale)</source>
        <translation>&amp;Bloqueada (nunca a la venta)</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Tool options</source>
        <translation>Opciones de herramienta</translation>
    </message>
    <message>
        <source>Properties</source>
        <translation>Propiedades</translation>
    </message>
    <message>
        <source>Categories</source>
        <translation>Categorías</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Estadísticas</translation>
    </message>
    <message>
        <source>&amp;Tool options</source>
        <translation>&amp;Opciones de herramienta</translation>
    </message>
    <message>
        <source>P&amp;roperties</source>
        <translation>P&amp;ropiedades</translation>
    </message>
    <message>
        <source>C&amp;ategories</source>
        <translation>&amp;Categorías</translation>
    </message>
    <message>
        <source>Pro&amp;blems</source>
        <translation>Pro&amp;blemas</translation>
    </message>
    <message>
        <source>Statisti&amp;cs</source>
        <translation>E&amp;stadísticas</translation>
    </message>
    <message>
        <source>%1[*] – Layout studio</source>
        <translation>%1[*] – Estudio de planos</translation>
    </message>
    <message>
        <source>Copy of %1</source>
        <translation>Copia de %1</translation>
    </message>
    <message>
        <source>Save layout</source>
        <translation>Guardar plano</translation>
    </message>
    <message>
        <source>Layouts (*.json)</source>
        <translation>Planos (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Import layout</source>
        <translation>Importar plano</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a layout this studio reads:
%2</source>
        <translation>%1 no es un plano que este estudio pueda leer:
%2</translation>
    </message>
    <message>
        <source>Import CSV seat list</source>
        <translation>Importar lista de butacas CSV</translation>
    </message>
    <message>
        <source>Seat lists (*.csv *.txt)</source>
        <translation>Listas de butacas (*.csv *.txt)</translation>
    </message>
    <message numerus="yes">
        <source>%1 has %n problem(s); nothing was imported.</source>
        <translation>
            <numerusform>%1 tiene %n problema; no se ha importado nada.</numerusform>
            <numerusform>%1 tiene %n problemas; no se ha importado nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <source>Export JSON</source>
        <translation>Exportar JSON</translation>
    </message>
    <message>
        <source>Export CSV seat list</source>
        <translation>Exportar lista de butacas CSV</translation>
    </message>
    <message>
        <source>Seat lists (*.csv)</source>
        <translation>Listas de butacas (*.csv)</translation>
    </message>
    <message>
        <source>Export PDF plan</source>
        <translation>Exportar plano en PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export SVG plan</source>
        <translation>Exportar plano en SVG</translation>
    </message>
    <message>
        <source>SVG (*.svg)</source>
        <translation>SVG (*.svg)</translation>
    </message>
    <message>
        <source>Floor plan</source>
        <translation>Plano de planta</translation>
    </message>
    <message>
        <source>Plans (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Planos (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>Scale the plan: View &gt; Floor plan &gt; Measure, then drag between two points whose distance you know.</source>
        <translation>Escale el plano: Ver &gt; Plano de planta &gt; Medir plano de planta y, después, arrastre entre dos puntos cuya distancia conozca.</translation>
    </message>
    <message>
        <source>Scale floor plan</source>
        <translation>Escalar plano de planta</translation>
    </message>
    <message>
        <source>Layout units per pixel of the plan:</source>
        <translation>Unidades del plano de sala por píxel del plano de planta:</translation>
    </message>
    <message>
        <source>metres (a seat is %1 m wide)</source>
        <translation>metros (una butaca mide %1 m de ancho)</translation>
    </message>
    <message>
        <source>seat widths (layout units)</source>
        <translation>anchos de butaca (unidades del plano)</translation>
    </message>
    <message>
        <source>How far apart are these two points?</source>
        <translation>¿Qué distancia hay entre estos dos puntos?</translation>
    </message>
    <message>
        <source>&amp;Distance:</source>
        <translation>&amp;Distancia:</translation>
    </message>
    <message>
        <source>&amp;In:</source>
        <translation>&amp;En:</translation>
    </message>
    <message>
        <source>The clipboard holds no seats this studio can paste: %1</source>
        <translation>El portapapeles no contiene butacas que este estudio pueda pegar: %1</translation>
    </message>
    <message>
        <source>Select the rows or seats to renumber first.</source>
        <translation>Seleccione primero las filas o butacas que quiera renumerar.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Girar</translation>
    </message>
    <message>
        <source>Degrees, clockwise:</source>
        <translation>Grados, en sentido horario:</translation>
    </message>
    <message>
        <source>Layout studio</source>
        <translation>Estudio de planos</translation>
    </message>
    <message>
        <source>The layout studio is for managers and admins; %1 is a %2.</source>
        <translation>El estudio de planos es solo para encargados y administradores; %1 tiene el rol %2.</translation>
    </message>
    <message>
        <source>Change my pass&amp;word…</source>
        <translation>Cambiar mi &amp;contraseña…</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketMailer</name>
    <message>
        <source>Row %1, seat %2</source>
        <translation>Fila %1, butaca %2</translation>
    </message>
    <message>
        <source>Your tickets for %1</source>
        <translation>Sus entradas para %1</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Thank you for your booking. Your tickets are attached as a PDF: show them at the door, printed or on your phone.</source>
        <translation>Gracias por su reserva. Sus entradas van adjuntas en PDF: muéstrelas en la entrada, impresas o en el móvil.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Cuándo: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation>Dónde: %1</translation>
    </message>
    <message>
        <source>Ticket code: %1</source>
        <translation>Código de la entrada: %1</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <translation>Total: %1</translation>
    </message>
    <message>
        <source>Booking number: %1</source>
        <translation>Número de reserva: %1</translation>
    </message>
    <message>
        <source>Enjoy the show!</source>
        <translation>¡Disfrute de la función!</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketOutput</name>
    <message>
        <source>Tickets</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Tickets printed on %1.</source>
        <translation>Entradas impresas en %1.</translation>
    </message>
    <message>
        <source>No ticket printer is set up, and the tickets could not be saved as PDF.</source>
        <translation>No hay ninguna impresora de entradas configurada y no se han podido guardar las entradas como PDF.</translation>
    </message>
    <message>
        <source>Printing failed (%1), and the tickets could not be saved as PDF.</source>
        <translation>Error de impresión (%1) y no se han podido guardar las entradas como PDF.</translation>
    </message>
    <message>
        <source>No ticket printer is set up: tickets saved as PDF %1</source>
        <translation>No hay ninguna impresora de entradas configurada: entradas guardadas como PDF en %1</translation>
    </message>
    <message>
        <source>Printing failed (%1): tickets saved as PDF %2</source>
        <translation>Error de impresión (%1): entradas guardadas como PDF en %2</translation>
    </message>
</context>
<context>
    <name>Marquee::TicketRenderer</name>
    <message>
        <source>Auditorium</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Seat</source>
        <translation>Butaca</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <source>(no QR code)</source>
        <translation>(sin código QR)</translation>
    </message>
    <message>
        <source>Show this ticket at the entrance. Valid for one admission.</source>
        <translation>Presente esta entrada en la puerta. Válida para un solo acceso.</translation>
    </message>
    <message>
        <source>No printer or file to print to.</source>
        <translation>No hay ninguna impresora ni archivo en el que imprimir.</translation>
    </message>
    <message>
        <source>Cannot print: the printer or file is not available.</source>
        <translation>No se puede imprimir: la impresora o el archivo no están disponibles.</translation>
    </message>
    <message>
        <source>Cannot start a new page.</source>
        <translation>No se puede empezar una página nueva.</translation>
    </message>
    <message>
        <source>Printing failed.</source>
        <translation>Error de impresión.</translation>
    </message>
    <message>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <source>Sale</source>
        <translation>Venta</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terminal</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Taquillero</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1 (auth. %2)</source>
        <translation>%1 (aut. %2)</translation>
    </message>
    <message>
        <source>  Tendered</source>
        <translation>  Entregado</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Thank you for your visit.</source>
        <translation>Gracias por su visita.</translation>
    </message>
    <message>
        <source>Shift report</source>
        <translation>Informe de turno</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message numerus="yes">
        <source>Sales (%n)</source>
        <translation>
            <numerusform>Venta (%n)</numerusform>
            <numerusform>Ventas (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Refunds (%n)</source>
        <translation>
            <numerusform>Devolución (%n)</numerusform>
            <numerusform>Devoluciones (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>No payments in this shift.</source>
        <translation>No hay pagos en este turno.</translation>
    </message>
    <message>
        <source>Net total</source>
        <translation>Total neto</translation>
    </message>
    <message>
        <source>Tickets sold</source>
        <translation>Entradas vendidas</translation>
    </message>
    <message>
        <source>Tickets refunded</source>
        <translation>Entradas devueltas</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Impreso</translation>
    </message>
    <message>
        <source>Signature: ______________________</source>
        <translation>Firma: ______________________</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>There are no tickets to print.</source>
        <translation>No hay entradas que imprimir.</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <source>Z report (shift closed)</source>
        <translation>Informe Z (turno cerrado)</translation>
    </message>
    <message>
        <source>X report (shift open)</source>
        <translation>Informe X (turno abierto)</translation>
    </message>
    <message>
        <source>Shift</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>Cash drawer</source>
        <translation>Efectivo en caja</translation>
    </message>
    <message>
        <source>Opening float</source>
        <translation>Fondo de caja</translation>
    </message>
    <message>
        <source>Expected cash</source>
        <translation>Efectivo esperado</translation>
    </message>
    <message>
        <source>Counted cash</source>
        <translation>Efectivo contado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>%1 short</source>
        <translation>Faltan %1</translation>
    </message>
    <message>
        <source>%1 over</source>
        <translation>Sobran %1</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Diferencia</translation>
    </message>
    <message>
        <source>Refund</source>
        <translation>Devolución</translation>
    </message>
    <message>
        <source>Paid back in cash</source>
        <translation>Devuelto en efectivo</translation>
    </message>
    <message>
        <source>Back to the card</source>
        <translation>Abonado en tarjeta</translation>
    </message>
    <message>
        <source>Total refunded</source>
        <translation>Total devuelto</translation>
    </message>
    <message>
        <source>Customer&apos;s signature: ______________</source>
        <translation>Firma del cliente: ______________</translation>
    </message>
    <message>
        <source>Refunded %1: give it back to the customer.</source>
        <translation>Importe devuelto: %1. Entrégueselo al cliente.</translation>
    </message>
    <message>
        <source>Refunded: hand back %1 in cash.</source>
        <translation>Devolución: entregue %1 en efectivo.</translation>
    </message>
    <message>
        <source>Refunded: %1 goes back to the card; no cash to hand back.</source>
        <translation>Devolución: se abona %1 en la tarjeta; no hay que entregar efectivo.</translation>
    </message>
    <message>
        <source>Refunded: hand back %1 in cash; %2 goes back to the card.</source>
        <translation>Devolución: entregue %1 en efectivo; se abona %2 en la tarjeta.</translation>
    </message>
    <message>
        <source>Category, ticket</source>
        <translation>Categoría, tarifa</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
</context>
<context>
    <name>Marquee::TitleDialog</name>
    <message>
        <source>Edit title</source>
        <translation>Editar título</translation>
    </message>
    <message>
        <source>New title</source>
        <translation>Nuevo título</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>FSK 12, PG-13</source>
        <translation>+12, TP</translation>
    </message>
    <message>
        <source>OV, 3D</source>
        <translation>VOSE, 3D</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Runtime:</source>
        <translation>D&amp;uración:</translation>
    </message>
    <message>
        <source>&amp;Age rating:</source>
        <translation>&amp;Calificación por edades:</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Descripción:</translation>
    </message>
    <message>
        <source>Enter the title&apos;s name.</source>
        <translation>Introduzca el nombre del título.</translation>
    </message>
    <message>
        <source>The description has at most %1 characters.</source>
        <translation>La descripción tiene como máximo %1 caracteres.</translation>
    </message>
</context>
<context>
    <name>Marquee::TitlesPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>Arc&amp;hivar</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Runtime</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Age rating</source>
        <translation>Calificación por edades</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Formato</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <source>&amp;New title…</source>
        <translation>&amp;Nuevo título…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>Un&amp;archive</source>
        <translation>&amp;Desarchivar</translation>
    </message>
    <message>
        <source>Loading the titles…</source>
        <translation>Cargando los títulos…</translation>
    </message>
    <message numerus="yes">
        <source>%n title(s).</source>
        <translation>
            <numerusform>%n título.</numerusform>
            <numerusform>%n títulos.</numerusform>
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
        <translation>archivado</translation>
    </message>
    <message>
        <source>Title %1 created.</source>
        <translation>Título %1 creado.</translation>
    </message>
    <message>
        <source>Title %1 saved (archived).</source>
        <translation>Título %1 guardado (archivado).</translation>
    </message>
    <message>
        <source>Title %1 saved.</source>
        <translation>Título %1 guardado.</translation>
    </message>
</context>
<context>
    <name>Marquee::ToolOptionsPanel</name>
    <message>
        <source>Click to add a seat: it joins the row beside it, or starts a row of its own.</source>
        <translation>Haga clic para añadir una butaca: se une a la fila contigua o empieza una fila propia.</translation>
    </message>
    <message>
        <source>Drag between two points of the floor plan whose distance you know, then type that distance.</source>
        <translation>Arrastre entre dos puntos del plano de planta cuya distancia conozca y escriba esa distancia.</translation>
    </message>
    <message>
        <source>C&amp;ategory:</source>
        <translation>Ca&amp;tegoría:</translation>
    </message>
    <message>
        <source>Click, shift-click or drag a frame to select; drag the selection to move it; the arrow keys move it by the grid (shift: ten steps). Double-click a seat to select its row.</source>
        <translation>Haga clic, Mayús+clic o arrastre un marco para seleccionar; arrastre la selección para moverla; las teclas de flecha la mueven según la cuadrícula (Mayús: diez pasos). Haga doble clic en una butaca para seleccionar su fila.</translation>
    </message>
    <message>
        <source>Drag a rectangle: its size decides the rows and seats. A click places the counts below.</source>
        <translation>Arrastre un rectángulo: su tamaño determina las filas y las butacas. Un clic coloca las cantidades indicadas abajo.</translation>
    </message>
    <message>
        <source>&amp;Stagger every second row</source>
        <translation>Escalonar una de cada &amp;dos filas</translation>
    </message>
    <message>
        <source>&amp;Rows:</source>
        <translation>&amp;Filas:</translation>
    </message>
    <message>
        <source>Seats a ro&amp;w:</source>
        <translation>B&amp;utacas por fila:</translation>
    </message>
    <message>
        <source>Click the front row&apos;s middle; drag away from the stage for more rows. Rows further back hold more seats.</source>
        <translation>Haga clic en el centro de la primera fila; arrastre alejándose del escenario para añadir filas. Las filas más alejadas tienen más butacas.</translation>
    </message>
    <message>
        <source>By radius and span</source>
        <translation>Por radio y apertura</translation>
    </message>
    <message>
        <source>By curve and front row</source>
        <translation>Por curvatura y primera fila</translation>
    </message>
    <message>
        <source>Front ra&amp;dius:</source>
        <translation>&amp;Radio de la primera fila:</translation>
    </message>
    <message>
        <source>S&amp;pan:</source>
        <translation>Apert&amp;ura:</translation>
    </message>
    <message>
        <source>C&amp;urve (0–1):</source>
        <translation>&amp;Curvatura (0–1):</translation>
    </message>
    <message>
        <source>Front row &amp;seats:</source>
        <translation>Butacas de la pri&amp;mera fila:</translation>
    </message>
    <message>
        <source>Drag from the first seat to the last.</source>
        <translation>Arrastre desde la primera butaca hasta la última.</translation>
    </message>
    <message>
        <source>Seats from the len&amp;gth</source>
        <translation>Butacas según la &amp;longitud</translation>
    </message>
    <message>
        <source>&amp;Number of seats:</source>
        <translation>&amp;Número de butacas:</translation>
    </message>
    <message>
        <source>C&amp;urve (−1–1):</source>
        <translation>&amp;Curvatura (−1–1):</translation>
    </message>
    <message>
        <source>Drag along the aisle&apos;s middle.</source>
        <translation>Arrastre a lo largo del centro del pasillo.</translation>
    </message>
    <message>
        <source>&amp;Width:</source>
        <translation>A&amp;nchura:</translation>
    </message>
    <message>
        <source>Drag from one end to the other; a click moves it.</source>
        <translation>Arrastre de un extremo al otro; un clic lo desplaza.</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Pantalla</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Escenario</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>Tip&amp;o:</translation>
    </message>
    <message>
        <source>Type the text, then click where it goes.</source>
        <translation>Escriba el texto y haga clic donde deba ir.</translation>
    </message>
    <message>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Ta&amp;maño:</translation>
    </message>
    <message>
        <source>Spacing</source>
        <translation>Separación</translation>
    </message>
    <message>
        <source>Seat pitc&amp;h:</source>
        <translation>Separación entre &amp;butacas:</translation>
    </message>
    <message>
        <source>R&amp;ow pitch:</source>
        <translation>Separación entre f&amp;ilas:</translation>
    </message>
    <message>
        <source>Numbering</source>
        <translation>Numeración</translation>
    </message>
    <message>
        <source>A … Z, AA, BB …</source>
        <translation>A … Z, AA, BB …</translation>
    </message>
    <message>
        <source>A … Z, AA, AB …</source>
        <translation>A … Z, AA, AB …</translation>
    </message>
    <message>
        <source>1, 2, 3 …</source>
        <translation>1, 2, 3 …</translation>
    </message>
    <message>
        <source>Skip I and O</source>
        <translation>Omitir la I y la O</translation>
    </message>
    <message>
        <source>Left to right</source>
        <translation>De izquierda a derecha</translation>
    </message>
    <message>
        <source>Right to left</source>
        <translation>De derecha a izquierda</translation>
    </message>
    <message>
        <source>Odd and even from the centre</source>
        <translation>Impares y pares desde el centro</translation>
    </message>
    <message>
        <source>Odd on the right</source>
        <translation>Impares a la derecha</translation>
    </message>
    <message>
        <source>Odd on the left</source>
        <translation>Impares a la izquierda</translation>
    </message>
    <message>
        <source>Rows:</source>
        <translation>Filas:</translation>
    </message>
    <message>
        <source>First row:</source>
        <translation>Primera fila:</translation>
    </message>
    <message>
        <source>Seats:</source>
        <translation>Butacas:</translation>
    </message>
    <message>
        <source>First seat:</source>
        <translation>Primera butaca:</translation>
    </message>
</context>
<context>
    <name>Marquee::UserDialog</name>
    <message>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Encargado</translation>
    </message>
    <message>
        <source>Cashier</source>
        <translation>Taquillero</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Quiosco</translation>
    </message>
    <message>
        <source>&amp;Active (may sign in)</source>
        <translation>&amp;Activo (puede iniciar sesión)</translation>
    </message>
    <message>
        <source>New user</source>
        <translation>Nuevo usuario</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Editar usuario</translation>
    </message>
    <message>
        <source>&amp;User name (to sign in):</source>
        <translation>Nombre de &amp;usuario (para iniciar sesión):</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>C&amp;reate</source>
        <translation>&amp;Crear</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>The server makes the first password; you see it once, after Create.</source>
        <translation>El servidor genera la primera contraseña; se muestra una sola vez, después de pulsar «Crear».</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Consultando al servidor…</translation>
    </message>
    <message>
        <source>A user name has 1 to %1 characters: letters A–Z, digits, dot, underscore, hyphen.</source>
        <translation>Un nombre de usuario tiene de 1 a %1 caracteres: letras A–Z, cifras, punto, guion bajo y guion.</translation>
    </message>
    <message>
        <source>Enter the name people read.</source>
        <translation>Introduzca el nombre que verán los demás.</translation>
    </message>
</context>
<context>
    <name>Marquee::UsersPage</name>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>Reset &amp;password…</source>
        <translation>Restablecer &amp;contraseña…</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Último inicio de sesión</translation>
    </message>
    <message>
        <source>&amp;New user…</source>
        <translation>&amp;Nuevo usuario…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ac&amp;tualizar</translation>
    </message>
    <message>
        <source>A manager may manage cashiers and kiosks only.</source>
        <translation>Un encargado solo puede gestionar taquilleros y quioscos.</translation>
    </message>
    <message>
        <source>This user name is taken; choose another.</source>
        <translation>Este nombre de usuario ya existe; elija otro.</translation>
    </message>
    <message>
        <source>This user no longer exists; refresh the list.</source>
        <translation>Este usuario ya no existe; actualice la lista.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor lo ha rechazado: %1</translation>
    </message>
    <message>
        <source>Loading the users…</source>
        <translation>Cargando los usuarios…</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s).</source>
        <translation>
            <numerusform>%n usuario.</numerusform>
            <numerusform>%n usuarios.</numerusform>
        </translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no (disabled)</source>
        <translation>no (desactivado)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>User %1 created.</source>
        <translation>Usuario %1 creado.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Usuario %1 guardado.</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>Give %1 a new password? The old one stops working at once and %1&apos;s sessions end.</source>
        <translation>¿Asignar una nueva contraseña a %1? La anterior dejará de funcionar de inmediato y se cerrarán las sesiones de usuario de %1.</translation>
    </message>
    <message>
        <source>Resetting the password of %1…</source>
        <translation>Restableciendo la contraseña de %1…</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Se ha restablecido la contraseña de %1.</translation>
    </message>
</context>
<context>
    <name>Marquee::VenueSettingsDialog</name>
    <message>
        <source>Venue settings: %1</source>
        <translation>Ajustes del recinto: %1</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Kept free after every show for cleaning; the next show of the auditorium starts after it.</source>
        <translation>Tiempo libre tras cada sesión para la limpieza; la siguiente sesión de la sala empieza después.</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>&amp;Cleaning gap:</source>
        <translation>&amp;Margen de limpieza:</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zona horaria:</translation>
    </message>
    <message>
        <source>&amp;Warn the box office before a hold leaves a single seat alone in a row</source>
        <translation>&amp;Avisar a taquilla antes de que una reserva deje una butaca sola en una fila</translation>
    </message>
    <message>
        <source>A single seat between taken seats is hard to sell. Kiosks never leave one; with this on, cashiers are asked before they do.</source>
        <translation>Una butaca sola entre butacas ocupadas es difícil de vender. Los quioscos nunca dejan una; con esta opción, se pregunta antes al taquillero.</translation>
    </message>
</context>
<context>
    <name>Marquee::WebhookDialog</name>
    <message>
        <source>A sale is completed</source>
        <translation>Se completa una venta</translation>
    </message>
    <message>
        <source>Tickets are refunded</source>
        <translation>Se reembolsan entradas</translation>
    </message>
    <message>
        <source>A ticket is admitted at the door</source>
        <translation>Se valida una entrada en la puerta</translation>
    </message>
    <message>
        <source>A show is scheduled</source>
        <translation>Se programa una sesión</translation>
    </message>
    <message>
        <source>A show is changed</source>
        <translation>Se modifica una sesión</translation>
    </message>
    <message>
        <source>A show is cancelled</source>
        <translation>Se cancela una sesión</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <source>&amp;Active (deliver events to this endpoint)</source>
        <translation>&amp;Activo (entregar eventos a este destino)</translation>
    </message>
    <message>
        <source>Add webhook</source>
        <translation>Añadir webhook</translation>
    </message>
    <message>
        <source>Edit webhook</source>
        <translation>Editar webhook</translation>
    </message>
    <message>
        <source>16 to 200 characters</source>
        <translation>de 16 a 200 caracteres</translation>
    </message>
    <message>
        <source>(unchanged)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>Makes a random secret of %1 characters</source>
        <translation>Crea un secreto aleatorio de %1 caracteres</translation>
    </message>
    <message>
        <source>The receiver checks each delivery&apos;s signature with this secret.</source>
        <translation>El destinatario comprueba la firma de cada entrega con este secreto.</translation>
    </message>
    <message>
        <source>Leave empty to keep the current secret; a new one signs the deliveries from now on.</source>
        <translation>Déjelo vacío para conservar el secreto actual; uno nuevo firma las entregas a partir de ahora.</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Eventos:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Secreto:</translation>
    </message>
    <message>
        <source>Copy this secret to the receiver now: Marquee does not show it again once this dialog is closed.</source>
        <translation>Copie ahora este secreto en el destinatario: Marquee no lo vuelve a mostrar una vez cerrado este diálogo.</translation>
    </message>
    <message>
        <source>Enter the receiver&apos;s address, such as https://example.org/marquee.</source>
        <translation>Introduzca la dirección del destinatario, por ejemplo https://example.org/marquee.</translation>
    </message>
    <message>
        <source>Enter an http:// or https:// address with a host, without a user name, password or #fragment.</source>
        <translation>Introduzca una dirección http:// o https:// con un host, sin usuario, contraseña ni #fragmento.</translation>
    </message>
    <message>
        <source>Choose at least one event.</source>
        <translation>Elija al menos un evento.</translation>
    </message>
    <message>
        <source>A secret has %1 to %2 characters and no control characters; Generate makes one.</source>
        <translation>Un secreto tiene de %1 a %2 caracteres y ningún carácter de control; «Generar» crea uno.</translation>
    </message>
</context>
<context>
    <name>Marquee::WebhooksPage</name>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Entregados</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pendientes</translation>
    </message>
    <message>
        <source>Given up</source>
        <translation>Abandonados</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evento</translation>
    </message>
    <message>
        <source>Attempt</source>
        <translation>Intento</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Add webhook…</source>
        <translation>&amp;Añadir webhook…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;zar</translation>
    </message>
    <message>
        <source>Recent failures: choose an endpoint above.</source>
        <translation>Fallos recientes: elija un destino arriba.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>not planned</source>
        <translation>no prevista</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>error desconocido</translation>
    </message>
    <message>
        <source>Failing since %1, attempt %2, next try %3: %4</source>
        <translation>Fallando desde %1, intento %2, próximo intento %3: %4</translation>
    </message>
    <message>
        <source>Only admins manage webhooks.</source>
        <translation>Solo los administradores gestionan los webhooks.</translation>
    </message>
    <message>
        <source>This webhook no longer exists; refresh the list.</source>
        <translation>Este webhook ya no existe; actualice la lista.</translation>
    </message>
    <message>
        <source>A server keeps at most %1 webhooks; delete one first.</source>
        <translation>Un servidor guarda como máximo %1 webhooks; elimine uno primero.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor lo rechazó: %1</translation>
    </message>
    <message>
        <source>Loading the webhooks…</source>
        <translation>Cargando los webhooks…</translation>
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
        <translation>%1, actualizado a las %2.</translation>
    </message>
    <message>
        <source>%1, %2 failing, updated at %3.</source>
        <translation>%1, %2 fallando, actualizado a las %3.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no (paused)</source>
        <translation>no (en pausa)</translation>
    </message>
    <message>
        <source>%1 (no. %2)</source>
        <translation>%1 (n.º %2)</translation>
    </message>
    <message>
        <source>Event %1</source>
        <translation>Evento %1</translation>
    </message>
    <message>
        <source>Webhook %1 saved.</source>
        <translation>Webhook %1 guardado.</translation>
    </message>
    <message>
        <source>Delete webhook</source>
        <translation>Eliminar webhook</translation>
    </message>
    <message>
        <source>Delete the webhook to %1? It receives no more events, and the events still pending for it are not delivered.</source>
        <translation>¿Eliminar el webhook a %1? No recibirá más eventos, y los que aún estén pendientes no se entregarán.</translation>
    </message>
    <message>
        <source>Deleting the webhook to %1…</source>
        <translation>Eliminando el webhook a %1…</translation>
    </message>
    <message>
        <source>The webhook to %1 was deleted.</source>
        <translation>Se eliminó el webhook a %1.</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Estado: %1</translation>
    </message>
    <message>
        <source>Recent failures: none.</source>
        <translation>Fallos recientes: ninguno.</translation>
    </message>
    <message>
        <source>Recent failures, newest first:</source>
        <translation>Fallos recientes, los más nuevos primero:</translation>
    </message>
</context>
<context>
    <name>Marquee::WeekGridScene</name>
    <message>
        <source>scheduled</source>
        <translation>programada</translation>
    </message>
    <message>
        <source>on sale</source>
        <translation>a la venta</translation>
    </message>
    <message>
        <source>sales closed</source>
        <translation>venta cerrada</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>%1
%2, %3
%4 sold, %5 held, %6 free</source>
        <translation>%1
%2, %3
%4 vendidas, %5 reservadas, %6 libres</translation>
    </message>
    <message>
        <source>cleaning gap</source>
        <translation>margen de limpieza</translation>
    </message>
    <message numerus="yes">
        <source>Clashes with %1 (the cleaning gap of %n minute(s) included)</source>
        <translation>
            <numerusform>Coincide con %1 (incluido el margen de limpieza de %n minuto)</numerusform>
            <numerusform>Coincide con %1 (incluido el margen de limpieza de %n minutos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeErrors</name>
    <message>
        <source>Only managers and admins plan the programme.</source>
        <translation>Solo los encargados y administradores pueden planificar la programación.</translation>
    </message>
    <message>
        <source>The show is cancelled; nothing more can be done to it.</source>
        <translation>La sesión está cancelada; ya no se puede hacer nada con ella.</translation>
    </message>
    <message>
        <source>Not found (refresh the programme): %1</source>
        <translation>No encontrado (actualice la programación): %1</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>El servidor lo ha rechazado: %1</translation>
    </message>
    <message>
        <source>This clashes with another show of the auditorium (the cleaning gap included).</source>
        <translation>Coincide con otra sesión de la sala (incluido el margen de limpieza).</translation>
    </message>
</context>
<context>
    <name>ReportTable</name>
    <message>
        <source>Occupancy (%)</source>
        <translation>Ocupación (%)</translation>
    </message>
    <message>
        <source>Generated %1</source>
        <translation>Generado el %1</translation>
    </message>
    <message>
        <source>The PDF could not be drawn.</source>
        <translation>No se ha podido generar el PDF.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Occupancy per show</source>
        <translation>Ocupación por sesión</translation>
    </message>
    <message>
        <source>Occupancy per film</source>
        <translation>Ocupación por película</translation>
    </message>
    <message>
        <source>Sales by day</source>
        <translation>Ventas por día</translation>
    </message>
    <message>
        <source>Sales by payment method</source>
        <translation>Ventas por forma de pago</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Devoluciones</translation>
    </message>
    <message>
        <source>Top shows</source>
        <translation>Sesiones más vendidas</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Auditorium</source>
        <translation>Sala</translation>
    </message>
    <message>
        <source>Seats</source>
        <translation>Butacas</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendidas</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Ocupación</translation>
    </message>
    <message>
        <source>Shows</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <source>Sales</source>
        <translation>Ventas</translation>
    </message>
    <message>
        <source>Tickets</source>
        <translation>Entradas</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Forma de pago</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Devuelto</translation>
    </message>
    <message>
        <source>Revenue</source>
        <translation>Recaudación</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>SeatItem</name>
    <message>
        <source>Available</source>
        <translation>Libre</translation>
    </message>
    <message>
        <source>Held by this terminal</source>
        <translation>Reservada por este terminal</translation>
    </message>
    <message>
        <source>Held by another terminal</source>
        <translation>Reservada por otro terminal</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Vendida</translation>
    </message>
    <message>
        <source>Blocked</source>
        <translation>Bloqueada</translation>
    </message>
    <message>
        <source>Wheelchair space</source>
        <translation>Espacio para silla de ruedas</translation>
    </message>
    <message>
        <source>Companion seat</source>
        <translation>Butaca de acompañante</translation>
    </message>
    <message>
        <source>Restricted view</source>
        <translation>Visibilidad reducida</translation>
    </message>
    <message>
        <source>Not for sale</source>
        <translation>No está a la venta</translation>
    </message>
    <message>
        <source>House seat</source>
        <translation>Butaca de protocolo</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Marquee box office</source>
        <translation>Marquee Taquilla</translation>
    </message>
    <message>
        <source>Server URL (ws:// or wss://).</source>
        <translation>URL del servidor (ws:// o wss://).</translation>
    </message>
    <message>
        <source>Sign in as this user.</source>
        <translation>Iniciar sesión como este usuario.</translation>
    </message>
    <message>
        <source>Password for --user (demo only).</source>
        <translation>Contraseña para --user (solo para demostraciones).</translation>
    </message>
    <message>
        <source>This terminal&apos;s id.</source>
        <translation>Identificador de este terminal.</translation>
    </message>
    <message>
        <source>User interface language (en, de, fr, es).</source>
        <translation>Idioma de la interfaz de usuario (en, de, fr, es).</translation>
    </message>
    <message>
        <source>Save a PNG of the main window after a few seconds, then quit.</source>
        <translation>Guardar un PNG de la ventana principal al cabo de unos segundos y salir.</translation>
    </message>
    <message>
        <source>Open the layout studio (managers and admins) instead of the box office.</source>
        <translation>Abrir el estudio de planos (encargados y administradores) en lugar de la taquilla.</translation>
    </message>
    <message>
        <source>Open the back office (managers and admins) instead of the box office.</source>
        <translation>Abrir el módulo de gestión (encargados y administradores) en lugar de la taquilla.</translation>
    </message>
    <message>
        <source>Run as the self-service kiosk (full screen; settings in the config file&apos;s kiosk group).</source>
        <translation>Iniciar como quiosco de autoservicio (pantalla completa; ajustes en el grupo kiosk del archivo de configuración).</translation>
    </message>
    <message>
        <source>Open the door scanner (ushers: cashiers, managers, admins) instead of the box office.</source>
        <translation>Abrir el control de acceso (acomodadores: cajeros, gerentes, administradores) en lugar de la taquilla.</translation>
    </message>
</context>
</TS>
