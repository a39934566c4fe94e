import type { UserAnnotation } from '../../model/stored-records';

/**
 * Where the page's highlights are kept: the background's database in the extension, a fake in
 * tests. `list` gives the page's key (for new highlights) and its highlights, notes left out
 * (`noted`: which have one). `restore` undoes a `remove` of a moment ago, note and all.
 */
export interface AnnotationStore {
  list(): Promise<{ key: string; annotations: UserAnnotation[]; noted?: string[] }>;
  put(annotation: UserAnnotation): Promise<void>;
  remove(id: string): Promise<void>;
  restore?(id: string): Promise<{ noted: boolean }>;
}
