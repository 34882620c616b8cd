import type { FormStrings, Strings } from './en.js';

/** The interface's words, in German. */
/** The sign-up form's words: an object of their own, so `<subscribe-form>` alone carries no others. */
export const deForm: FormStrings = {
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
  formConsent: 'Bitte setze zuerst das Häkchen zur Zustimmung.',
  formBot: 'Dieses Feld leer lassen',
};

export const de: Strings = {
  feedHeading: 'Daily Papers',
  feedLoading: 'Papers werden geladen …',
  feedEmpty: 'Dieser Feed enthält noch keine Papers.',
  feedError: 'Die Papers konnten nicht geladen werden.',
  feedErrors: {
    redirect:
      'Die Feed-Adresse leitet dorthin weiter, woher kein Feed kommen kann: zu einer Adresse, die nicht ins Web führt (etwa javascript: oder data:), im Kreis oder zu einem Server, der nicht antwortet.',
  },
  feedSearch: 'Papers durchsuchen',
  feedNoMatch: 'Keine Papers gefunden.',
  feedRetry: 'Erneut versuchen',
  feedShowMore: 'Weitere Papers anzeigen',
  feedStale: (age: string) => `Papers von ${age} – der Feed war nicht erreichbar.`,
  feedWait: (wait: string) => `Der Feed-Server bittet um eine Pause: bitte versuche es in ${wait} erneut.`,
  feedStaleShort: 'Der Feed war nicht erreichbar: das sind gespeicherte Papers.',
  feedUpdated: (age: string) => `Aktualisiert ${age}`,
  feedNewPapers: (count: number) => (count === 1 ? '1 neues Paper' : `${count} neue Papers`),
  feedLoaded: (count: number) => (count === 1 ? '1 Paper geladen.' : `${count} Papers geladen.`),
  feedEmptyFor: (period: string) => `Keine Papers für ${period}.`,
  feedWeekOf: (day: string) => `die Woche vom ${day}`,
  feedWeek: (day: string) => `Woche vom ${day}`,
  feedPeriods: 'Datum der Papers wählen',
  feedPrevious: { date: 'Vorheriger Tag', week: 'Vorherige Woche', month: 'Vorheriger Monat' },
  feedNext: { date: 'Nächster Tag', week: 'Nächste Woche', month: 'Nächster Monat' },
  cardNew: 'Neu',
  cardUpvotes: 'Upvotes',
  cardComments: 'Kommentare',
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
  ...deForm,
};
