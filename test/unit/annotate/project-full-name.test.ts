import { describe, expect, it } from 'vitest';
import { findProjects } from '../../../src/annotate/find-projects';
import { projectFullNames } from '../../../src/annotate/project-full-name';

const fullNames = (text: string, lang: string) => {
  const projects = findProjects(text, lang);
  return projects.map((p, i) => [p.text, projectFullNames(projects)[i]]);
};

describe('projectFullNames', () => {
  it('gives a numbered list member the type and name stem of its head', () => {
    expect(fullNames('Dự án Thủy điện A Mé 1, 2 có tổng vốn lớn.', 'vi')).toEqual([
      ['Thủy điện A Mé 1', 'Thủy điện A Mé 1'],
      ['2', 'Thủy điện A Mé 2'],
    ]);
  });

  it('gives a named list member the head’s type noun, capitalised', () => {
    expect(fullNames('Các nhà máy thủy điện Nậm Voi và Nậm Mở được xây.', 'vi')).toEqual([
      ['nhà máy thủy điện Nậm Voi', 'nhà máy thủy điện Nậm Voi'],
      ['Nậm Mở', 'Nhà máy thủy điện Nậm Mở'],
    ]);
  });

  it('leaves a typeless project far from any list as written', () => {
    const far = { text: 'Nậm Mở', name: 'Nậm Mở', type: '', start: 200, end: 206 };
    const head = {
      text: 'Thủy điện Nậm Voi',
      name: 'Nậm Voi',
      type: 'Thủy điện',
      start: 0,
      end: 17,
    };
    expect(projectFullNames([head, far])).toEqual(['Thủy điện Nậm Voi', 'Nậm Mở']);
  });

  it('puts an English type after the name', () => {
    const a = { text: 'Vinh Tan 4', name: 'Vinh Tan 4', type: '', start: 4, end: 14 };
    const b = {
      text: 'Vinh Tan 2 power plants',
      name: 'Vinh Tan 2',
      type: 'power plants',
      start: 19,
      end: 42,
    };
    expect(projectFullNames([a, b])).toEqual([
      'Vinh Tan 4 power plants',
      'Vinh Tan 2 power plants',
    ]);
  });
});
