/** Dutch text of the knowledge-notes pages (B1). Part of the app catalogue as `messages.notes`. */
import type { NoteStatus, ReviewDecision, RevisionAction } from '../../../server/contract/index.ts';
import type { NoteField } from './note-problems.ts';

export const notesNl = {
  nav: {
    link: 'Kennisnotities',
    label: 'Kennisnotities',
    list: 'Notities',
    new: 'Nieuwe notitie',
    interview: 'Interview',
    gaps: 'Kennislacunes',
  },
  title: (page: string) => `${page} – Kennisnotities`,
  loading: 'Even geduld, de gegevens worden geladen…',
  notFound: 'Deze pagina bestaat niet.',
  failure: {
    title: 'Dat lukte niet',
    network: 'De server is niet bereikbaar. Controleer uw verbinding en probeer het opnieuw.',
    http: (status: number) => `De server gaf een foutmelding (code ${status}). Probeer het later opnieuw.`,
  },
  status: {
    draft: 'Concept',
    'in-review': 'Ter beoordeling',
    'changes-requested': 'Wijzigingen gevraagd',
    published: 'Gepubliceerd',
    withdrawn: 'Ingetrokken',
  } satisfies Record<NoteStatus, string>,
  needsReview: 'Herziening nodig',
  needsReviewText:
    'De herzieningsdatum van deze notitie is voorbij. Ze is nog te vinden, maar controleer of ze nog klopt.',
  expertsOnly: 'Alleen experts kunnen notities schrijven en beoordelen.',
  list: {
    heading: 'Kennisnotities',
    intro:
      'Ervaringskennis van collega’s: wat niet in de documenten staat. Een notitie is pas te vinden in de Vraagbaak als een tweede expert haar heeft goedgekeurd.',
    filter: 'Notities filteren',
    status: 'Status',
    allStatuses: 'Alle statussen',
    topic: 'Onderwerp',
    allTopics: 'Alle onderwerpen',
    needsReview: 'Alleen notities die herzien moeten worden',
    mine: 'Alleen mijn notities',
    apply: 'Filter toepassen',
    caption: 'Notities',
    count: (shown: number, total: number) =>
      shown === total ? `${total} notities` : `${shown} van ${total} notities`,
    columns: {
      title: 'Titel',
      status: 'Status',
      topic: 'Onderwerp',
      author: 'Auteur',
      reviewDate: 'Herzien op',
      updated: 'Laatst gewijzigd',
    },
    empty: 'Er zijn nog geen notities.',
    emptyFiltered: 'Geen notities gevonden met dit filter.',
    unpublishedChanges: 'wijzigingen nog niet gepubliceerd',
  },
  fields: {
    title: 'Titel',
    body: 'Tekst',
    topic: 'Onderwerp',
    authorName: 'Auteur',
    reviewDate: 'Herzien op',
    accessGroups: 'Wie mag de notitie lezen?',
    relatedDocuments: 'Gekoppelde documenten',
  } satisfies Record<NoteField, string>,
  editor: {
    newHeading: 'Nieuwe notitie',
    editHeading: (title: string) => `Notitie bewerken: ${title}`,
    gapIntro: 'Deze notitie beantwoordt een vraag die de Vraagbaak niet kon beantwoorden:',
    required: '(verplicht)',
    titleHint: 'Minstens 3 tekens. Het concept wordt opgeslagen zodra de titel er staat.',
    bodyHint:
      'Schrijf in gewone tekst of Markdown: ## voor een kopje, - voor een opsomming, **vet**. HTML en scripts zijn niet toegestaan. Hoogstens 100 kB.',
    bodySize: (kilobytes: string) => `${kilobytes} kB van 100 kB`,
    topicHint: 'Kies een bestaand onderwerp of typ een nieuw onderwerp.',
    authorHint: 'Zo wordt de notitie geciteerd: Ervaringskennis — naam, datum.',
    reviewDateHint: 'Na deze datum krijgt de notitie de melding ‘Herziening nodig’. Niet verplicht.',
    groupsHint: 'U kunt alleen groepen kiezen waar u zelf in zit.',
    preview: 'Voorbeeld van de tekst',
    previewEmpty: 'Er is nog geen tekst.',
    version: (version: number) => `versie ${version}`,
    publishedNote:
      'Deze notitie is gepubliceerd. Uw wijzigingen worden een nieuwe versie; de gepubliceerde versie blijft staan tot een tweede expert de nieuwe goedkeurt.',
    save: {
      waiting: 'Typ eerst een titel van minstens 3 tekens; dan wordt het concept opgeslagen.',
      pending: 'Wijzigingen worden zo opgeslagen…',
      saving: 'Bezig met opslaan…',
      saved: (time: string) => `Concept opgeslagen om ${time}`,
      invalid: 'Niet opgeslagen: controleer de invoer.',
      failed: (reason: string) => `Niet opgeslagen: ${reason} Uw tekst staat nog in het formulier.`,
      conflict: 'Niet opgeslagen: iemand anders heeft de notitie intussen gewijzigd.',
      retry: 'Nu opslaan',
    },
    submit: 'Aanbieden ter beoordeling',
    submitting: 'Bezig met aanbieden…',
    submitHint: 'Een tweede expert of de eigenaar van het onderwerp beoordeelt de notitie.',
    cannotEdit: 'U kunt deze notitie nu niet bewerken.',
    toNote: 'Naar de notitie',
    summaryTitle: 'Controleer de notitie',
    summaryIntro: 'De notitie is nog niet compleet of bevat iets dat niet mag:',
    tooLarge: 'De tekst is te groot: hoogstens 100 kB. Splits de notitie in kleinere notities.',
    titleTooShort: 'De titel is te kort (minstens 3 tekens).',
  },
  conflict: {
    title: 'Iemand anders heeft deze notitie intussen gewijzigd',
    kept: 'Uw tekst staat nog in het formulier. Er gaat niets verloren: ook uw versie wordt bewaard in de geschiedenis.',
    theirs: 'Bekijk de versie die nu is opgeslagen',
    keepMine: 'Mijn versie opslaan',
    useTheirs: 'Hun versie laden',
    keepMineHint: 'Uw tekst wordt de nieuwe versie. De andere versie blijft in de geschiedenis.',
  },
  picker: {
    search: 'Zoek een document om te koppelen',
    searchHint: 'Typ een deel van de titel of de bestandsnaam.',
    found: (count: number) =>
      count === 0
        ? 'Geen documenten gevonden.'
        : count === 1
          ? '1 document gevonden.'
          : `${count} documenten gevonden.`,
    results: 'Gevonden documenten',
    link: (title: string) => `Koppel ${title}`,
    linkShort: 'Koppel',
    linked: 'gekoppeld',
    unlink: (title: string) => `Ontkoppel ${title}`,
    unlinkShort: 'Ontkoppel',
    none: 'Nog geen documenten gekoppeld.',
    unavailable: 'niet beschikbaar',
  },
  note: {
    publishedVersion: 'U ziet de gepubliceerde versie, zoals de Vraagbaak haar gebruikt.',
    workingVersion: 'Naar de nieuwste versie',
    showPublished: 'Bekijk de gepubliceerde versie',
    details: 'Gegevens van de notitie',
    topic: 'Onderwerp',
    author: 'Auteur',
    reviewDate: 'Herzien op',
    groups: 'Leesbaar voor',
    published: 'Gepubliceerd als',
    approvedBy: 'Goedgekeurd door',
    updated: 'Laatst gewijzigd',
    updatedBy: (date: string, name: string | null) => (name ? `${date} door ${name}` : date),
    unpublishedChanges: 'Er is een nieuwere versie die nog niet is goedgekeurd.',
    indexError: (reason: string) => `De notitie staat nog niet in de kennisbank: ${reason}`,
    withdrawn: (date: string) => `Ingetrokken op ${date}.`,
    withdrawnReason: (reason: string) => `Reden: ${reason}`,
    replacedBy: 'Vervangen door een andere notitie',
    text: 'Tekst',
    related: 'Gekoppelde documenten',
    gaps: (count: number) =>
      count === 1
        ? 'Deze notitie beantwoordt 1 kennislacune.'
        : `Deze notitie beantwoordt ${count} kennislacunes.`,
    actions: 'Wat kunt u doen?',
    edit: 'Bewerken',
    history: 'Geschiedenis',
    submit: 'Aanbieden ter beoordeling',
    withdraw: 'Intrekken',
    withdrawTitle: 'Notitie intrekken?',
    withdrawText:
      'Een ingetrokken notitie verdwijnt meteen uit de Vraagbaak. Ze blijft bewaard met haar geschiedenis.',
    withdrawReason: 'Reden (niet verplicht)',
    withdrawConfirm: 'Ja, intrekken',
    cancel: 'Annuleren',
    submitted: 'De notitie is aangeboden ter beoordeling.',
    withdrawnNotice: 'De notitie is ingetrokken. Ze is niet meer te vinden in de Vraagbaak.',
  },
  review: {
    heading: 'Beoordelen',
    intro:
      'Lees de notitie goed. Klopt ze, en kan een collega er zonder uitleg mee werken? Keur haar dan goed. Zo niet, vraag om wijzigingen.',
    comment: 'Opmerking',
    commentHint: 'Verplicht bij een opmerking en als u om wijzigingen vraagt.',
    reviewerName: 'Uw naam',
    reviewerNameHint: 'Zo ziet de auteur wie de notitie beoordeelde.',
    addComment: 'Plaats opmerking',
    requestChanges: 'Vraag om wijzigingen',
    approve: 'Keur goed en publiceer',
    cannotApprove: 'U kunt deze notitie niet goedkeuren',
    commentRequired: 'Schrijf eerst een opmerking.',
    done: {
      comment: 'Uw opmerking is geplaatst.',
      'changes-requested': 'U heeft om wijzigingen gevraagd. De auteur ziet uw opmerking.',
      approved: 'Goedgekeurd en gepubliceerd. De notitie is nu te vinden in de Vraagbaak.',
    } satisfies Record<ReviewDecision, string>,
    listHeading: 'Opmerkingen en beoordelingen',
    none: 'Nog geen opmerkingen.',
    decision: {
      comment: 'Opmerking',
      'changes-requested': 'Wijzigingen gevraagd',
      approved: 'Goedgekeurd',
    } satisfies Record<ReviewDecision, string>,
    by: (name: string | null, byYou: boolean) => (byYou ? 'u' : (name ?? 'een collega')),
    entry: (decision: string, who: string, date: string, version: number) =>
      `${decision} door ${who}, ${date} (versie ${version})`,
  },
  history: {
    heading: (title: string) => `Geschiedenis: ${title}`,
    intro: 'Elke wijziging is bewaard: wie wat veranderde, en wanneer.',
    caption: 'Versies van de notitie, nieuwste eerst',
    version: 'Versie',
    action: 'Wat',
    who: 'Door',
    when: 'Wanneer',
    fields: 'Gewijzigd',
    comment: 'Opmerking',
    show: (label: string) => `Bekijk ${label}`,
    hide: 'Verberg',
    you: 'u',
    someone: (pseudonym: string) => `collega ${pseudonym.slice(0, 6)}`,
    actions: {
      created: 'Aangemaakt',
      saved: 'Opgeslagen',
      submitted: 'Aangeboden',
      'changes-requested': 'Wijzigingen gevraagd',
      approved: 'Goedgekeurd',
      withdrawn: 'Ingetrokken',
      conflict: 'Bewaard na conflict',
    } satisfies Record<RevisionAction, string>,
    versionLabel: (version: number | null, id: number) =>
      version === null ? `bewaarde wijziging ${id}` : `versie ${version}`,
    back: 'Terug naar de notitie',
  },
  interview: {
    heading: 'Interview: leg uw ervaring vast',
    intro:
      'Beantwoord de vragen die voor u gelden, in uw eigen woorden. Uw antwoorden worden een concept-notitie die u daarna kunt aanvullen en laten beoordelen.',
    about: 'Over de notitie',
    questions: 'De vragen',
    titleHint: 'Niet verplicht als u een onderwerp invult.',
    create: 'Maak een concept',
    creating: 'Bezig…',
    answerOne: 'Beantwoord minstens één vraag.',
    titleOrTopic: 'Vul een titel of een onderwerp in.',
    /** The server's prompts, by id, in the interface language; a prompt not listed shows the server's text. */
    prompts: {
      uitzonderingen: {
        question: 'Welke uitzonderingen maakt u, en waarom?',
        hint: 'Gevallen waarin u afwijkt van de regel of werkinstructie, en de reden daarvoor.',
      },
      contacten: {
        question: 'Wie belt of mailt u waarvoor?',
        hint: 'Afdelingen, rollen of functies (liever dan namen van personen) en waarvoor u ze benadert.',
      },
      besluiten: {
        question: 'Wat is er in het verleden besloten of geprobeerd, en waarom?',
        hint: 'Eerdere keuzes, wat niet werkte, en waarom het nu gaat zoals het gaat.',
      },
      bronnen: {
        question: 'Waar zoekt u dingen op?',
        hint: 'Systemen, mappen, documenten of websites die u gebruikt, en waarvoor.',
      },
      valkuilen: {
        question: 'Waar gaat het vaak mis, en hoe voorkomt u dat?',
        hint: 'Fouten die nieuwe collega’s maken en signalen waar u op let.',
      },
      overig: {
        question: 'Wat moet een opvolger verder nog weten?',
        hint: 'Alles wat hierboven niet past.',
      },
    } as Record<string, { question: string; hint: string }>,
  },
  gaps: {
    heading: 'Kennislacunes',
    intro:
      'Vragen waarop de Vraagbaak ‘Ik weet het niet’ antwoordde of die negatieve feedback kregen. Vragen die op elkaar lijken, staan samen. U ziet niet wie ze stelde.',
    open: 'Open vragen',
    answered: 'Beantwoorde vragen',
    empty: 'Er zijn geen open kennislacunes.',
    emptyAnswered: 'Er zijn nog geen beantwoorde kennislacunes.',
    listLabel: 'Kennislacunes',
    count: (times: number, people: number) =>
      `${times === 1 ? '1 keer' : `${times} keer`} gevraagd, door ${people === 1 ? '1 persoon' : `${people} personen`}`,
    lastAsked: (date: string) => `Laatst gevraagd: ${date}`,
    reasons: (dontKnow: number, negative: number) =>
      [
        dontKnow > 0 ? `${dontKnow}× ‘Ik weet het niet’` : null,
        negative > 0 ? `${negative}× niet nuttig` : null,
      ]
        .filter(Boolean)
        .join(', '),
    examples: (count: number) => `Hoe de vraag gesteld werd (${count})`,
    feedback: (reason: string) => `Feedback: ${reason}`,
    answer: 'Beantwoord met een notitie',
    answerLabel: (question: string) => `Beantwoord met een notitie: ${question}`,
    inProgress: 'Er wordt aan een antwoord gewerkt:',
    status: {
      open: 'Open',
      'in-progress': 'Antwoord in de maak',
      answered: 'Beantwoord',
      dismissed: 'Afgewezen',
    },
  },
};

export type NotesMessages = typeof notesNl;
