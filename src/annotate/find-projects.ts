import type { Project } from './project';

export function findProjects(_text: string, _lang: string): Project[] {
  return [];
}
