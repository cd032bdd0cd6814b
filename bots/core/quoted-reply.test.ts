import { describe, expect, it } from 'vitest';
import { splitQuotedReply } from './quoted-reply.js';

describe('a reply to a quoted message', () => {
  it('parts the quote, without its speaker, from the reply', () => {
    expect(splitQuotedReply('> Pak Sekda: siapa saja yg sudah masuk talent pool?\nbot tolong jawab ya')).toEqual({
      quote: 'siapa saja yg sudah masuk talent pool?',
      reply: 'bot tolong jawab ya',
    });
    expect(splitQuotedReply('[08.47, 3/12] Pak Sekda: saya mau lihat sebaran talenta\n\nbot kirim ninebox se kab ya')).toEqual({
      quote: 'saya mau lihat sebaran talenta',
      reply: 'bot kirim ninebox se kab ya',
    });
  });

  it('leaves a message without a quote, or with nothing but one, alone', () => {
    expect(splitQuotedReply('kandidat kadis dinkes?\nyang ready now saja')).toBeNull();
    expect(splitQuotedReply('> Bu Kaban: formasi tahun depan berbasis ABK')).toBeNull();
  });
});
