type Entry = { message: string; placeholders?: Record<string, { content: string }> };

/**
 * browser.i18n.getMessage over one messages.json, as Chrome does it: each `$NAME$` becomes its
 * placeholder's content, whose `$1`… are the substitutions; '' for a message the file lacks.
 */
export function getMessageFrom(messages: object) {
  return (name: string, substitutions: string | readonly (string | number)[] = []): string => {
    const entry = (messages as Record<string, Entry>)[name];
    if (!entry) return '';
    const values = [substitutions].flat().map(String);
    return entry.message.replace(/\$(\w+)\$/g, (_, placeholder: string) => {
      const content = entry.placeholders?.[placeholder.toLowerCase()]?.content ?? '';
      return content.replace(/\$(\d)/g, (__, index: string) => values[Number(index) - 1] ?? '');
    });
  };
}
