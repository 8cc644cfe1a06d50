import { lessonCard } from './lessonCard';

describe('lessonCard', () => {
  it('puts the TLP label first and keeps the lesson literal: no links, emphasis or lists', () => {
    const message = lessonCard({
      title: 'Phishing via **nep**-factuur',
      text: 'Wat we leerden:\n- meld het [hier](https://evil.example)\n1. blokkeer de afzender\n[e-mailadres verwijderd] kreeg de mail.',
      theme: 'Cybersecurity en informatiebeveiliging',
      tlp: 'GREEN',
      heading: 'Les uit een incident',
    });
    const body = message.card['body'] as Array<{ text: string }>;
    expect(body.map((block) => block.text)).toEqual([
      'TLP:GREEN',
      'Les uit een incident',
      'Phishing via \\*\\*nep\\*\\*-factuur',
      'Cybersecurity en informatiebeveiliging',
      'Wat we leerden:\n\\- meld het \\[hier\\](https://evil.example)\n1\\. blokkeer de afzender\n\\[e-mailadres verwijderd\\] kreeg de mail.',
    ]);
    // The summary is plain text for the message body, which the messenger HTML-escapes.
    expect(message.summary).toBe('TLP:GREEN Les uit een incident: Phishing via **nep**-factuur');
  });

  it('cuts a long lesson before escaping it, so the cut never splits an escape', () => {
    const body = lessonCard({ title: 't', text: `${'a'.repeat(999)}*tail`, theme: 'x', tlp: 'CLEAR', heading: 'h' }).card['body'] as Array<{ text: string }>;
    expect(body[4]?.text).toBe(`${'a'.repeat(999)}\\*…`);
  });
});
