# ESS Academy — los nombres de las columnas de los CSV que descargan los administradores (los
# informes, las estadísticas de los exámenes). Las claves JSON no cambian.

## Compartidas
csv-dimension = Agrupación
csv-key = Grupo
csv-label = Nombre del grupo
csv-title = Título
csv-country = País
csv-partner = Código de partner
csv-name = Nombre
csv-email = Correo electrónico
csv-attempts = Intentos
csv-passed = Aprobados

## Embudo
csv-registered = Registrados
csv-verified = Verificados
csv-started = Iniciados
csv-training-complete = Formación completada
csv-exam1-passed = Examen 1 aprobado
csv-exam2-passed = Examen 2 aprobado
csv-credential = Credencial

## Módulos
csv-position = Posición
csv-module = Módulo
csv-estimated-minutes = Minutos estimados
csv-learners = Alumnos
csv-median-seconds = Mediana (segundos)
csv-p90-seconds = Percentil 90 (segundos)
csv-median-ratio = Mediana / estimación

## Exámenes
csv-exam = Examen
csv-takers = Participantes
csv-pass-rate = Tasa de aprobados (fracción)
csv-attempts-per-pass = Intentos por aprobado

## Credenciales que caducan
csv-public-id = Identificador de la credencial
csv-holder-name = Titular
csv-partner-name = Nombre del partner
csv-expires-at = Caducidad

## Partners
csv-members = Miembros
csv-specialists = Especialistas
csv-min-specialists = Mínimo de especialistas
csv-accredited = Acreditado
csv-lapses-at = Fecha de caducidad de la acreditación
csv-lapsing-soon = Caduca pronto

## Renovaciones
csv-due = Vencimientos
csv-renewed-early = Renovadas a tiempo
csv-renewed-in-grace = Renovadas en el periodo de gracia
csv-open = Abiertas
csv-in-grace = En periodo de gracia
csv-lapsed = Caducadas
csv-renewal-rate-percent = Tasa de renovación (%)

## Estadísticas de un examen (por versión de pregunta)
csv-question = Pregunta
csv-version = Versión
csv-topic = Tema
csv-facility = Índice de facilidad
csv-discrimination = Índice de discriminación
csv-option-counts = Respuestas por opción
csv-correct-options = Opciones correctas
csv-flags = Avisos
