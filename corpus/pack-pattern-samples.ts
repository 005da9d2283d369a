/**
 * Sample sentences for the built-in pack's claim patterns: paraphrases as
 * other outlets (English, Russian, Kazakh) are likely to write the claims,
 * each naming the pattern that must find it, and on-topic sentences that make
 * no claim at all. Written for pack-patterns.test.ts; extend both lists when
 * adding a pattern.
 */

/** A sentence that must be found as `claim` by the pattern `pattern`. */
export interface Paraphrase {
  claim: string;
  pattern: string;
  text: string;
}

const p = (claim: string, pattern: string, text: string): Paraphrase => ({ claim, pattern, text });

/** Paraphrases of the claims, at least one for every pattern that the documents do not exercise. */
export const PARAPHRASES: readonly Paraphrase[] = [
  p(
    'exclusive-access',
    'en-exclusive-access',
    "Kazakhstan said it had been granted exclusive access to Facebook's reporting tool.",
  ),
  p('exclusive-access', 'en-access-exclusive-to', 'Officials described the access as exclusive to Kazakhstan.'),
  p(
    'exclusive-access',
    'ru-exclusive-access',
    'Facebook предоставил Казахстану прямой и эксклюзивный доступ к системе Content Reporting System.',
  ),
  p('exclusive-access', 'ru-exclusive-agreement', 'Министерство заявило об эксклюзивном соглашении с Facebook.'),
  p('exclusive-access', 'kk-exclusive-access', 'Facebook Қазақстанға тікелей және эксклюзивті қолжетімділік берді.'),

  p(
    'first-in-central-asia',
    'en-first-country',
    'Kazakhstan became the first country in Central Asia to get such access.',
  ),
  p(
    'first-in-central-asia',
    'en-first-central-asian',
    'It is the first Central Asian country to sign such a deal with Meta.',
  ),
  p(
    'first-in-central-asia',
    'ru-first-country',
    'Казахстан стал первой страной в Центральной Азии, получившей доступ к системе.',
  ),
  p('first-in-central-asia', 'ru-first-agreement', 'Это первое подобное соглашение в Центральной Азии.'),
  p('first-in-central-asia', 'ru-first-in-region', 'Такой доступ впервые в Центральной Азии получило государство.'),
  p('first-in-central-asia', 'kk-first-in-central-asia', 'Қазақстан Орталық Азиядағы алғашқы ел болды.'),

  p('joint-statement', 'en-jointly-issued', 'The ministry and Facebook jointly issued a statement on Monday.'),
  p('joint-statement', 'ru-joint-statement', 'Об этом говорится в совместном заявлении министерства и Facebook.'),
  p('joint-statement', 'ru-independent-of', 'Правительство выпустило собственное заявление, независимо от Facebook.'),
  p('joint-statement', 'kk-joint-statement', 'Министрлік пен Facebook бірлескен мәлімдеме жасады.'),

  p('meta-denies-exclusive-access', 'en-not-exclusive', 'Meta said the access was not exclusive.'),
  p('meta-denies-exclusive-access', 'ru-meta-denied', 'Meta опровергла заявление Казахстана об эксклюзивном доступе.'),
  p('meta-denies-exclusive-access', 'ru-not-exclusive', 'Доступ не является эксклюзивным, заявили в компании.'),
  p(
    'meta-denies-exclusive-access',
    'kk-meta-denied',
    'Meta эксклюзивті қолжетімділік туралы мәлімдемені жоққа шығарды.',
  ),

  p('same-global-process', 'ru-global-process', 'Мы следуем единому глобальному процессу оценки жалоб.'),
  p(
    'same-global-process',
    'ru-same-as-other-countries',
    'Этот процесс такой же в Казахстане, как и в других странах мира.',
  ),
  p('same-global-process', 'ru-regardless-of-government', 'Каждая жалоба оценивается независимо от правительства.'),

  p('content-reporting-access', 'ru-access-to-crs', 'Казахстан получил доступ к Content Reporting System.'),
  p(
    'content-reporting-access',
    'ru-access-to-system',
    'Министерство получило доступ к системе информирования о контенте.',
  ),
  p(
    'content-reporting-access',
    'kk-access-to-crs',
    'Министрлікке Content Reporting System жүйесіне қол жеткізу мүмкіндігі берілді.',
  ),

  p('direct-channel-onboarded', 'en-onboarded', 'Kazakhstan has been onboarded to a direct channel with Facebook.'),
  p(
    'direct-channel-onboarded',
    'ru-direct-channel',
    'Казахстан получил прямой канал связи с глобальными операционными командами Facebook.',
  ),
  p('direct-channel-onboarded', 'ru-connected-channel', 'Казахстан уже подключен к прямому каналу Facebook.'),

  p(
    'easier-removal',
    'en-remove-content-deemed-illegal',
    'Authorities want to remove content the government deems illegal.',
  ),
  p('easier-removal', 'ru-easier-removal', 'Соглашение облегчит властям удаление контента.'),
  p('easier-removal', 'ru-remove-illegal', 'Речь идёт об удалении незаконного контента.'),
  p(
    'easier-removal',
    'ru-counter-illegal',
    'Это повысит эффективность противодействия распространению незаконного контента.',
  ),

  p('chen-harmful-content', 'en-deal-with-harmful', 'The system will help the government tackle harmful content.'),
  p('chen-harmful-content', 'ru-fight-harmful', 'Система поможет правительству бороться с вредоносным контентом.'),

  p('child-safety-aim', 'en-child-protection', 'The ministry says the cooperation is about child safety.'),
  p('child-safety-aim', 'ru-child-safety', 'Особенно в части онлайн-безопасности детей.'),
  p('child-safety-aim', 'ru-child-protection', 'Законопроект направлен на защиту детей.'),
  p('child-safety-aim', 'ru-cyberbullying', 'Авторы говорят о борьбе с кибербуллингом.'),
  p('child-safety-aim', 'kk-child-safety', 'Басты мақсат — балалардың интернеттегі қауіпсіздігі.'),
  p('child-safety-aim', 'kk-protect-children', 'Заң балаларды кибербуллингтен қорғауға арналған.'),

  p('censorship-concerns', 'en-new-censorship', 'Critics fear new online censorship in Kazakhstan.'),
  p('censorship-concerns', 'ru-censorship-tools', 'Критики обвиняют власти в поиске новых инструментов цензуры.'),
  p('censorship-concerns', 'ru-new-censorship', 'Правозащитники опасаются новой цензуры.'),
  p('censorship-concerns', 'kk-censorship-tool', 'Сыншылар бұл заңды цензура құралы деп атады.'),

  p(
    'followed-blocking-threat',
    'ru-threat-to-block',
    'Это произошло после того, как Казахстан пригрозил заблокировать соцсеть.',
  ),
  p('followed-blocking-threat', 'ru-risk-blocked', 'Иностранные соцсети оказались под угрозой блокировки.'),
  p('followed-blocking-threat', 'kk-block-threat', 'Әлеуметтік желілерге бұғаттау қаупі төнді.'),

  p(
    'social-media-bill',
    'en-bill-into-parliament',
    'Sarym introduced a bill into the Kazakhstan parliament in September.',
  ),
  p('social-media-bill', 'ru-first-reading', 'Законопроект был одобрен в первом чтении.'),
  p('social-media-bill', 'ru-open-offices', 'Соцсети обяжут открыть представительства в Казахстане.'),
  p('social-media-bill', 'ru-social-media-bill', 'Мажилис обсуждает законопроект о социальных сетях.'),
  p('social-media-bill', 'kk-first-reading', 'Заң жобасы бірінші оқылымда мақұлданды.'),
  p('social-media-bill', 'kk-open-office', 'Заң шетелдік желілерден өкілдік ашуды талап етеді.'),

  p('ready-to-soften-bill', 'en-soften-provisions', 'Lawmakers said they would soften the bill.'),
  p('ready-to-soften-bill', 'ru-ready-to-soften', 'Авторы законопроекта готовы смягчить его.'),
  p('ready-to-soften-bill', 'ru-soften-bill', 'Депутаты пообещали смягчить нормы законопроекта.'),
  p('ready-to-soften-bill', 'ru-remove-harsh-wording', 'Мы готовы убрать самые жесткие формулировки.'),
  p('ready-to-soften-bill', 'kk-soften-bill', 'Біз заң жобасын жұмсартуға дайынбыз.'),

  p('win-win', 'ru-win-win', 'Это классическая взаимовыгодная ситуация.'),
  p('win-win', 'ru-everyone-wins', 'В итоге выигрывают все.'),
  p('win-win', 'kk-mutually-beneficial', 'Бұл екі жаққа да тиімді келісім.'),

  p('training-october-28', 'en-training-specialists', "Facebook trained the ministry's specialists to use the system."),
  p('training-october-28', 'ru-october-28', '28 октября команда Facebook провела тренинг для сотрудников.'),
  p('training-october-28', 'ru-training-specialists', 'Компания провела обучение специалистов министерства.'),
  p('training-october-28', 'kk-october-28', '28 қазанда Facebook командасы министрлік мамандарына тренинг өткізді.'),

  p('ministry-work-november', 'ru-beginning-of-november', 'С начала ноября министерство будет пользоваться системой.'),
  p('ministry-work-november', 'ru-start-working', 'Министерство начнет работать в системе уже в этом месяце.'),
  p('ministry-work-november', 'kk-beginning-of-november', 'Қарашаның басынан бастап министрлік жүйеде жұмыс істейді.'),

  p('regular-channel', 'ru-regular-communication', 'Стороны договорились о регулярном механизме коммуникаций.'),
  p(
    'regular-channel',
    'ru-authorised-representative',
    'С министерством будет работать уполномоченный представитель регионального офиса Facebook.',
  ),

  p(
    'hong-kong-office-region',
    'en-hong-kong-office-2',
    "Meta's Hong Kong office endorsed the text, the minister said.",
  ),
  p('hong-kong-office-region', 'ru-hong-kong-office', 'Текст был согласован с офисом Meta в Гонконге.'),
  p('hong-kong-office-region', 'ru-hong-kong-office-2', 'Текст одобрил гонконгский офис компании.'),
  p('hong-kong-office-region', 'ru-covers-region', 'Офис курирует Китай, Монголию и Центральную Азию.'),
  p('hong-kong-office-region', 'kk-hong-kong-office', 'Мәтін Meta-ның Гонконгтағы кеңсесімен келісілген.'),
  p(
    'hong-kong-office-endorsed',
    'en-office-endorsed-text',
    "Meta's Hong Kong office endorsed the text, the minister said.",
  ),
  p(
    'hong-kong-office-endorsed',
    'en-coordinated-with-office',
    'The minister said the text was agreed with the Hong Kong office of the company.',
  ),
  p(
    'hong-kong-office-endorsed',
    'ru-agreed-with-office',
    'Министр говорит, что всё было согласовано с гонконгским офисом.',
  ),
  p('hong-kong-office-endorsed', 'kk-agreed-with-office', 'Мәтін Meta-ның Гонконгтағы кеңсесімен келісілген.'),

  p('facebook-users-kazakhstan', 'en-3-2-million-facebook', 'Kazakhstan has 3.2 million Facebook subscribers.'),
  p('facebook-users-kazakhstan', 'ru-3-2-million', 'В Казахстане 3,2 млн пользователей.'),
  p('facebook-users-kazakhstan', 'kk-3-2-million', 'Қазақстанда Facebook-тың 3,2 млн пайдаланушысы бар.'),

  p('population-19-million', 'en-19-million-people', 'Kazakhstan is home to 19 million people.'),
  p('population-19-million', 'ru-19-million', 'В стране живут 19 млн человек.'),
  p('population-19-million', 'ru-population-19-million', 'Население Казахстана составляет 19 млн.'),
  p('population-19-million', 'kk-19-million', 'Елімізде 19 млн халық тұрады.'),

  p(
    'facebook-compliance-criticism',
    'ru-censorship-requests',
    'Facebook критикуют за выполнение запросов правительств о цензуре.',
  ),
  p('facebook-compliance-criticism', 'ru-compliant', 'Правозащитники упрекают Facebook в уступчивости перед цензурой.'),

  p('article-174-prosecutions', 'en-incitement-discord', 'Activists were accused of inciting social discord.'),
  p('article-174-prosecutions', 'ru-article-174', 'Их обвинили по статье 174 УК РК.'),
  p('article-174-prosecutions', 'ru-inciting-discord', 'Блогера обвинили в разжигании социальной розни.'),
  p('article-174-prosecutions', 'kk-article-174', 'Белсенділер ҚК-нің 174 бабы бойынша айыпталды.'),
  p(
    'article-174-prosecutions',
    'kk-inciting-discord',
    'Оған әлеуметтік алауыздықты қоздыру бабы бойынша айып тағылды.',
  ),

  p('social-media-prosecutions', 'ru-prosecuted-for-posts', 'Сотни оппозиционеров были осуждены за свои публикации.'),
  p('social-media-prosecutions', 'kk-prosecuted-for-posts', 'Белсенді әлеуметтік желідегі жазбалары үшін сотталды.'),

  // Added with the Russian and Kazakh coverage of issue 13.
  p('exclusive-access', 'ru-exclusivity-of-access', 'Министерство настаивает на эксклюзивности доступа к системе.'),
  p('exclusive-access', 'kk-exclusive-permission', 'Министрлік Facebook жүйесіне айрықша рұқсат алғанын хабарлады.'),
  p(
    'first-in-central-asia',
    'ru-first-in-the-region',
    'Казахстан стал первым в регионе государством с таким доступом.',
  ),
  p('first-in-central-asia', 'kk-first-in-region', 'Қазақстан өңірдегі алғашқы ел болды.'),
  p('joint-statement', 'ru-own-statement', 'Правительство выпустило собственное заявление.'),
  p('joint-statement', 'ru-no-joint-statement', 'Мы не делали никакого совместного заявления, заявили в Meta.'),
  p('joint-statement', 'kk-own-statement', 'Үкімет Facebook-тан тәуелсіз өз мәлімдемесін жасады.'),
  p(
    'meta-denies-exclusive-access',
    'ru-denied-exclusivity',
    'Компания отрицает эксклюзивность договоренности с Казахстаном.',
  ),
  p(
    'meta-denies-exclusive-access',
    'ru-no-exclusive-access',
    'Никакого эксклюзивного доступа у Казахстана нет, сообщили в компании.',
  ),
  p(
    'meta-denies-exclusive-access',
    'kk-denied-exclusive-2',
    'Meta компаниясы жоққа шығарды: Қазақстанның эксклюзивті қолжетімділігі жоқ.',
  ),
  p(
    'meta-denies-exclusive-access',
    'kk-not-exclusive',
    'Компания өкілінің айтуынша, бұл қолжетімділік эксклюзивті емес.',
  ),
  p('same-global-process', 'ru-as-in-other-countries', 'В Казахстане всё работает так, как и в других странах мира.'),
  p('same-global-process', 'ru-same-for-all', 'Порядок рассмотрения жалоб одинаков для всех правительств.'),
  p('same-global-process', 'kk-as-in-other-countries', 'Қазақстандағы процесс басқа елдердегідей.'),
  p('same-global-process', 'kk-global-process', 'Біз бірыңғай жаһандық процесті ұстанамыз.'),
  p('content-reporting-access', 'ru-internal-system', 'МИОР получило доступ к внутренней системе Facebook.'),
  p(
    'content-reporting-access',
    'ru-complaints-system',
    'Ведомство будет направлять обращения через систему жалоб Facebook.',
  ),
  p('content-reporting-access', 'kk-system-access', 'Министрлік компанияның ішкі жүйесіне қолжетімділік алды.'),
  p(
    'direct-channel-onboarded',
    'kk-direct-channel',
    'Қазақстан тікелей арна арқылы Facebook-тың жаһандық командаларымен байланысады.',
  ),
  p('easier-removal', 'ru-remove-faster', 'Власти смогут быстрее удалять публикации, которые считают незаконными.'),
  p('easier-removal', 'kk-remove-illegal', 'Бұл заңсыз контентті жоюды жеңілдетеді.'),
  p(
    'chen-harmful-content',
    'ru-fight-more-effectively',
    'Компания надеется, что правительство сможет эффективнее бороться с вредным контентом.',
  ),
  p('chen-harmful-content', 'kk-fight-harmful', 'Жүйе үкіметке зиянды контентпен күресуге көмектеседі.'),
  p('child-safety-aim', 'kk-cyberbullying', 'Заң кибербуллингке қарсы күресу үшін қабылданды.'),
  p('censorship-concerns', 'ru-censorship-weapon', 'Критики называют договоренность новым механизмом цензуры.'),
  p('censorship-concerns', 'ru-tighten-censorship', 'Правозащитники опасаются ужесточения цензуры в соцсетях.'),
  p('censorship-concerns', 'kk-censorship-tighten', 'Сыншылар бұл келісім цензураны күшейтеді деп алаңдайды.'),
  p('ready-to-soften-bill', 'kk-remove-tough-wording', 'Біз ең қатаң тұжырымдарды алып тастауға дайынбыз.'),
  p('training-october-28', 'ru-training-staff', 'Facebook провел тренинг для сотрудников МИОР.'),
  p('regular-channel', 'kk-regular-communication', 'Тараптар тұрақты байланыс тетігін құруға келісті.'),
  p(
    'regular-channel',
    'kk-authorised-representative',
    'Өңірлік кеңсенің уәкілетті өкілі министрлікпен тығыз жұмыс істейді.',
  ),
  p('hong-kong-office-region', 'kk-covers-region', 'Бұл кеңсе Қытайды, Моңғолияны және Орталық Азияны қамтиды.'),
  p('hong-kong-office-endorsed', 'ru-text-agreed', 'Министр настаивает, что текст был согласован с Meta.'),
  p('hong-kong-office-endorsed', 'ru-fully-endorsed', 'Министр сказала, что текст был полностью согласован.'),
  p('hong-kong-office-endorsed', 'kk-fully-endorsed', 'Мәлімдеме мәтінін кеңсе басшылығы толық мақұлдаған.'),
  p('facebook-users-kazakhstan', 'ru-3-2-million-kazakhstanis', 'По оценкам, 3,2 млн казахстанцев сидят в Facebook.'),
  p(
    'social-media-prosecutions',
    'ru-for-posts-in-social-media',
    'Активистов в Казахстане не раз преследовали за посты в соцсетях.',
  ),
  p('social-media-prosecutions', 'kk-for-facebook-posts', 'Белсенділер фейсбуктегі жазбалары үшін жауапқа тартылды.'),
  p('meta-denies-exclusive-access', 'ru-meta-refuted', 'Во вторник в Meta это опровергли.'),
  p('meta-denies-exclusive-access', 'ru-no-exclusivity', 'Но в компании говорят, что никакой эксклюзивности нет.'),
  p('meta-denies-exclusive-access', 'kk-meta-denied-it', 'Келесі күні Мета бұл сөзді жоққа шығарды.'),
  p('meta-denies-exclusive-access', 'kk-no-exclusivity', 'Компания ешқандай эксклюзивтілік жоқ дейді.'),
  p('meta-denies-exclusive-access', 'en-pushed-back', 'Meta pushed back a day later.'),
  p('same-global-process', 'kk-as-in-other-countries-2', 'Қазақстандағы үдеріс әлемнің басқа елдеріндегідей.'),
  p('training-october-28', 'en-trained-on-october-28', 'Facebook had trained its specialists on Oct. 28.'),
];

/** On-topic sentences that make none of the pack's claims. */
export const NEGATIVE_SAMPLES: readonly string[] = [
  // The Diplomat's own sentence with "exclusivity", which is not about access.
  'The same article criminalizes “propaganda of exclusivity, superiority or inferiority of citizens”.',
  'Kazakhstan is the largest country in Central Asia.',
  'Facebook issued a statement about Kazakhstan on Tuesday.',
  'The ministry published a report on internet access in rural Kazakhstan.',
  'Children in Kazakhstan use Facebook and Instagram every day.',
  'Meta denied the report about its new headset.',
  'Министерство опубликовало свое заявление о доступе в интернет.',
  'В Казахстане миллионы пользователей Facebook и Instagram.',
  'Meta провела встречу с казахстанскими журналистами в Алматы.',
];
