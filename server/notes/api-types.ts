/**
 * Wire types of the knowledge-notes and knowledge-gaps API (re-exported by server/api-types.ts for the web app).
 * Dates are ISO 8601 strings; review dates are `YYYY-MM-DD`.
 */
import type { ErrorBody } from '../errors.ts';
import type { InterviewPrompt } from './interview.ts';
import type { ContentField, NoteOrigin, NoteStatus, ReviewDecision, RevisionAction } from './types.ts';

export type { ContentField, InterviewPrompt, NoteOrigin, NoteStatus, ReviewDecision, RevisionAction };

export interface TopicView {
  id: string;
  name: string;
  ownerName: string | null;
  /** The caller owns this topic (and may approve notes on it). */
  isOwner: boolean;
  /** Default groups of a new note on this topic. */
  accessGroups: string[];
}

/** How a passage from a note is cited: described once, with the passage, in the contract. */
export type { NoteCitation } from '../contract/passage.ts';

export interface NotePermissions {
  edit: boolean;
  submit: boolean;
  /** Comment or ask for changes. */
  review: boolean;
  approve: boolean;
  /** Why approving is not allowed (for example: you wrote part of it), when `approve` is false. */
  approveRefusal: string | null;
  withdraw: boolean;
}

export interface NoteSummary {
  id: string;
  status: NoteStatus;
  /** Send this as `expectedVersion` with the next change. */
  version: number;
  title: string;
  topic: { id: string; name: string } | null;
  authorName: string;
  reviewDate: string | null;
  /** Published and the review date has passed. */
  needsReview: boolean;
  origin: NoteOrigin;
  updatedAt: string;
  updatedByName: string | null;
  /** The version in the knowledge base, when there is one (a note being revised keeps its published version). */
  published: { version: number; publishedAt: string; label: string } | null;
  /** The caller created this note. */
  mine: boolean;
}

export interface RelatedDocumentView {
  id: string;
  title: string;
  /**
   * False when the document is gone or outside the caller's groups: then the title is a placeholder. Readers
   * of the published version see only available documents.
   */
  available: boolean;
}

export interface ReviewView {
  id: number;
  version: number;
  reviewerName: string | null;
  byYou: boolean;
  decision: ReviewDecision;
  comment: string | null;
  createdAt: string;
}

export interface NoteView extends Omit<NoteSummary, 'published'> {
  body: string;
  accessGroups: string[];
  relatedDocuments: RelatedDocumentView[];
  createdAt: string;
  /** `working`: the current working copy (experts); `published`: only the published version (other readers). */
  view: 'working' | 'published';
  published: {
    version: number;
    publishedAt: string;
    label: string;
    approvedByName: string | null;
    /** Id of the note's document in the knowledge base (`GET /api/documents/:id`). */
    documentId: string;
    /** The working copy has changes that are not published yet. */
    hasUnpublishedChanges: boolean;
  } | null;
  withdrawn: { at: string; reason: string | null; replacedBy: string | null } | null;
  knowledgeBase: { indexed: boolean; error: string | null };
  reviews: ReviewView[];
  permissions: NotePermissions;
  /** Knowledge gaps linked to this note (answered once it is published). */
  gapIds: string[];
}

export interface NoteListResponse {
  notes: NoteSummary[];
  total: number;
}

export interface RevisionSummary {
  id: number;
  /** Null for a save that lost a race (kept, so nothing is lost). */
  version: number | null;
  basedOnVersion: number;
  action: RevisionAction;
  status: NoteStatus;
  changedFields: ContentField[];
  savedByName: string | null;
  /** Pseudonym (never a name or user id) of whoever made the change. */
  savedBy: string;
  byYou: boolean;
  savedAt: string;
  comment: string | null;
}

export interface RevisionView extends RevisionSummary {
  title: string;
  body: string;
  topicId: string | null;
  authorName: string;
  reviewDate: string | null;
  accessGroups: string[];
  relatedDocuments: { id: string; title: string }[];
}

export interface RevisionListResponse {
  revisions: RevisionSummary[];
}

/** 409 on a change with an outdated `expectedVersion`. Your change is kept as revision `yourRevisionId`. */
export interface NoteConflictBody extends ErrorBody {
  current: NoteView;
  yourRevisionId: number | null;
}

/** Fields of a note as a client sends them. On `PUT`, fields left out keep their value. */
export interface NoteFieldsBody {
  title?: string;
  /** Markdown, at most 100 kB. */
  body?: string;
  /** Topic name; a new name creates the topic. */
  topic?: string | null;
  authorName?: string;
  reviewDate?: string | null;
  accessGroups?: string[];
  relatedDocumentIds?: string[];
}

export interface CreateNoteBody extends NoteFieldsBody {
  title: string;
  /** The gap this note answers; the gap is linked at once. */
  gapId?: string;
  /** The editor's display name for the history ("who saved when"). */
  editorName?: string;
}

export interface SaveNoteBody extends NoteFieldsBody {
  expectedVersion: number;
  editorName?: string;
}

export interface SubmitNoteBody {
  expectedVersion: number;
  editorName?: string;
}

export interface ReviewNoteBody {
  decision: ReviewDecision;
  /** Required for `comment` and `changes-requested`. */
  comment?: string;
  /** Required for `changes-requested` and `approved`; optional for `comment`. */
  expectedVersion?: number;
  reviewerName?: string;
}

export interface WithdrawNoteBody {
  expectedVersion: number;
  reason?: string;
  /** A note that replaces this one. */
  replacedBy?: string;
  editorName?: string;
}

export interface InterviewPromptsResponse {
  prompts: InterviewPrompt[];
}

export interface InterviewBody {
  /** Keyed by prompt id; at least one answer. */
  answers: Record<string, string>;
  title?: string;
  topic?: string;
  authorName?: string;
  reviewDate?: string | null;
  accessGroups?: string[];
  editorName?: string;
}

export interface CreateTopicBody {
  name: string;
  accessGroups?: string[];
}

/** Beheerder only. `ownerUserId` is pseudonymised before it is stored; null removes the owner. */
export interface UpdateTopicBody {
  name?: string;
  ownerUserId?: string | null;
  ownerName?: string | null;
  accessGroups?: string[];
}

export interface TopicListResponse {
  topics: TopicView[];
}

export interface DocumentOption {
  id: string;
  title: string;
  source: string;
  relativePath: string;
  format: string;
}

export interface DocumentOptionsResponse {
  documents: DocumentOption[];
}

export interface ImportFileResult {
  fileName: string;
  ok: boolean;
  noteId: string | null;
  title: string | null;
  reason: string | null;
  warnings: string[];
}

export interface ImportResponse {
  created: number;
  failed: number;
  results: ImportFileResult[];
}

/** JSON form of an import; multipart uploads (`files`: .md or .zip) work too. */
export interface ImportBody {
  files: { fileName: string; content: string }[];
}

export type GapStatus = 'open' | 'in-progress' | 'answered' | 'dismissed';

export interface GapView {
  id: string;
  /** The first question of the group, as asked. */
  question: string;
  status: GapStatus;
  /** Times asked (questions visible to the caller). */
  count: number;
  /** Distinct people who asked (a count only; who asked is never shown). */
  askers: number;
  dontKnowCount: number;
  negativeFeedbackCount: number;
  firstAskedAt: string;
  lastAskedAt: string;
  /** The most recent questions of the group. */
  examples: {
    question: string;
    askedAt: string;
    dontKnow: boolean;
    negativeFeedback: boolean;
    feedbackReason: string | null;
  }[];
  note: { id: string; title: string; status: NoteStatus; published: boolean } | null;
  dismissedReason: string | null;
}

export interface GapListResponse {
  gaps: GapView[];
}

export interface AnswerGapBody {
  noteId: string;
}

export interface DismissGapBody {
  reason?: string;
}
