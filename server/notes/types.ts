/**
 * Knowledge notes: what experts know that is in no document, written down, reviewed by a second expert and
 * then searchable and citable like a document. The records here are what the SQLite store holds.
 */

import {
  ContentFieldSchema,
  type ContentField,
  type NoteOrigin,
  type NoteStatus,
  type ReviewDecision,
  type RevisionAction,
} from '../contract/note-views.ts';

// The enums are part of the wire contract; the records use the same ones.
export type { ContentField, NoteOrigin, NoteStatus, ReviewDecision, RevisionAction };

export interface RelatedDocument {
  id: string;
  /** The title when it was linked, so the link still reads when the document is gone. */
  title: string;
}

/** The part of a note an author writes; every revision keeps a full copy of it. */
export interface NoteContent {
  title: string;
  /** Markdown, stored as written; never rendered as HTML by the server. */
  body: string;
  topicId: string | null;
  /** The name the author chose to be cited by: "Ervaringskennis — <authorName>, <date>". */
  authorName: string;
  /** `YYYY-MM-DD`; on and after this day the note needs review. */
  reviewDate: string | null;
  accessGroups: string[];
  relatedDocuments: RelatedDocument[];
}

export const contentFields = ContentFieldSchema.options satisfies readonly (keyof NoteContent)[];

export interface NoteRecord extends NoteContent {
  id: string;
  status: NoteStatus;
  /** Bumped by every change; the optimistic lock every mutation names. */
  version: number;
  origin: NoteOrigin;
  /** Pseudonym of the user who created the note (never a raw user id). */
  createdBy: string;
  createdAt: Date;
  updatedBy: string;
  updatedByName: string | null;
  updatedAt: Date;
  /** The version that is in the knowledge base, or null when none is. */
  publishedVersion: number | null;
  publishedAt: Date | null;
  approvedByName: string | null;
  withdrawnAt: Date | null;
  withdrawnReason: string | null;
  /** Id of the note that replaces this withdrawn one. */
  replacedBy: string | null;
  /** Why the published version could not be written into the knowledge base (retried at start-up). */
  indexError: string | null;
}

export interface RevisionRecord extends NoteContent {
  id: number;
  noteId: string;
  /** The note version this revision became; null for a save rejected by the optimistic check. */
  version: number | null;
  basedOnVersion: number;
  action: RevisionAction;
  status: NoteStatus;
  changedFields: ContentField[];
  savedBy: string;
  savedByName: string | null;
  savedAt: Date;
  comment: string | null;
}

export interface ReviewRecord {
  id: number;
  noteId: string;
  /** The note version the reviewer looked at. */
  version: number;
  reviewer: string;
  reviewerName: string | null;
  decision: ReviewDecision;
  comment: string | null;
  createdAt: Date;
}

export interface TopicRecord {
  id: string;
  name: string;
  /** Pseudonym of the topic owner, who may approve notes on the topic. */
  ownerPseudonym: string | null;
  ownerName: string | null;
  /** Groups a new note on this topic gets unless the author chooses others. */
  accessGroups: string[];
  createdAt: Date;
}

/** The source name of notes in the knowledge base; the server tells notes from documents by it. */
export const notesSourceName = 'ervaringskennis';
