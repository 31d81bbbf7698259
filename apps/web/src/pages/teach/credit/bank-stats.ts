interface Stats {
  singleChoice: number;
  longestKeys: number;
  longestKeyLimit: number;
  chanceShare: number;
  trueFalse: number;
  falseKeys: number;
  keyPositions: readonly number[];
}

const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The bank's figures in words, for the author and the reviewer. */
export function bankStatLines(stats: Stats): string[] {
  const lines: string[] = [];
  if (stats.singleChoice > 0) {
    lines.push(
      `Longest option is the key in ${stats.longestKeys} of ${stats.singleChoice} single-choice ` +
        `questions (${percent(stats.longestKeys / stats.singleChoice)}; limit ${stats.longestKeyLimit}, ` +
        `chance ${percent(stats.chanceShare)} plus 10 points)`,
    );
    lines.push(
      `Key positions: ${stats.keyPositions
        .map((count, index) => `option ${index + 1} × ${count}`)
        .join(', ')}`,
    );
  } else {
    lines.push('No single-choice questions');
  }
  lines.push(
    stats.trueFalse === 0
      ? 'No true/false questions'
      : `True/false: ${stats.falseKeys} of ${stats.trueFalse} keyed false (${percent(stats.falseKeys / stats.trueFalse)}; ` +
          `40–60% where a bank has 5 or more)`,
  );
  return lines;
}
