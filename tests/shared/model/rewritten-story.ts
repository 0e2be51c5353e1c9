/** Two unrelated versions of a story of about `chars` 字 in paragraphs of 80–200 字 (seeded, reproducible). */
const HAN = '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处府';

export function rewrittenStory(chars: number, seed = 18): { before: string[]; after: string[] } {
  let state = seed;
  const random = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  const story = () => {
    const paragraphs: string[] = [];
    let total = 0;
    while (total < chars) {
      let text = '';
      const length = 80 + Math.floor(random() * 120);
      for (let i = 0; i < length; i++) text += HAN[Math.floor(random() * HAN.length)];
      paragraphs.push(`${text}。`);
      total += length + 1;
    }
    return paragraphs;
  };
  return { before: story(), after: story() };
}
