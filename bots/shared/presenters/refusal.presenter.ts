/**
 * Refusals that tell the user what to do next. The unlinked one names the user's own id, because the BKD admin
 * needs exactly that id to link them.
 */
export function presentUnlinked(platform: 'slack' | 'telegram', externalId: string): string {
  const name = platform === 'slack' ? 'Slack' : 'Telegram';
  return [
    `Akun ${name} Anda (ID: ${externalId}) belum terhubung ke Talenta, jadi saya belum dapat menjawab.`,
    'Minta admin BKD instansi Anda untuk menghubungkannya, dengan perintah:',
    `talenta chat link --instansi <kode-instansi> --platform ${platform} --id ${externalId} --role PIMPINAN --unit <kode-unit>`,
    `atau lewat API: POST /api/v1/instansi/<kode-instansi>/chat-identities { "platform": "${platform}", "externalId": "${externalId}", "role": "PIMPINAN", "unit": "<kode-unit>" }`,
  ].join('\n');
}

export function presentForbidden(message: string): string {
  return `⛔ Maaf, Anda tidak berwenang melihat ini: ${message}.`;
}

export function presentUnknown(text: string): string {
  return `Maaf, saya belum memahami "${text}". Ketik "bantuan" untuk daftar perintah.`;
}
