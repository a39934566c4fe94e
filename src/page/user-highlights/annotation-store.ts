import type { UserAnnotation } from '../../store/schema';

/** Where the page's highlights are kept: the background's database in the extension, a fake in tests. */
export interface AnnotationStore {
  list(): Promise<UserAnnotation[]>;
  put(annotation: UserAnnotation): Promise<void>;
  remove(id: string): Promise<void>;
}
