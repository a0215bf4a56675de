import { describe, expect, test } from 'vitest';
import { reportBody, reportedPage, reportLinks, reportTitle } from './report-message.ts';

const labels = { title: 'Error', page: 'Page:', wrong: 'What is wrong:', should: 'What it should say:' };
const origin = 'https://yearbook.example';

describe('report message', () => {
  test('reportedPage takes a path and anchor from the query, else a same-site referrer', () => {
    expect(reportedPage('?page=%2Fen%2Fplatforms%2Fx%2F&anchor=record', '', origin)).toBe(
      `${origin}/en/platforms/x/#record`,
    );
    expect(reportedPage('', `${origin}/zh/timeline/y/`, origin)).toBe(`${origin}/zh/timeline/y/`);
  });

  test('reportedPage ignores other sites, protocol-relative paths and the report page itself', () => {
    expect(reportedPage('?page=https%3A%2F%2Fevil.example%2F', '', origin)).toBeNull();
    expect(reportedPage('?page=%2F%2Fevil.example%2F', '', origin)).toBeNull();
    expect(reportedPage('', 'https://other.example/x', origin)).toBeNull();
    expect(reportedPage('', `${origin}/en/report/`, origin)).toBeNull();
  });

  test('reportLinks fills the tracker template and a mailto address with the same message', () => {
    const page = `${origin}/en/x/`;
    const destination = { issueTracker: 'https://git.example/new?title={title}&body={body}', email: 'ed@example.org' };
    const links = reportLinks(destination, reportTitle(labels, page), reportBody(labels, page));
    const issue = new URL(links.issue!);
    expect(issue.searchParams.get('body')).toBe(reportBody(labels, page));
    expect(issue.searchParams.get('title')).toBe(`Error: ${page}`);
    expect(links.email).toMatch(/^mailto:ed@example\.org\?subject=/u);
    expect(decodeURIComponent(links.email!.split('body=')[1]!)).toBe(reportBody(labels, page));
  });

  test('reportLinks gives nothing for a destination that is not configured', () => {
    expect(reportLinks({ issueTracker: null, email: null }, 'Error', '')).toEqual({ issue: null, email: null });
  });
});
