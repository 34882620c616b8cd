import type { Strings } from './en.js';

const plural = new Intl.PluralRules('fr');
// French sets a narrow no-break space before ! ? : ;
const nb = '\u202f';

/** The interface's words, in French: loaded only by pages in French. */
export const fr: Strings = {
  formHeading: `Recevez les articles les plus discutés par e-mail${nb}!`,
  formEmail: 'Adresse e-mail',
  formPlaceholder: 'vous@exemple.fr',
  formSubmit: 'S’abonner',
  formSubmitting: 'Abonnement…',
  formSuccess: `Merci, votre abonnement est enregistré${nb}!`,
  formPending: `C’est presque fini${nb}: confirmez votre abonnement depuis votre boîte de réception.`,
  formAlready: 'Cette adresse est déjà abonnée.',
  formInvalid: 'Veuillez saisir une adresse e-mail valide.',
  formError: 'Une erreur s’est produite. Votre adresse est toujours là — veuillez réessayer.',
  formName: 'Nom (facultatif)',
  formQueued: 'Vous êtes hors ligne — nous vous abonnerons dès votre retour en ligne.',
  formRetrying:
    'Le service d’abonnement rencontre un problème — nous continuons d’essayer et vous abonnerons dès qu’il répondra.',
  formBroken:
    'Ce formulaire d’inscription n’est pas configuré correctement, rien n’a donc été envoyé. Merci de prévenir le responsable du site.',
  formNoQueue:
    'Vous êtes hors ligne, et ce navigateur ne peut pas garder votre demande pour plus tard. Veuillez réessayer une fois de retour en ligne.',
  formMissing:
    'Ce formulaire n’a pas pu charger le code qui envoie les inscriptions : rien n’a été envoyé. Votre adresse est toujours là — veuillez réessayer plus tard.',
  formUnavailable: 'Ce formulaire d’inscription n’a pas pu être chargé. Veuillez réessayer plus tard.',
  formConsent: 'Veuillez d’abord cocher la case pour donner votre accord.',
  formBot: 'Laissez ce champ vide',
  feedHeading: 'Articles du jour',
  feedLoading: 'Chargement des articles…',
  feedEmpty: 'Ce flux ne contient encore aucun article.',
  feedError: 'Les articles n’ont pas pu être chargés.',
  feedSearch: 'Rechercher des articles',
  feedNoMatch: 'Aucun article ne correspond.',
  feedRetry: 'Réessayer',
  feedShowMore: 'Afficher plus d’articles',
  feedWait: (wait: string) => `Le serveur du flux demande une pause${nb}: réessayez dans ${wait}.`,
  feedStale: (age: string) => `Articles enregistrés ${age} — le flux est injoignable.`,
  feedStaleShort: `Le flux est injoignable${nb}: voici les articles enregistrés.`,
  feedSourceFailed: (source: string, reason: string) =>
    `Impossible de charger les articles de ${source}${nb}: ${reason}`,
  feedUpdated: (age: string) => `Mis à jour ${age}`,
  feedNewPapers: (count: number) =>
    plural.select(count) === 'one' ? `${count} nouvel article` : `${count} nouveaux articles`,
  feedLoaded: (count: number) =>
    plural.select(count) === 'one' ? `${count} article chargé.` : `${count} articles chargés.`,
  feedEmptyFor: (period: string) => `Aucun article pour ${period}.`,
  feedWeekOf: (day: string) => `la semaine du ${day}`,
  feedWeek: (day: string) => `Semaine du ${day}`,
  feedPeriods: 'Choisir la date des articles',
  feedPrevious: { date: 'Jour précédent', week: 'Semaine précédente', month: 'Mois précédent' },
  feedNext: { date: 'Jour suivant', week: 'Semaine suivante', month: 'Mois suivant' },
  cardNew: 'Nouveau',
  cardUpvotes: 'votes',
  cardComments: 'commentaires',
  cardCitations: (count: number, shown: string) =>
    plural.select(count) === 'one' ? `${shown} citation` : `${shown} citations`,
  cardStars: 'étoiles GitHub',
  cardMoreAuthors: (n: number) => (plural.select(n) === 'one' ? `+${n} autre` : `+${n} autres`),
  cardFewerAuthors: 'Moins d’auteurs',
  cardShowMore: 'Afficher plus',
  cardShowLess: 'Afficher moins',
  cardShowAbstract: 'Afficher le résumé',
  cardHideAbstract: 'Masquer le résumé',
  cardAiSummary: 'Résumé par IA',
  cardArxiv: 'arXiv',
  cardPdf: 'PDF',
  cardCode: 'Code',
  cardProject: 'Page du projet',
  feedErrors: {
    network: () => 'Le flux est injoignable. Vérifiez la connexion et réessayez.',
    timeout: () => 'Le flux n’a pas répondu à temps.',
    http: (status) =>
      status ? `Le flux a répondu par une erreur (HTTP ${status}).` : 'Le flux a répondu par une erreur.',
    'not-found': () => 'Il n’y a pas de flux à cette adresse (HTTP 404).',
    'rate-limited': (wait) =>
      wait
        ? `Le serveur du flux demande d’attendre ${wait} avant de réessayer.`
        : 'Le serveur du flux demande d’attendre un peu avant de réessayer.',
    cors: (host) =>
      `Cette page n’a pas pu lire le flux de ${host}${nb}: son serveur ne permet pas aux autres sites de le lire (CORS), ou il est hors service. ` +
      'Si l’adresse s’ouvre dans un onglet, indiquez dans l’attribut proxy un proxy qui ajoute les en-têtes CORS.',
    redirect: () =>
      `L’adresse du flux redirige là d’où aucun flux ne peut venir${nb}: vers une adresse hors du Web (comme javascript: ou data:), en boucle, ou vers un serveur qui ne répond pas.`,
    parse: () => `Le flux n’a pas pu être lu${nb}: son contenu est endommagé ou incomplet.`,
    unrecognized: () => 'Cette adresse ne renvoie pas de flux que paper-feed sait lire.',
    'too-large': () => 'Le flux est trop volumineux, il n’a donc pas été chargé.',
    'unsafe-url': () => 'L’adresse du flux ou du proxy n’est pas une URL http(s) valide.',
    'missing-file': (file) =>
      `Ce flux est en XML, et paper-feed n’a pas pu charger son lecteur XML (${file}). Le fichier doit se trouver dans le même dossier que paper-feed.js.`,
  },
};

export default fr;
