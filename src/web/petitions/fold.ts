/** Lower case without Vietnamese diacritics, so "boi thuong" finds "Bồi thường". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase();
}

/** antd Select filterOption matching the typed text against the label, accents ignored. */
export function foldFilter(input: string, option?: { label?: unknown }): boolean {
  return fold(String(option?.label ?? '')).includes(fold(input));
}
