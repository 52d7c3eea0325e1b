import { Button, Tooltip } from 'antd';
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/i18n-context';

interface Props {
  /** Initial HTML; read once on mount (remount with a new `key` to reset). */
  initialHtml: string;
  onChange(html: string): void;
  labelledBy: string;
}

type Command = 'bold' | 'italic' | 'insertUnorderedList' | 'insertOrderedList';

/**
 * A deliberately small rich-text box: paragraphs, bold, italic and lists, which is what the
 * server keeps (it sanitises to p, br, b, i, u, ul, ol, li…). No editor package: contentEditable
 * with the browser's own commands keeps the route chunk light.
 */
export function RichTextEditor({ initialHtml, onChange, labelledBy }: Props) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (ref.current) ref.current.innerHTML = initialHtml || '<p><br></p>';
    // Only on mount: rewriting innerHTML while typing would move the caret.
  }, []);

  const run = (command: Command) => {
    ref.current?.focus();
    // execCommand is deprecated but still the only built-in way to format a selection.
    document.execCommand(command);
    if (ref.current) onChange(ref.current.innerHTML);
  };

  const buttons: [Command, string, string][] = [
    ['bold', 'B', t('Chữ đậm')],
    ['italic', 'I', t('Chữ nghiêng')],
    ['insertUnorderedList', '•', t('Danh sách gạch đầu dòng')],
    ['insertOrderedList', '1.', t('Danh sách đánh số')],
  ];

  return (
    <div>
      <div className="dv-cp-editor-toolbar" role="toolbar" aria-label={t('Định dạng văn bản')}>
        {buttons.map(([command, glyph, label]) => (
          <Tooltip key={command} title={label}>
            <Button
              size="small"
              type="text"
              aria-label={label}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => run(command)}
              style={
                command === 'bold'
                  ? { fontWeight: 700 }
                  : command === 'italic'
                    ? { fontStyle: 'italic' }
                    : undefined
              }
            >
              {glyph}
            </Button>
          </Tooltip>
        ))}
      </div>
      <div
        ref={ref}
        className="dv-cp-editor"
        contentEditable
        suppressContentEditableWarning
        role="textbox"
        aria-multiline="true"
        aria-labelledby={labelledBy}
        tabIndex={0}
        onInput={(e) => onChange(e.currentTarget.innerHTML)}
      />
    </div>
  );
}
