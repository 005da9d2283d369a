# One-off: adds Russian and Kazakh renderings of the built-in pack's topic-group labels
# (issue 14). Nominative noun phrases, so that the popup can list them after
# "Упоминаются:" / "Аталады:". Re-dumps the pack as it is written, so that nothing
# else in the file changes. Run from the repository root: python3 scripts/i18n/topic-label-renderings.py
import json

PACK = 'corpus/kazakhstan-facebook-crs.json'
LABELS = {
    'platform': ('Facebook / Meta', 'Facebook / Meta'),
    'country': ('Казахстан', 'Қазақстан'),
    'content-reporting-system': (
        'система информирования о контенте Facebook (Content Reporting System)',
        'Facebook-тың контент туралы хабарлау жүйесі (Content Reporting System)',
    ),
    'meta-spokespeople': (
        'представители Meta в этой истории (Джордж Чен, Бен Макконахи)',
        'Meta-ның осы оқиғадағы өкілдері (Джордж Чен, Бен Макконахи)',
    ),
    'access': ('прямой и эксклюзивный доступ', 'тікелей және эксклюзивті қолжетімділік'),
    'system-access': (
        'доступ к внутренней системе жалоб Facebook',
        'Facebook-тың ішкі хабарлау жүйесіне қолжетімділік',
    ),
    'story-claims': (
        'совместное заявление, «первое в Центральной Азии», гонконгский офис Meta',
        'бірлескен мәлімдеме, «Орталық Азияда бірінші», Meta-ның Гонконгтегі кеңсесі',
    ),
    'ministry': (
        'Министерство информации и общественного развития Казахстана',
        'Қазақстанның Ақпарат және қоғамдық даму министрлігі',
    ),
    'kazakh-officials': (
        'казахстанские чиновники и критики в этой истории (Балаева, Сарым, Джалилов)',
        'осы оқиғадағы қазақстандық шенеуніктер мен сыншылар (Балаева, Сарым, Жәлілов)',
    ),
    'moderation': ('вредный и незаконный контент', 'зиянды және заңсыз контент'),
}

with open(PACK, encoding='utf-8') as f:
    p = json.load(f)
groups = p['topic']['groups']
assert {g['id'] for g in groups} == set(LABELS), 'the pack has other groups than these'
for group in groups:
    ru, kk = LABELS[group['id']]
    group['translations'] = {'ru': {'label': ru}, 'kk': {'label': kk}}
with open(PACK, 'w', encoding='utf-8') as f:
    json.dump(p, f, ensure_ascii=False, indent=2)
    f.write('\n')
