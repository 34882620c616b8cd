import type { Strings } from './en.js';

const plural = new Intl.PluralRules('es');

/** The interface's words, in Spanish: loaded only by pages in Spanish. */
export const es: Strings = {
  formHeading: '¡Recibe los artículos más comentados en tu correo!',
  formEmail: 'Correo electrónico',
  formPlaceholder: 'tu@ejemplo.com',
  formSubmit: 'Suscribirme',
  formSubmitting: 'Suscribiendo…',
  formSuccess: '¡Gracias! Tu suscripción está activa.',
  formPending: 'Casi listo: revisa tu bandeja de entrada para confirmar.',
  formAlready: 'Esta dirección ya está suscrita.',
  formInvalid: 'Escribe una dirección de correo válida.',
  formError: 'Algo salió mal. Tu dirección sigue aquí; inténtalo de nuevo.',
  formName: 'Nombre (opcional)',
  formQueued: 'No tienes conexión: te suscribiremos en cuanto vuelvas a estar en línea.',
  formRetrying:
    'El servicio de suscripción tiene problemas: seguiremos intentándolo y te suscribiremos en cuanto responda.',
  formBroken:
    'Este formulario de suscripción no está bien configurado, así que no se ha enviado nada. Avisa a quien gestiona el sitio.',
  formNoQueue:
    'No tienes conexión y este navegador no puede guardar tu suscripción para más tarde. Inténtalo de nuevo cuando vuelvas a estar en línea.',
  formMissing:
    'Este formulario no pudo cargar el código que envía las suscripciones, así que no se envió nada. Tu dirección sigue aquí: inténtalo de nuevo más tarde.',
  formUnavailable: 'No se pudo cargar este formulario de suscripción. Inténtalo de nuevo más tarde.',
  formConsent: 'Primero marca la casilla para dar tu consentimiento.',
  formBot: 'Deja este campo vacío',
  feedHeading: 'Artículos del día',
  feedLoading: 'Cargando artículos…',
  feedEmpty: 'Este feed aún no tiene artículos.',
  feedError: 'No se pudieron cargar los artículos.',
  feedSearch: 'Buscar artículos',
  feedNoMatch: 'Ningún artículo coincide.',
  feedRetry: 'Reintentar',
  feedShowMore: 'Mostrar más artículos',
  feedWait: (wait: string) => `El servidor del feed pide una pausa: vuelve a intentarlo dentro de ${wait}.`,
  feedStale: (age: string) => `Artículos guardados ${age}: no se pudo acceder al feed.`,
  feedStaleShort: 'No se pudo acceder al feed: estos son artículos guardados.',
  feedSourceFailed: (source: string, reason: string) => `No se pudieron cargar los artículos de ${source}: ${reason}`,
  feedUpdated: (age: string) => `Actualizado ${age}`,
  feedNewPapers: (count: number) =>
    plural.select(count) === 'one' ? `${count} artículo nuevo` : `${count} artículos nuevos`,
  feedLoaded: (count: number) =>
    plural.select(count) === 'one' ? `${count} artículo cargado.` : `${count} artículos cargados.`,
  feedEmptyFor: (period: string) => `No hay artículos para ${period}.`,
  feedWeekOf: (day: string) => `la semana del ${day}`,
  feedWeek: (day: string) => `Semana del ${day}`,
  feedPeriods: 'Elegir la fecha de los artículos',
  feedPrevious: { date: 'Día anterior', week: 'Semana anterior', month: 'Mes anterior' },
  feedNext: { date: 'Día siguiente', week: 'Semana siguiente', month: 'Mes siguiente' },
  cardNew: 'Nuevo',
  cardUpvotes: 'votos',
  cardComments: 'comentarios',
  cardCitations: (count: number, shown: string) =>
    plural.select(count) === 'one' ? `${shown} cita` : `${shown} citas`,
  cardStars: 'estrellas en GitHub',
  cardMoreAuthors: (n: number) => `+${n} más`,
  cardFewerAuthors: 'Menos autores',
  cardShowMore: 'Mostrar más',
  cardShowLess: 'Mostrar menos',
  cardShowAbstract: 'Mostrar resumen',
  cardHideAbstract: 'Ocultar resumen',
  cardAiSummary: 'Resumen de IA',
  cardArxiv: 'arXiv',
  cardPdf: 'PDF',
  cardCode: 'Código',
  cardProject: 'Página del proyecto',
  feedErrors: {
    network: () => 'No se pudo acceder al feed. Comprueba la conexión e inténtalo de nuevo.',
    timeout: () => 'El feed no respondió a tiempo.',
    http: (status) => (status ? `El feed respondió con un error (HTTP ${status}).` : 'El feed respondió con un error.'),
    'not-found': () => 'No hay ningún feed en esta dirección (HTTP 404).',
    'rate-limited': (wait) =>
      wait
        ? `El servidor del feed pidió esperar ${wait} antes de volver a intentarlo.`
        : 'El servidor del feed pidió esperar un poco antes de volver a intentarlo.',
    cors: (host) =>
      `Esta página no pudo leer el feed de ${host}: su servidor no permite que otros sitios lo lean (CORS), o no está disponible. ` +
      'Si la dirección se abre en una pestaña, indica en el atributo proxy un proxy que añada cabeceras CORS.',
    redirect: () =>
      'La dirección del feed redirige a un lugar del que no puede venir ningún feed: a una dirección fuera de la web (como javascript: o data:), en bucle o a un servidor que no responde.',
    parse: () => 'No se pudo leer el feed: su contenido está dañado o incompleto.',
    unrecognized: () => 'Esta dirección no devolvió un feed que paper-feed sepa leer.',
    'too-large': () => 'El feed es demasiado grande, así que no se cargó.',
    'unsafe-url': () => 'La dirección del feed o del proxy no es una URL http(s) válida.',
    'missing-file': (file) =>
      `Este feed es XML y paper-feed no pudo cargar su lector de XML (${file}). El archivo debe estar en la misma carpeta que paper-feed.js.`,
  },
};

export default es;
