/**
 * Coverage of the story outside Russian and Kazakh, written for the language
 * fixtures (issue 13): an English report that never names the Content
 * Reporting System (with one invented quote, test material), and short Dutch,
 * German and Hungarian reports that keep the proper names and quote the real
 * speakers in translation.
 */
import type { ArticlePage, Link } from './model.ts';
import { p } from './model.ts';

function links(...texts: string[]): Link[] {
  return texts.map((text, i) => ({ text, href: `#more-${i + 1}` }));
}

/** A quote attributed to George Chen that is in no source (test material: must be "not found"). */
export const INVENTED_CHEN_QUOTE = 'We gave Kazakhstan a special key to our systems,';

/** The McConaghy quote in Dutch translation (test material: a translation, not a source text). */
export const NL_MCCONAGHY_QUOTE =
  'We volgen wereldwijd een consistent proces om individuele claims te beoordelen, ongeacht de overheid, in overeenstemming met het beleid van Facebook, lokale wetten en internationale mensenrechtennormen. Dit proces is in Kazachstan hetzelfde als in andere landen van de wereld';

/** English report without the system's name: flagging "illegal" content, the bill, the critics. */
export function enCensorshipPage(): ArticlePage {
  const headline =
    "Facebook accused of aiding censorship in Kazakhstan by letting the government flag 'illegal' content";
  return {
    file: 'en-censorship.html',
    lang: 'en',
    title: headline,
    description:
      'Rights advocates say a direct line for Kazakh officials to flag posts will be used against critics; Meta says Kazakhstan got nothing other governments do not have.',
    site: {
      name: 'Eurasia Rights Monitor',
      nav: ['News', 'Central Asia', 'Caucasus', 'Media Freedom'],
      accent: '#7b2d26',
    },
    kicker: 'Media Freedom',
    headline,
    standfirst:
      'The deal came weeks after lawmakers moved to force foreign social networks to open local offices or risk being blocked.',
    byline: { author: 'Helen Marsh', date: { iso: '2021-11-04', label: 'November 4, 2021' } },
    body: [
      p(
        'Kazakhstan’s government says it can now flag posts it considers illegal directly to Facebook, an arrangement that critics say hands an autocratic state another censorship tool only weeks after it threatened to block the social network.',
      ),
      p(
        'The Ministry of Information and Social Development announced on Nov. 1 what it called a joint statement with Facebook, saying the company had given Kazakhstan “direct and exclusive access” to a channel for reporting content that may break Facebook’s rules or Kazakh law. The ministry said Kazakhstan was the first country in Central Asia to get such access and that Facebook had trained its specialists on Oct. 28.',
      ),
      p(
        `“${INVENTED_CHEN_QUOTE}” George Chen, Facebook’s regional public policy director, said, according to a local news site.`,
      ),
      p(
        'Meta pushed back a day later. Spokesman Ben McConaghy said Facebook has dedicated online channels for governments to report content they say violates local law, and that the process “is the same in Kazakhstan as in other countries of the world.” “The government issued its own statement, independent of Facebook,” he added.',
      ),
      p(
        'Information Minister Aida Balaeva answered on Facebook that the text had been agreed with Meta’s office in Hong Kong, which covers China, Mongolia and Central Asia.',
      ),
      p(
        'In mid-September, lawmakers approved in first reading a bill that would require Facebook and other foreign social networks to register in Kazakhstan and open local offices, or risk being blocked. Aidos Sarym, one of the deputies behind it, called the agreement a “win-win” and said lawmakers were now ready to soften the bill.',
      ),
      p(
        'Adil Jalilov, head of the MediaNet journalism center, had written on Facebook when the draft was approved: “What children are these rules going to protect? Perhaps only those of MPs and civil servants – from investigations by journalists and bloggers.”',
      ),
      p(
        'Activists in Kazakhstan have been prosecuted over Facebook posts under Article 174 of the Criminal Code, which punishes incitement of social, national, clan, racial, class or religious discord. Officials say Facebook has at least 3.2 million users in the country.',
      ),
    ],
    aside: {
      heading: 'More from Central Asia',
      links: links(
        'Uzbekistan’s bloggers and the new media law',
        'Kyrgyz journalists fined over election coverage',
        'Tajikistan throttles mobile internet again',
      ),
    },
  };
}

/** Dutch report quoting the Meta spokesman in Dutch. */
export function nlReportPage(): ArticlePage {
  const headline = 'Meta ontkent dat Kazachstan exclusieve toegang kreeg tot meldsysteem van Facebook';
  return {
    file: 'nl-report.html',
    lang: 'nl',
    title: headline,
    description:
      'Kazachstan meldde dat het als eerste land in Centraal-Azië directe toegang kreeg tot het Content Reporting System van Facebook. Meta spreekt dat tegen.',
    site: { name: 'Techwereld', nav: ['Nieuws', 'Internet', 'Privacy', 'Achtergrond'], accent: '#1f5f8b' },
    kicker: 'Internet',
    headline,
    byline: { author: 'Sanne de Vries', date: { iso: '2021-11-03', label: '3 november 2021' } },
    body: [
      p(
        'Meta, het moederbedrijf van Facebook, ontkent dat Kazachstan exclusieve toegang heeft gekregen tot het Content Reporting System (CRS) van Facebook, waarmee overheden berichten kunnen melden die volgens hen in strijd zijn met de regels van het platform of met lokale wetgeving.',
      ),
      p(
        'Het Kazachse ministerie van Informatie en Sociale Ontwikkeling maakte op 1 november bekend dat Facebook het land “directe en exclusieve toegang” tot het systeem had gegeven. Volgens het ministerie, dat sprak van een gezamenlijke verklaring, is Kazachstan het eerste land in Centraal-Azië met zo’n toegang. In de verklaring werd George Chen, regionaal directeur publiek beleid van Facebook, aangehaald over de online veiligheid van kinderen.',
      ),
      p(`“${NL_MCCONAGHY_QUOTE}”, zei Meta-woordvoerder Ben McConaghy.`),
      p('“De regering heeft een eigen verklaring uitgegeven, los van Facebook”, voegde hij eraan toe.'),
      p(
        'Minister Aida Balajeva schreef daarop op Facebook dat de tekst was afgestemd met het kantoor van Meta in Hongkong, dat verantwoordelijk is voor China, Mongolië en Centraal-Azië.',
      ),
      p(
        'Half september keurde het Kazachse parlement in eerste lezing een wetsvoorstel goed dat buitenlandse sociale netwerken verplicht zich in Kazachstan te registreren en er een kantoor te openen; anders dreigt een blokkade. Critici zien in de afspraak met Facebook een nieuw instrument voor censuur. Volgens de autoriteiten heeft Facebook in Kazachstan minstens 3,2 miljoen gebruikers.',
      ),
    ],
    aside: {
      heading: 'Meer nieuws',
      links: links(
        'Nieuwe regels voor cookies op komst',
        'Glasvezel in het buitengebied',
        'Phishing via sms neemt toe',
      ),
    },
  };
}

/** Short German report. */
export function deReportPage(): ArticlePage {
  const headline = 'Kasachstan erhält direkten Zugang zu Facebooks Meldesystem – Meta widerspricht';
  return {
    file: 'de-report.html',
    lang: 'de',
    title: headline,
    description: 'Kasachstan meldet exklusiven Zugang zum Content Reporting System von Facebook, Meta bestreitet das.',
    site: {
      name: 'Netzpolitik heute',
      nav: ['Nachrichten', 'Plattformen', 'Überwachung', 'Meinung'],
      accent: '#2e4a3f',
    },
    kicker: 'Plattformen',
    headline,
    byline: { author: 'Jonas Keller', date: { iso: '2021-11-03', label: '3. November 2021' } },
    body: [
      p(
        'Kasachstans Ministerium für Information und gesellschaftliche Entwicklung hat nach eigenen Angaben von Facebook „direkten und exklusiven Zugang“ zum Content Reporting System (CRS) erhalten. Über das System kann die Regierung Inhalte melden, die aus ihrer Sicht gegen Facebooks Richtlinien oder kasachische Gesetze verstoßen. Kasachstan sei das erste Land in Zentralasien mit diesem Zugang, hieß es in einer als gemeinsame Erklärung bezeichneten Mitteilung vom 1. November.',
      ),
      p(
        '„Facebook freut sich, mit der Regierung Kasachstans zusammenzuarbeiten, insbesondere im Bereich der Online-Sicherheit von Kindern“, wurde George Chen, Regionaldirektor für Public Policy bei Facebook, zitiert.',
      ),
      p(
        'Der Facebook-Mutterkonzern Meta bestritt am Tag darauf die Exklusivität. Man folge weltweit einem einheitlichen Verfahren, sagte Sprecher Ben McConaghy; das Verfahren sei in Kasachstan dasselbe wie in anderen Ländern. Ministerin Aida Balajewa erklärte, der Text sei mit Metas Büro in Hongkong abgestimmt gewesen.',
      ),
      p(
        'Kritiker sehen in der Vereinbarung ein Zensurinstrument. Das Parlament hatte im September in erster Lesung ein Gesetz gebilligt, das ausländische soziale Netzwerke zu Niederlassungen im Land verpflichten würde; andernfalls droht eine Sperre.',
      ),
    ],
    aside: {
      heading: 'Weitere Meldungen',
      links: links(
        'Neue Regeln für Messenger-Dienste',
        'Datenschutzbehörde prüft Gesichtserkennung',
        'Breitbandausbau stockt',
      ),
    },
  };
}

/** Short Hungarian report. */
export function huReportPage(): ArticlePage {
  const headline =
    'Közvetlen hozzáférést kapott Kazahsztán a Facebook Content Reporting Systeméhez – a Meta cáfolja a kizárólagosságot';
  return {
    file: 'hu-report.html',
    lang: 'hu',
    title: headline,
    description:
      'A kazah minisztérium szerint az ország kizárólagos hozzáférést kapott, a Meta szerint a folyamat mindenhol ugyanaz.',
    site: { name: 'Digitális Napló', nav: ['Hírek', 'Tech', 'Világ', 'Vélemény'], accent: '#8c2f39' },
    kicker: 'Tech',
    headline,
    byline: { author: 'Kovács Eszter', date: { iso: '2021-11-03', label: '2021. november 3.' } },
    body: [
      p(
        'Kazahsztán Információs és Társadalmi Fejlődési Minisztériuma november 1-jén bejelentette, hogy a Facebook „közvetlen és kizárólagos hozzáférést” biztosított az országnak a Content Reporting System (CRS) nevű rendszerhez, amelyen keresztül a kormány jelentheti a Facebook szabályait vagy a kazah törvényeket sértő tartalmakat. A közlemény szerint Kazahsztán az első közép-ázsiai ország, amely ilyen hozzáférést kapott.',
      ),
      p(
        'A Facebook anyavállalata, a Meta másnap cáfolta a kizárólagosságot. „A kormány a Facebooktól függetlenül adta ki a saját közleményét” – mondta Ben McConaghy, a Meta szóvivője. Szerinte a folyamat Kazahsztánban ugyanaz, mint a világ más országaiban.',
      ),
      p(
        'Aida Balajeva miniszter a Facebookon azt írta, hogy a szöveget egyeztették a Meta hongkongi irodájával, amely Kínáért, Mongóliáért és Közép-Ázsiáért felel. A közleményben George Chen, a Facebook regionális közpolitikai igazgatója a gyermekek online biztonságát emelte ki.',
      ),
      p(
        'A bírálók szerint a megállapodás a cenzúra eszköze lehet. A kazah parlament szeptemberben első olvasatban elfogadta azt a törvényjavaslatot, amely helyi iroda nyitására kötelezné a külföldi közösségi oldalakat, különben letiltás fenyegeti őket.',
      ),
    ],
    aside: {
      heading: 'További hírek',
      links: links('Drágul a mobilinternet', 'Új adatvédelmi szabályok az EU-ban', 'Elindult az 5G több városban'),
    },
  };
}
