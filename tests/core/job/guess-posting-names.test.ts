import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { guessPostingNames } from '../../../src/core/job/guess-posting-names';

const posting = (name: string) => readFileSync(path.join(__dirname, '../../fixtures/postings', name), 'utf8');

describe('guessPostingNames: the title and employer a posting names first', () => {
  it.each([
    ['account-executive.txt', 'Account Executive, Mid-Market', 'Lanternly'],
    ['icu-nurse.txt', 'Registered Nurse - Intensive Care Unit (Nights)', 'Harbor Point Medical Center'],
    ['mechanical-engineer.txt', 'Mechanical Design Engineer', 'Northgate Robotics'],
    ['hygiene-traps.txt', 'Platform Engineer', 'Brightwater Health'],
    ['gpu-kernel-engineer.txt', 'GPU Kernel Engineer, Inference Performance', null],
    ['web-frontend.txt', 'Frontend Engineer (React / Next.js)', null],
    ['messy-web-paste.txt', 'Senior Data Engineer', null],
    ['markdown-paste.md', 'Data Analyst', null],
    ['html-paste.html', 'Site Reliability Engineer', null],
    ['german-posting.txt', 'Softwareentwickler für Backend-Systeme (m/w/d)', null],
  ])('%s: role %j, company %j', (file, role, company) => {
    expect(guessPostingNames(posting(file))).toEqual({ role, company });
  });

  it('reads "Title at Company" and "Company is hiring" in text typed by hand', () => {
    expect(guessPostingNames('Staff Accountant at Pine & Co\n\nWe close the books.')).toEqual({
      role: 'Staff Accountant',
      company: 'Pine & Co',
    });
    expect(guessPostingNames('Barista\n\nBlue Door Coffee is looking for a barista.')).toEqual({
      role: 'Barista',
      company: 'Blue Door Coffee',
    });
  });

  it('guesses nothing rather than a heading or a pronoun', () => {
    expect(guessPostingNames('About the role\nWe are hiring a nurse. You will care for patients.')).toEqual({
      role: null,
      company: null,
    });
    expect(guessPostingNames('')).toEqual({ role: null, company: null });
  });
});
