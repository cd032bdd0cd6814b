/**
 * The label a chat app or a transcript puts before a message: a chat export's header, "[14.20, 2/12] Sekda: …"
 * (whoever wrote the line asks, as "Sekda bertanya" says), and a voice note's, "[VN]", "[voice note]", "[VN
 * transkrip]" (names no one). Pure; used by tokenise.ts before anything else is read.
 */
const CHAT_EXPORT_HEADER = /^\s*\[\d{1,2}[.:]\d{2}(?:,\s*\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?\]\s*([^:\n\d]{1,40}):\s*/;
const VOICE_NOTE_LABEL = /^\s*\[(?:vn|voice\s?notes?|voice\s?message|pesan\s?suara|rekaman|transkrip|audio)(?:\s+transkrip(?:si)?|\s+transcript)?\]\s*/i;

export function withoutLineLabel(text: string): string {
  return text.replace(CHAT_EXPORT_HEADER, '$1 bertanya , ').replace(VOICE_NOTE_LABEL, ' ');
}
