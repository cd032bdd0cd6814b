/**
 * Greetings and thanks: "selamat pagi pak", "halo", "hi there", "terima kasih", "thanks". Answered briefly with a few
 * things to ask; any real question in the same message outranks it.
 */
import type { Reply } from '../core/reply.js';
import { say, type Lang } from '../language/lang.js';
import { helpLine } from './help.intent.js';
import { defineIntent, type Intent } from './intent.js';

export interface GreetingArgs {
  thanks: boolean;
}

const EXAMPLES = ['kandidat', 'ninebox', 'risiko'];

export function presentGreeting(thanks: boolean, intents: readonly Intent[], lang: Lang): Reply {
  const t = say(lang);
  if (thanks) {
    return { lang, personal: false, blocks: [{ kind: 'text', text: t('Sama-sama 🙏. Silakan bertanya lagi kapan saja.', 'You are welcome 🙏. Ask again any time.') }], source: null };
  }
  const examples = EXAMPLES.flatMap((name) => {
    const intent = intents.find((i) => i.name === name);
    return intent ? (helpLine(intent, lang) ?? []) : [];
  });
  return {
    lang,
    personal: false,
    blocks: [
      { kind: 'text', text: t('Halo! Saya Talenta, asisten manajemen talenta dan suksesi. Misalnya Anda bisa bertanya:',
        'Hello! I am Talenta, your talent and succession assistant. You could ask, for example:') },
      { kind: 'list', items: examples },
      { kind: 'note', text: t('Ketik "bantuan" untuk semua yang bisa saya jawab.', 'Type "help" for everything I can answer.') },
    ],
    source: null,
  };
}

export const greetingIntent = defineIntent<GreetingArgs>({
  name: 'salam',
  phrases: {
    greeting: [
      'exactly what i needed', 'what i needed', 'just what i needed', 'halo', 'hallo', 'hello', 'helo', 'hai', 'hi', 'hey', 'hei', 'hiya', 'howdy', 'selamat pagi', 'selamat siang', 'selamat sore', 'selamat malam',
      'pagi', 'siang', 'sore', 'malam', 'salam', 'good morning', 'good afternoon', 'good evening', 'morning', 'afternoon', 'evening', 'permisi', 'punten', 'tabe', 'tabik', 'om swastiastu', 'swastiastu', 'sampurasun', 'rampes',
      'apa kabar', 'how are you', 'tes', 'test', 'ping', 'p', 'selamat datang', 'hi there', 'hello there',
      'sugeng enjing', 'sugeng siang', 'sugeng sonten', 'sugeng dalu', 'wilujeng enjing', 'wilujeng siang', 'assalamualaikum',
      'gimana kabar', 'dengan hormat', 'salam sejahtera', 'hope you are well', 'hope youre well', 'hope all is well', 'hope alls well', 'hope you are doing well',
      'have a good weekend', 'have a nice weekend', 'have a good day', 'have a nice day', 'good weekend', 'semoga sehat selalu', 'sehat selalu', 'salam sehat',
    ],
    thanks: ['terima kasih', 'thanks', 'thank you', 'thank you very much', 'thanks a lot', 'much appreciated', 'appreciated', 'thank you for your help', 'thanks for your help',
      'thanks for the help', 'terima kasih atas bantuan', 'terima kasih bantuan', 'makasih bantuan', 'makasih atas bantuan', 'atas bantuan', 'thank you for the info', 'thanks for the info', 'matur nuwun', 'nuhun', 'hatur nuhun', 'mauliate', 'mauliate godang', 'terima kasih banyak', 'sangat membantu', 'cheers', 'very helpful', 'helpful', 'that helps', 'that helped', 'helps a lot', 'that helps a lot', 'ok', 'oke', 'okay', 'sip', 'mantap', 'noted', 'siap laksanakan'],
  },
  grammar: {
    // Just above "understood": anything else the message asks wins.
    score: (q) => (q.has('greeting') || q.has('thanks') ? 2.6 : 0),
    args: (q) => ({ thanks: q.has('thanks') && !q.has('greeting') }),
  },
  answer: async (h, args) => presentGreeting(args.thanks, h.intents, h.lang),
  help: null,
  command: null,
});
