// Class mode from start to finish: the teacher builds a link, a student opens it and plays only
// its levels (in Chinese, with no countdown), passes level 1 and gets a progress code, and the
// teacher's page turns that code into a class table and a CSV file.
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { encodeProgress } from '../../src/core/progress-code';
import { expectNoErrors, press, snap, state, waitForScene, watchErrors } from './game';

async function openTeacherPage(page: Page): Promise<void> {
  await page.goto('./?teacher&lang=en');
  await expect(page.getByRole('heading', { level: 1, name: 'For teachers' })).toBeVisible();
}

/** Level 1 by keyboard, as in play-level-1.spec.ts. */
async function passLevel1(page: Page): Promise<void> {
  await press(page, 'ArrowLeft', 4);
  await press(page, 'ArrowUp', 2);
  await press(page, 'ArrowUp', 3);
  await press(page, 'ArrowRight', 9);
  await press(page, 'Space');
  await press(page, 'ArrowDown', 3);
  await press(page, 'ArrowUp', 2);
  await press(page, 'ArrowLeft', 10);
  await press(page, 'Space');
}

test('a class link opens only its levels, and a progress code reaches the class table', async ({
  page,
}) => {
  const errors = watchErrors(page);

  // The teacher: levels 1 and 2, no timer, Chinese.
  await openTeacherPage(page);
  await expect(page.locator('.level-choice [data-goal]').first()).not.toBeEmpty();
  await expect(page.locator('.level-choice [data-discussion]').first()).not.toBeEmpty();
  await page.getByRole('button', { name: 'None', exact: true }).click();
  await expect(page.getByText('Choose at least one level.')).toBeVisible();
  await expect(page.locator('.link-output')).toBeHidden();
  const boxes = page.locator('input[name="level"]');
  await boxes.nth(0).check();
  await boxes.nth(1).check();
  await page.getByLabel('Timer off (no time limit)').check();
  await page.getByLabel('Language').selectOption('zh');
  const field = page.getByLabel('Class link', { exact: true });
  await expect(field).toHaveValue(/\?class=1-2&timer=off&lang=zh$/);
  const link = await field.inputValue();
  expect(new URL(link).origin).toBe(new URL(page.url()).origin);
  // The QR code of the link, drawn as SVG.
  const qr = page.locator('.qr svg[role="img"]');
  await expect(qr).toHaveCount(1);
  await expect(qr.locator('path').first()).toHaveAttribute('d', /.+/);
  await snap(page, 'teacher-page');

  // On paper only the guide is shown, with every level's goal and question.
  const levelCount = await boxes.count();
  const guide = page.locator('.teacher-guide');
  await expect(guide).toBeHidden();
  await page.emulateMedia({ media: 'print' });
  await expect(guide).toBeVisible();
  await expect(page.locator('.class-form')).toBeHidden();
  await expect(guide.locator('.guide-level')).toHaveCount(levelCount);
  await expect(guide.locator('.guide-level [data-goal]').first()).toBeVisible();
  await expect(guide.locator('.guide-link')).toHaveText(link);
  await expect(guide.locator('.guide-qr svg')).toHaveCount(1);
  await page.emulateMedia({ media: 'screen' });
  await expect(guide).toBeHidden();

  // The student opens the link: only levels 1 and 2, in Chinese.
  await page.goto(`${link}&renderer=canvas`);
  await waitForScene(page, 'title');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
  await page.getByRole('button', { name: '选择关卡' }).click();
  await waitForScene(page, 'select');
  await expect(page.getByRole('heading', { level: 1, name: '选择关卡' })).toBeVisible();
  const cards = page.locator('.level-card');
  await expect(cards).toHaveCount(2);
  await expect(cards.nth(0)).toHaveAttribute('data-level', '01-rainy-morning');
  await expect(cards.nth(1)).toHaveAttribute('data-level', '02-across-the-street');
  // Both are open: the teacher chose them.
  await expect(page.locator('.level-card[aria-disabled="true"]')).toHaveCount(0);
  await snap(page, 'class-level-select');

  // A reload keeps class mode for the tab, even without the link's parameters.
  await page.goto('./?renderer=canvas');
  await waitForScene(page, 'title');
  await page.getByRole('button', { name: '开始' }).click();
  await waitForScene(page, 'play');
  expect((await state(page)).levelId).toBe('01-rainy-morning');
  await expect(page.getByRole('dialog')).toContainText('不限时');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  // No countdown (level 1 has a time limit without a class link): the clock counts up.
  const clock = page.locator('[data-hud="time"]');
  const seconds = async (): Promise<number> => {
    const [m, s] = ((await clock.textContent()) ?? '').split(':').map(Number);
    return m! * 60 + s!;
  };
  const before = await seconds();
  expect(before).toBeLessThan(10);
  await expect.poll(seconds).toBeGreaterThan(before);
  await expect(page.locator('.hud-pill.low')).toHaveCount(0);

  await passLevel1(page);
  await waitForScene(page, 'results');
  const code = page.locator('.results [data-progress-code]');
  await expect(code).toHaveText(/^1[0-9A-Z]{3}(-[0-9A-Z]{1,4})+$/);
  const codeText = (await code.textContent())!;
  // The next level is the class's level 2.
  await expect(page.getByRole('button', { name: '下一关' })).toBeVisible();
  await snap(page, 'class-results');

  // The same code from the level select, and the certificate.
  await page.getByRole('button', { name: '全部关卡' }).click();
  await waitForScene(page, 'select');
  await page.getByRole('button', { name: '查看我的进度码' }).click();
  await expect(page.getByRole('dialog', { name: '进度码' })).toContainText(codeText);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '打印我的奖状' }).click();
  await page.getByLabel('姓名').first().fill('李伟');
  const certificate = page.locator('.certificate');
  await expect(certificate).toContainText('李伟');
  await expect(page.locator('.report tr[data-level]')).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.print-tools')).toBeHidden();
  await expect(certificate).toBeVisible();
  await expect(page.locator('.select-screen')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  await snap(page, 'certificate');

  // The teacher pastes the code: one row, level 1 passed, and the CSV says the same.
  await openTeacherPage(page);
  await page.getByLabel('Progress codes, one per line').fill(`Li Wei, ${codeText}\n1ABC-DEFG`);
  await page.getByRole('button', { name: 'Make class table' }).click();
  const row = page.locator(`.class-table tr[data-code="${codeText}"]`);
  await expect(row).toHaveCount(1);
  await expect(row.getByRole('rowheader')).toHaveText('Li Wei');
  await expect(row.locator('[data-col="passed"]')).toHaveText('1');
  await expect(row.locator('td[data-level="01-rainy-morning"]')).toHaveClass(/passed/);
  await expect(row.locator('td[data-level="02-across-the-street"]')).not.toHaveClass(/passed/);
  await expect(page.locator('.class-table tr.bad')).toContainText('1ABC-DEFG');
  await snap(page, 'class-table');

  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: 'Save as CSV' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('class-progress.csv');
  const csv = readFileSync(await file.path(), 'utf8').replace(/^\uFEFF/, '');
  const [head, line, ...rest] = csv.split('\r\n');
  expect(head).toMatch(/^Name,Code,Levels passed,Stars,Score \(about\),1\. A Rainy Morning,/);
  expect(line).toMatch(new RegExp(`^Li Wei,${codeText},1,[0-3],\\d+,"passed, [0-3] stars?",`));
  expect(rest).toEqual(['']);
  await expectNoErrors(errors);
});

test('the teacher page says which pasted lines have a typo', async ({ page }) => {
  const errors = watchErrors(page);
  await openTeacherPage(page);
  const code = encodeProgress({
    levels: [
      { passed: true, stars: 3 },
      { passed: true, stars: 1 },
    ],
    totalScore: 900,
  });
  const bare = code.replace(/-/g, '');
  const swapped = bare[0]! + bare[2]! + bare[1]! + bare.slice(3);
  expect(swapped).not.toBe(bare);
  await page
    .getByLabel('Progress codes, one per line')
    .fill(`Ann ${code.toLowerCase()}\nBo ${swapped}\nCy 1Z!Q`);
  await page.getByRole('button', { name: 'Make class table' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Codes read' })).toHaveText(
    'Codes read: 1. Lines with a problem: 2.',
  );
  const row = page.locator(`.class-table tr[data-code="${code}"]`);
  await expect(row.locator('[data-col="passed"]')).toHaveText('2');
  await expect(row.locator('[data-col="stars"]')).toHaveText('4');
  const bad = page.locator('.class-table tr.bad');
  await expect(bad.nth(0)).toContainText('this code has a typo');
  await expect(bad.nth(1)).toContainText('not in progress codes');
  // Save as CSV is offered only when some code could be read.
  await expect(page.locator('a[download]')).toBeVisible();
  await page.getByLabel('Progress codes, one per line').fill(`Bo ${swapped}`);
  await page.getByRole('button', { name: 'Make class table' }).click();
  await expect(page.locator('a[download]')).toBeHidden();
  await expectNoErrors(errors);
});

test('a class link can start with sound off and large print, and class=off leaves class mode', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./?class=all&sound=off&print=large&lang=en&renderer=canvas');
  await waitForScene(page, 'title');
  const html = page.locator('html');
  await expect(html).toHaveClass(/large-print/);
  expect(await html.evaluate((el) => getComputedStyle(el).fontSize)).toBe('21.6px');
  const sound = page.locator('[data-sound-toggle]');
  await expect(sound).toHaveAttribute('aria-pressed', 'false');
  // The student turns sound on: that choice holds for the tab.
  await sound.click();
  await expect(sound).toHaveAttribute('aria-pressed', 'true');
  await page.reload();
  await waitForScene(page, 'title');
  await expect(page.locator('[data-sound-toggle]')).toHaveAttribute('aria-pressed', 'true');
  await expect(html).toHaveClass(/large-print/);

  await page.goto('./?class=off&lang=en&renderer=canvas');
  await waitForScene(page, 'title');
  await expect(html).not.toHaveClass(/large-print/);
  await expectNoErrors(errors);
});
