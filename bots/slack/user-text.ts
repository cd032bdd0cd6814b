/**
 * What a Slack user typed, as Slack delivers it in events and slash commands: "&", "<" and ">" arrive escaped
 * ("&amp;", "&lt;", "&gt;"), so a quoted line ("> Pak Sekda: …") or "kinerja & potensi" would otherwise be read as
 * the words "gt" and "amp". Mentions and links keep their own `<…>` syntax, which is not escaped.
 */
export function slackUserText(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}
