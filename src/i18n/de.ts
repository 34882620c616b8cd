import type { Strings } from './en.js';

const plural = new Intl.PluralRules('de');

/** The interface's words, in German: loaded only by pages in German. */
export const de: Strings = {
  formHeading: 'Die meistdiskutierten Papers per E-Mail!',
  formEmail: 'E-Mail-Adresse',
  formPlaceholder: 'du@beispiel.de',
  formSubmit: 'Abonnieren',
  formSubmitting: 'Wird abonniert …',
  formSuccess: 'Danke – du hast abonniert!',
  formPending: 'Fast geschafft – bitte bestätige die E-Mail in deinem Postfach.',
  formAlready: 'Du hast bereits abonniert.',
  formInvalid: 'Bitte gib eine gültige E-Mail-Adresse ein.',
  formError: 'Etwas ist schiefgegangen. Deine Adresse steht noch da – bitte versuche es erneut.',
  formName: 'Name (optional)',
  formQueued: 'Du bist offline – wir tragen dich ein, sobald du wieder online bist.',
  formRetrying:
    'Der Anmeldedienst hat gerade Probleme – wir versuchen es weiter und tragen dich ein, sobald er antwortet.',
  formNoQueue:
    'Du bist offline, und dieser Browser kann deine Anmeldung nicht für später speichern. Bitte versuche es erneut, sobald du wieder online bist.',
  formBroken:
    'Dieses Anmeldeformular ist nicht richtig eingerichtet, deshalb wurde nichts gesendet. Bitte gib den Betreibern der Seite Bescheid.',
  formMissing:
    'Dieses Formular konnte den Code zum Absenden nicht laden, deshalb wurde nichts gesendet. Deine Adresse steht noch da – bitte versuche es später erneut.',
  formUnavailable: 'Dieses Anmeldeformular konnte nicht geladen werden. Bitte versuche es später erneut.',
  formConsent: 'Bitte setze zuerst das Häkchen zur Zustimmung.',
  formBot: 'Dieses Feld leer lassen',
  feedHeading: 'Daily Papers',
  feedLoading: 'Papers werden geladen …',
  feedEmpty: 'Dieser Feed enthält noch keine Papers.',
  feedError: 'Die Papers konnten nicht geladen werden.',
  feedSearch: 'Papers durchsuchen',
  feedNoMatch: 'Keine Papers gefunden.',
  feedRetry: 'Erneut versuchen',
  feedShowMore: 'Weitere Papers anzeigen',
  feedStale: (age: string) => `Papers von ${age} – der Feed war nicht erreichbar.`,
  feedWait: (wait: string) => `Der Feed-Server bittet um eine Pause: bitte versuche es in ${wait} erneut.`,
  feedStaleShort: 'Der Feed war nicht erreichbar: das sind gespeicherte Papers.',
  feedSourceFailed: (source: string, reason: string) =>
    `Die Papers von ${source} konnten nicht geladen werden: ${reason}`,
  feedUpdated: (age: string) => `Aktualisiert ${age}`,
  feedNewPapers: (count: number) => (plural.select(count) === 'one' ? `${count} neues Paper` : `${count} neue Papers`),
  feedLoaded: (count: number) =>
    plural.select(count) === 'one' ? `${count} Paper geladen.` : `${count} Papers geladen.`,
  feedEmptyFor: (period: string) => `Keine Papers für ${period}.`,
  feedWeekOf: (day: string) => `die Woche vom ${day}`,
  feedWeek: (day: string) => `Woche vom ${day}`,
  feedPeriods: 'Datum der Papers wählen',
  feedPrevious: { date: 'Vorheriger Tag', week: 'Vorherige Woche', month: 'Vorheriger Monat' },
  feedNext: { date: 'Nächster Tag', week: 'Nächste Woche', month: 'Nächster Monat' },
  cardNew: 'Neu',
  cardUpvotes: 'Upvotes',
  cardComments: 'Kommentare',
  cardCitations: (count: number, shown: string) =>
    plural.select(count) === 'one' ? `${shown} Zitation` : `${shown} Zitationen`,
  cardStars: 'GitHub-Sterne',
  cardMoreAuthors: (n: number) => `+${n} weitere`,
  cardFewerAuthors: 'Weniger Autor:innen',
  cardShowMore: 'Mehr anzeigen',
  cardShowLess: 'Weniger anzeigen',
  cardShowAbstract: 'Abstract anzeigen',
  cardHideAbstract: 'Abstract ausblenden',
  cardAiSummary: 'KI-Zusammenfassung',
  cardArxiv: 'arXiv',
  cardPdf: 'PDF',
  cardCode: 'Code',
  cardProject: 'Projektseite',
  feedErrors: {
    network: () => 'Der Feed war nicht erreichbar. Prüfe die Verbindung und versuche es erneut.',
    timeout: () => 'Der Feed hat nicht rechtzeitig geantwortet.',
    http: (status) =>
      status
        ? `Der Feed hat mit einem Fehler geantwortet (HTTP ${status}).`
        : 'Der Feed hat mit einem Fehler geantwortet.',
    'not-found': () => 'Unter dieser Adresse gibt es keinen Feed (HTTP 404).',
    'rate-limited': (wait) =>
      wait
        ? `Der Server des Feeds bittet, ${wait} zu warten, bevor wir es erneut versuchen.`
        : 'Der Server des Feeds bittet, etwas zu warten, bevor wir es erneut versuchen.',
    cors: (host) =>
      `Diese Seite konnte den Feed auf ${host} nicht lesen: Sein Server erlaubt anderen Seiten das Lesen nicht (CORS), oder er ist nicht erreichbar. ` +
      'Wenn sich die Adresse in einem Browser-Tab öffnen lässt, setze das Attribut proxy auf einen Proxy, der CORS-Header ergänzt.',
    redirect: () =>
      'Die Feed-Adresse leitet dorthin weiter, woher kein Feed kommen kann: zu einer Adresse, die nicht ins Web führt (etwa javascript: oder data:), im Kreis oder zu einem Server, der nicht antwortet.',
    parse: () => 'Der Feed konnte nicht gelesen werden: Sein Inhalt ist beschädigt oder unvollständig.',
    unrecognized: () => 'Diese Adresse liefert keinen Feed, den paper-feed lesen kann.',
    'too-large': () => 'Der Feed ist zu groß und wurde deshalb nicht geladen.',
    'unsafe-url': () => 'Die Adresse des Feeds oder des Proxys ist keine gültige http(s)-URL.',
    'missing-file': (file) =>
      `Dieser Feed ist XML, und paper-feed konnte seinen XML-Leser nicht laden (${file}). Die Datei muss im selben Ordner liegen wie paper-feed.js.`,
  },
};

export default de;
