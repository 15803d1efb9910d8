<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="bo_CN">
    <context>
        <name>Fonts</name>
        <message>
            <location filename="../ui/fonts.py" line="169" />
            <source>No Tibetan font is installed, so Tibetan text shows as empty boxes. Install the Windows optional feature “Tibetan Supplemental Fonts” (Microsoft Himalaya), or choose a Tibetan font file in Settings.</source>
            <translation>བོད་ཡིག་གི་ཡིག་གཟུགས་སྒྲིག་འཇུག་བྱས་མེད་པས། བོད་ཡིག་རྣམས་གྲུ་བཞི་སྟོང་པ་ལྟར་མངོན་གྱི་འདུག Windows ཡི་གདམ་ཀའི་ནུས་པ་ “Tibetan Supplemental Fonts” (Microsoft Himalaya) སྒྲིག་འཇུག་བྱེད་པའམ། ཡང་ན་སྒྲིག་འགོད་ནང་བོད་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་ཞིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="178" />
            <source>No Tibetan font is installed, so Tibetan text shows as empty boxes. Install %1, or choose a Tibetan font file in Settings.</source>
            <translation>བོད་ཡིག་གི་ཡིག་གཟུགས་སྒྲིག་འཇུག་བྱས་མེད་པས། བོད་ཡིག་རྣམས་གྲུ་བཞི་སྟོང་པ་ལྟར་མངོན་གྱི་འདུག %1 སྒྲིག་འཇུག་བྱེད་པའམ། ཡང་ན་སྒྲིག་འགོད་ནང་བོད་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་ཞིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="186" />
            <source>No Chinese font is installed. Install Microsoft YaHei or SimSun (Windows) or WenQuanYi Micro Hei / Noto Sans CJK SC (Linux), or choose a font file in Settings.</source>
            <translation>རྒྱ་ཡིག་གི་ཡིག་གཟུགས་སྒྲིག་འཇུག་བྱས་མེད། Microsoft YaHei འམ་ SimSun (Windows) ཡང་ན་ WenQuanYi Micro Hei / Noto Sans CJK SC (Linux) སྒྲིག་འཇུག་བྱེད་པའམ། སྒྲིག་འགོད་ནང་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་ཞིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="396" />
            <source>The Tibetan font file %1 could not be loaded.</source>
            <translation>བོད་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་ %1 འཇུག་མ་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="402" />
            <source>The Chinese font file %1 could not be loaded.</source>
            <translation>རྒྱ་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་ %1 འཇུག་མ་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="549" />
            <source>This file is not a font Qt can use: %1</source>
            <translation>ཡིག་ཆ་འདི་བེད་སྤྱོད་རུང་བའི་ཡིག་གཟུགས་མ་རེད། %1</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="553" />
            <source>This font has no Tibetan letters: %1</source>
            <translation>ཡིག་གཟུགས་འདིའི་ནང་བོད་ཡིག་གི་གསལ་བྱེད་མེད། %1</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="556" />
            <source>This font has no Chinese characters: %1</source>
            <translation>ཡིག་གཟུགས་འདིའི་ནང་རྒྱ་ཡིག་མེད། %1</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="610" />
            <source>Fonts missing</source>
            <translation>ཡིག་གཟུགས་མི་འདང་།</translation>
        </message>
    </context>
    <context>
        <name>TibetanLineEdit</name>
        <message>
            <source>Type Tibetan script here. Chinese characters belong in the Chinese name field.</source>
            <translation type="vanished">འདིར་བོད་ཡིག་འབྲི་རོགས། རྒྱ་ཡིག་ནི་རྒྱ་ཡིག་མིང་གི་རེའུ་མིག་ནང་འབྲི་དགོས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="147" />
            <source>“%1” is not valid Wylie. Correct it, or type the text in Tibetan script.</source>
            <translation>“%1” ནི་ཝ་ལི་ཡི་སྦྱོར་སྟངས་ཡང་དག་མིན། བཅོས་སྒྲིག་གནང་བའམ། ཡང་ན་བོད་ཡིག་ཐད་ཀར་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="141" />
            <source>Type Tibetan script here, not Latin letters. To type Tibetan with Latin letters, switch on Wylie input (the W button).</source>
            <translation>འདིར་བོད་ཡིག་འབྲི་དགོས། ལ་ཏིན་ཡི་གེ་མི་ཆོག ལ་ཏིན་ཡི་གེས་བོད་ཡིག་འབྲི་ན། ཝ་ལི་ནང་འཇུག་ (W མཐེབ་གཅུས།) ཁ་ཕྱེ་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="307" />
            <source>Wylie input is on: type Latin letters (bkra shis) and they become Tibetan script. Click W to type with a Tibetan keyboard instead.</source>
            <translation>ཝ་ལི་ནང་འཇུག་ཁ་ཕྱེ་ཡོད། ལ་ཏིན་ཡི་གེ (bkra shis) འབྲི་ན་བོད་ཡིག་ཏུ་འགྱུར། བོད་ཡིག་མཐེབ་གཞོང་གིས་འབྲི་ན་ W ལ་མནན་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="311" />
            <source>Wylie input is off: type with a Tibetan keyboard. Click W to type Tibetan with Latin letters (Wylie).</source>
            <translation>ཝ་ལི་ནང་འཇུག་ཁ་བརྒྱབ་ཡོད། བོད་ཡིག་མཐེབ་གཞོང་གིས་འབྲི་རོགས། ལ་ཏིན་ཡི་གེ (ཝ་ལི) ཡིས་བོད་ཡིག་འབྲི་ན་ W ལ་མནན་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="317" />
            <source>Wylie input</source>
            <translation>ཝ་ལི་ནང་འཇུག</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="138" />
            <source>Type Tibetan script here: Chinese characters are not allowed in this field.</source>
            <translation>འདིར་བོད་ཡིག་འབྲི་རོགས། རེའུ་མིག་འདིའི་ནང་རྒྱ་ཡིག་འབྲི་མི་ཆོག</translation>
        </message>
    </context>
    <context>
        <name>domain</name>
        <message>
            <location filename="../app/cli.py" line="213" />
            <source>There is no register at {path}. Create it first with the init command.</source>
            <translation>{path} ལ་ཐོ་དེབ་མེད། སྔོན་ལ་ init བཀའ་བརྡས་གསར་བཟོ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="427" />
            <source>Stopped.</source>
            <translation>མཚམས་བཞག་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="432" />
            <source>The file could not be written or read: {detail}. Check the disk or the USB stick and try again; nothing stored was changed.</source>
            <translation>ཡིག་ཆ་འབྲི་ཀློག་བྱེད་མ་ཐུབ། {detail}། སྡུད་སྡེར་རམ་ USB ཞིབ་བཤེར་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས། ཉར་ཚགས་བྱས་ཟིན་པའི་གཞི་གྲངས་ལ་འགྱུར་བ་མ་བྱུང་།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="451" />
            <source>Something went wrong that the program did not expect. Nothing stored was lost. Details are in {path}.</source>
            <translation>མཉེན་ཆས་ལ་རེ་སྒུག་མེད་པའི་ནོར་འཁྲུལ་ཞིག་བྱུང་། ཉར་ཚགས་བྱས་པའི་གཞི་གྲངས་མ་བརླགས། ཞིབ་ཕྲ་ {path} ནང་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="35" />
            <location filename="../app/domain/dates.py" line="63" />
            <source>{value} is not a date. Enter a date as year-month-day, such as 2023-05-01.</source>
            <translation>{value} ཚེས་གྲངས་མ་རེད། ཚེས་གྲངས་ལོ་-ཟླ་-ཚེས་ཀྱི་རིམ་པས་འབྲི་རོགས། དཔེར་ན་ 2023-05-01</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="39" />
            <source>The spreadsheet holds 29 February 1900, a day that did not exist. Enter the real date.</source>
            <translation>རེའུ་མིག་ནང་གི་ཚེས་གྲངས་ནི་ ༡༩༠༠ ལོའི་ཟླ་ ༢ ཚེས་ ༢༩ ཡིན་པ་དང་ཉིན་དེ་མེད། ཚེས་གྲངས་ངོ་མ་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="53" />
            <location filename="../app/domain/dates.py" line="58" />
            <source>Enter a date as year-month-day, such as 2023-05-01.</source>
            <translation>ཚེས་གྲངས་ལོ་-ཟླ་-ཚེས་ཀྱི་རིམ་པས་འབྲི་རོགས། དཔེར་ན་ 2023-05-01</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="86" />
            <location filename="../app/domain/lifecycle.py" line="86" />
            <source>The date {date} is in the future; today is {today}.</source>
            <translation>ཚེས་གྲངས་ {date} མ་འོངས་པའི་ཚེས་གྲངས་རེད། དེ་རིང་ནི་ {today} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="70" />
            <source>{value} is not a real date: check the month and the day.</source>
            <translation>{value} ཚེས་གྲངས་ངོ་མ་མ་རེད། ཟླ་བ་དང་ཚེས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="160" />
            <source>This record was changed elsewhere after you opened it. Close it and open it again.</source>
            <translation>ཁྱེད་ཀྱིས་ཟིན་ཐོ་འདི་ཁ་ཕྱེ་རྗེས་ས་གཞན་ནས་བཟོ་བཅོས་བྱས་འདུག ཁ་རྒྱག་རྗེས་ཡང་བསྐྱར་ཁ་ཕྱེ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="148" />
            <source>Record not found: {key}</source>
            <translation>ཟིན་ཐོ་རྙེད་མ་བྱུང་། {key}</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="170" />
            <location filename="../app/services/auth.py" line="103" />
            <source>Your account is not allowed to do this: {action}</source>
            <translation>ཁྱེད་ཀྱི་ཐོ་ཁོངས་ལ་བྱ་བ་འདི་བྱེད་དབང་མེད། {action}</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="116" />
            <source>Enter the household head's 18-character resident ID number.</source>
            <translation>ཁྱིམ་བདག་གི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ཡིག་འབྲུ་ ༡༨ འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="119" />
            <source>This is an old 15-digit ID number. Enter the 18-character number of the current ID card.</source>
            <translation>འདི་ནི་ཨང་ཀི་ ༡༥ ཅན་གྱི་ལག་ཁྱེར་ཨང་རྙིང་པ་ཡིན། ད་ལྟའི་ལག་ཁྱེར་སྟེང་གི་ཨང་ཡིག་འབྲུ་ ༡༨ འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="124" />
            <source>An ID number has 18 characters; this one has {count}. Check for a missing or extra digit.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ལ་ཡིག་འབྲུ་ ༡༨ ཡོད་དགོས། འདི་ལ་ {count} ཡོད། ཨང་ཀི་ཆད་པའམ་ལྷག་པ་ཡོད་མེད་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="131" />
            <source>An ID number holds only digits, and an X only as its last character; "{char}" is not allowed.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ལ་ཨང་ཀི་ཁོ་ན་དང་། མཐའ་མའི་ཡིག་འབྲུ་ཁོ་ན་ X ཡིན་ཆོག "{char}" མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="139" />
            <source>The ID number starts with {code}, which is not a province code. Check the first two digits.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གི་ཐོག་མ་ {code} ཡིན་པ་དེ་ཞིང་ཆེན་གྱི་ཨང་རྟགས་མ་རེད། ཨང་ཀི་དང་པོ་གཉིས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="158" />
            <source>The birth date in the ID number ({birth}) is in the future. Check digits 7 to 14.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ནང་གི་སྐྱེས་ཚེས་ ({birth}) མ་འོངས་པའི་ཚེས་གྲངས་རེད། ཨང་ཀི་ ༧ ནས་ ༡༤ བར་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="164" />
            <source>The birth date in the ID number ({birth}) is before 1900. Check digits 7 to 14.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ནང་གི་སྐྱེས་ཚེས་ ({birth}) ལོ་ ༡༩༠༠ གྱི་སྔོན་ལ་ཡོད། ཨང་ཀི་ ༧ ནས་ ༡༤ བར་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="172" />
            <source>The ID number's check digit is wrong: the last character should be {expected}. If the card shows {actual}, another digit was mistyped: compare the number with the card.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གི་ཞིབ་བཤེར་ཨང་ཀི་ནོར་འདུག མཐའ་མའི་ཡིག་འབྲུ་ {expected} ཡིན་དགོས། ལག་ཁྱེར་སྟེང་དུ་ {actual} ཡིན་ན་ཨང་ཀི་གཞན་ཞིག་ནོར་བྲིས་འདུག་པས། ལག་ཁྱེར་དང་བསྡུར་ནས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="152" />
            <source>The birth date in the ID number ({digits}) is not a real date. Check digits 7 to 14.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ནང་གི་སྐྱེས་ཚེས་ ({digits}) ཚེས་གྲངས་ངོ་མ་མ་རེད། ཨང་ཀི་ ༧ ནས་ ༡༤ བར་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="188" />
            <source>The area code {code} of this ID number is not in the list of county codes. The number can be saved; check it against the ID card.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་འདིའི་ས་ཁོངས་ཨང་རྟགས་ {code} རྫོང་གི་ཨང་རྟགས་ཐོ་གཞུང་ནང་མི་འདུག ཨང་འདི་ཉར་ཆོག་ཀྱང་ལག་ཁྱེར་དང་བསྡུར་ནས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="204" />
            <source>The area code {code} was retired in {year}, before the birth year {birth_year}. The number can be saved; check it against the ID card.</source>
            <translation>ས་ཁོངས་ཨང་རྟགས་ {code} ལོ་ {year} ལོར་བེད་སྤྱོད་མཚམས་བཞག་སྟེ་སྐྱེས་ལོ་ {birth_year} ཡི་སྔོན་ལ་ཡིན། ཨང་འདི་ཉར་ཆོག་ཀྱང་ལག་ཁྱེར་དང་བསྡུར་ནས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="96" />
            <source>The date {date} is before the record was registered ({first_date}).</source>
            <translation>ཚེས་གྲངས་ {date} ཐོ་འགོད་ཚེས་གྲངས་ ({first_date}) ཀྱི་སྔོན་ལ་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="150" />
            <source>A loan demand that is {from_status} cannot become {to_status}.</source>
            <translation>གནས་སྟངས་ "{from_status}" ཡིན་པའི་མ་དངུལ་དགོས་མཁོ་ "{to_status}" ལ་བསྒྱུར་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="161" />
            <source>Give the reason why the loan demand is {to_status}.</source>
            <translation>མ་དངུལ་དགོས་མཁོ་ "{to_status}" ཡིན་པའི་རྒྱུ་མཚན་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="235" />
            <source>A complaint that is {from_status} cannot become {to_status}.</source>
            <translation>གནས་སྟངས་ "{from_status}" ཡིན་པའི་ཞུ་གཏུག་ "{to_status}" ལ་བསྒྱུར་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="104" />
            <source>The date {date} is before the previous step ({previous}, {previous_date}).</source>
            <translation>ཚེས་གྲངས་ {date} གོ་རིམ་སྔ་མ་ ({previous}, {previous_date}) ཡི་སྔོན་ལ་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="174" />
            <source>Enter the amount the bank granted (more than zero).</source>
            <translation>དངུལ་ཁང་གིས་སྤྲད་པའི་དངུལ་གྲངས་འབྲི་རོགས། (ཀླད་ཀོར་ལས་མང་བ།)</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="400" />
            <location filename="../app/domain/lifecycle.py" line="187" />
            <source>A rate cannot be negative.</source>
            <translation>སྐྱེད་ཚད་ཀླད་ཀོར་ལས་ཆུང་བ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="189" />
            <source>The interest subsidy cannot be negative.</source>
            <translation>སྐྱེད་ཀ་རོགས་སྐྱོར་ཀླད་ཀོར་ལས་ཆུང་བ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="246" />
            <source>Enter the institution the complaint is transferred to.</source>
            <translation>ཞུ་གཏུག་སྤོ་སྐྱེལ་བྱེད་ཡུལ་གྱི་ལས་ཁུངས་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="179" />
            <source>The amount granted ({granted_yuan} yuan) is more than the amount asked ({asked_yuan} yuan). If the household asked for more, correct the demand first.</source>
            <translation>སྤྲད་པའི་དངུལ་གྲངས་ (སྒོར་ {granted_yuan}) རེ་ཞུ་བྱས་པའི་དངུལ་གྲངས་ (སྒོར་ {asked_yuan}) ལས་མང་། ཁྱིམ་ཚང་གིས་དེ་ལས་མང་བ་རེ་ཞུ་བྱས་ན་སྔོན་ལ་མ་དངུལ་དགོས་མཁོ་བཅོས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="372" />
            <location filename="../app/domain/lifecycle.py" line="199" />
            <source>The maturity date {maturity} must be after the grant date {date}.</source>
            <translation>དུས་ཚོད་ཚང་བའི་ཚེས་གྲངས་ {maturity} སྤྲད་པའི་ཚེས་གྲངས་ {date} ཀྱི་རྗེས་སུ་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="251" />
            <source>Describe the outcome: how the complaint was resolved.</source>
            <translation>མཇུག་འབྲས་འབྲི་རོགས། ཞུ་གཏུག་ཇི་ལྟར་ཐག་གཅོད་བྱས་པ།</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="258" />
            <source>Record whether the complainant is satisfied, or give the reason why this could not be asked.</source>
            <translation>ཞུ་གཏུག་པ་ཡིད་ཚིམ་མིན་ཐོ་འགོད་བྱེད་རོགས། ཡང་ན་འདྲི་མ་ཐུབ་པའི་རྒྱུ་མཚན་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="43" />
            <source>{value} is not an amount. Enter yuan, such as 50000, 5万 or 50,000.00.</source>
            <translation>{value} དངུལ་གྲངས་མ་རེད། སྒོར་གྱི་ཚད་གཞིས་འབྲི་རོགས། དཔེར་ན་ 50000 དང་ 5万 ཡང་ན་ 50,000.00</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="62" />
            <location filename="../app/domain/money.py" line="129" />
            <location filename="../app/domain/money.py" line="73" />
            <source>Enter an amount in yuan, such as 50000 or 5万.</source>
            <translation>སྒོར་གྱི་ཚད་གཞིས་དངུལ་གྲངས་འབྲི་རོགས། དཔེར་ན་ 50000 ཡང་ན་ 5万</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="90" />
            <source>The amount cannot be negative: {value}.</source>
            <translation>དངུལ་གྲངས་ཀླད་ཀོར་ལས་ཆུང་བ་མི་ཆོག {value}</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="92" />
            <location filename="../app/domain/money.py" line="131" />
            <source>The amount must be more than zero.</source>
            <translation>དངུལ་གྲངས་ཀླད་ཀོར་ལས་མང་བ་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="102" />
            <source>An amount has at most two decimals (fen); {value} has more.</source>
            <translation>དངུལ་གྲངས་ལ་ཚག་རྗེས་ཨང་ཀི་གཉིས་ (སྐར་མ) ལས་མང་བ་མི་ཆོག {value} ལ་དེ་ལས་མང་བ་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="144" />
            <location filename="../app/domain/money.py" line="155" />
            <source>Enter the yearly rate in percent, such as 4.35.</source>
            <translation>ལོ་རེའི་སྐྱེད་ཚད་བརྒྱ་ཆས་འབྲི་རོགས། དཔེར་ན་ 4.35</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="162" />
            <source>A rate cannot be negative: {value}.</source>
            <translation>སྐྱེད་ཚད་ཀླད་ཀོར་ལས་ཆུང་བ་མི་ཆོག {value}</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="167" />
            <source>A rate has at most two decimals in percent (4.35 for 4.35%); {value} has more.</source>
            <translation>སྐྱེད་ཚད་བརྒྱ་ཆ་ལ་ཚག་རྗེས་ཨང་ཀི་གཉིས་ལས་མང་བ་མི་ཆོག (4.35% ལ་ 4.35 འབྲི།) {value} ལ་དེ་ལས་མང་བ་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="173" />
            <source>A yearly rate of {value}% cannot be right: enter the rate in percent, such as 4.35.</source>
            <translation>ལོ་རེའི་སྐྱེད་ཚད་ {value}% ཡིན་མི་སྲིད། སྐྱེད་ཚད་བརྒྱ་ཆས་འབྲི་རོགས། དཔེར་ན་ 4.35</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="148" />
            <location filename="../app/domain/money.py" line="158" />
            <source>{value} is not a rate. Enter the yearly rate in percent, such as 4.35.</source>
            <translation>{value} སྐྱེད་ཚད་མ་རེད། ལོ་རེའི་སྐྱེད་ཚད་བརྒྱ་ཆས་འབྲི་རོགས། དཔེར་ན་ 4.35</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="22" />
            <source>An office code has 6 digits (county, GB/T 2260) or 9 or 12 digits (township or village statistical code).</source>
            <translation>ལས་ཁང་གི་ཨང་རྟགས་ནི་ཨང་གྲངས་ 6 (རྫོང་། GB/T 2260) ཡང་ན་ 9 དང་ 12 (ཞང་ངམ་གྲོང་ཚོའི་སྡོམ་རྩིས་ཨང་རྟགས།) ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="31" />
            <source>The level must be county, township or village.</source>
            <translation>རིམ་པ་ནི་རྫོང་། ཞང་། གྲོང་ཚོ་བཅས་ཀྱི་ཁྲོད་ནས་གཅིག་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="33" />
            <source>The office needs a Chinese name.</source>
            <translation>ལས་ཁང་ལ་རྒྱ་ཡིག་གི་མིང་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="35" />
            <source>The parent office code has 6, 9 or 12 digits.</source>
            <translation>གོང་རིམ་ལས་ཁང་གི་ཨང་རྟགས་ནི་ཨང་གྲངས་ 6 དང་ 9 ཡང་ན་ 12 ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="29" />
            <source>Office codes in Qinghai start with 63.</source>
            <translation>མཚོ་སྔོན་གྱི་ལས་ཁང་ཨང་རྟགས་ནི་ 63 ནས་འགོ་འཛུགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/phone.py" line="31" />
            <source>{value} is not a phone number. Enter an 11-digit mobile number such as 13812345678, or a landline with its area code such as 0971-8123456.</source>
            <translation>{value} ཁ་པར་ཨང་གྲངས་མ་རེད། ཨང་ཀི་ ༡༡ ཅན་གྱི་ལག་ཐོགས་ཁ་པར་ (དཔེར་ན་ 13812345678) ཡང་ན་ས་ཁོངས་ཨང་ཅན་གྱི་སྒྲིག་སྦྱར་ཁ་པར་ (དཔེར་ན་ 0971-8123456) འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/phone.py" line="67" />
            <source>The landline number {value} needs its area code in front, such as 0971-8123456.</source>
            <translation>སྒྲིག་སྦྱར་ཁ་པར་ {value} གྱི་མདུན་དུ་ས་ཁོངས་ཨང་དགོས། དཔེར་ན་ 0971-8123456</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="113" />
            <source>The borrower must be at most {max_age} years old on the registration date; the household head is {age}.</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས་ལ་དངུལ་བསྐྱིན་མཁན་གྱི་ལོ་ཚད་ {max_age} ལས་བརྒལ་མི་ཆོག ཁྱིམ་བདག་ལོ་ {age} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="293" />
            <location filename="../app/domain/products.py" line="96" />
            <source>The borrower must be between {min_age} and {max_age} years old on the registration date; the household head is {age}.</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས་ལ་དངུལ་བསྐྱིན་མཁན་གྱི་ལོ་ཚད་ {min_age} ནས་ {max_age} བར་ཡིན་དགོས། ཁྱིམ་བདག་ལོ་ {age} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="105" />
            <source>The borrower must be at least {min_age} years old on the registration date; the household head is {age}.</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས་ལ་དངུལ་བསྐྱིན་མཁན་གྱི་ལོ་ཚད་ {min_age} ལོན་དགོས། ཁྱིམ་བདག་ལོ་ {age} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="246" />
            <source>Up to {max_yuan} yuan.</source>
            <translation>མང་མཐའ་སྒོར་ {max_yuan}</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="248" />
            <source>A term of up to {max_months} months.</source>
            <translation>དུས་ཚོད་རིང་མཐའ་ཟླ་བ་ {max_months}</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="250" />
            <source>For production use only: note what the loan is for.</source>
            <translation>ཐོན་སྐྱེད་ཀྱི་ཆེད་དུ་ཁོ་ན་ཡིན། དངུལ་བསྐྱིན་གྱི་སྤྱོད་ཕྱོགས་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="252" />
            <source>No collateral and no guarantee needed.</source>
            <translation>གཏའ་མ་དང་འགན་ལེན་མི་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="254" />
            <source>The interest is subsidised.</source>
            <translation>སྐྱེད་ཀར་རོགས་སྐྱོར་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="113" />
            <location filename="../app/domain/products.py" line="256" />
            <source>The {product} is no longer offered.</source>
            <translation>{product} ད་ནས་མི་སྤྲོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="140" />
            <location filename="../app/domain/products.py" line="215" />
            <source>The {product} is only for these households: {allowed}. This household is: {status}.</source>
            <translation>{product} ནི་ཁྱིམ་ཚང་འདི་དག་ཁོ་ནར་དམིགས་ཡོད། {allowed} ཁྱིམ་ཚང་འདི་ནི། {status}</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="169" />
            <source>The {product} allows at most {max_yuan} yuan; {amount_yuan} yuan was asked.</source>
            <translation>{product} ལ་མང་མཐའ་སྒོར་ {max_yuan} ཆོག རེ་ཞུ་བྱས་པ་ནི་སྒོར་ {amount_yuan} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="181" />
            <source>The {product} allows a term of at most {max_months} months; {months} months was asked.</source>
            <translation>{product} ཡི་དུས་ཚོད་རིང་མཐའ་ཟླ་བ་ {max_months} ཡིན། རེ་ཞུ་བྱས་པ་ནི་ཟླ་བ་ {months} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="226" />
            <source>The {product} is for these households: {allowed}.</source>
            <translation>{product} ནི་ཁྱིམ་ཚང་འདི་དག་ལ་དམིགས་ཡོད། {allowed}</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="153" />
            <source>The household head's birth date is unknown, so the age limit of the {product} cannot be checked. Enter the ID number of the household head.</source>
            <translation>ཁྱིམ་བདག་གི་སྐྱེས་ཚེས་མི་གསལ་བས་ {product} ཡི་ལོ་ཚད་ཀྱི་ཚད་བཀག་ཞིབ་བཤེར་བྱེད་མི་ཐུབ། ཁྱིམ་བདག་གི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="237" />
            <source>Borrowers aged {min_age} to {max_age}.</source>
            <translation>དངུལ་བསྐྱིན་མཁན་གྱི་ལོ་ཚད་ {min_age} ནས་ {max_age} བར།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="242" />
            <source>Borrowers aged {min_age} or more.</source>
            <translation>དངུལ་བསྐྱིན་མཁན་གྱི་ལོ་ཚད་ {min_age} དང་དེ་ལས་མང་བ།</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="244" />
            <source>Borrowers aged {max_age} or less.</source>
            <translation>དངུལ་བསྐྱིན་མཁན་གྱི་ལོ་ཚད་ {max_age} དང་དེ་ལས་ཉུང་བ།</translation>
        </message>
        <message>
            <location filename="../app/domain/script.py" line="117" />
            <source>This is not valid Wylie: {text}</source>
            <translation>འདི་ནི་ཝ་ལི་ཡི་སྦྱོར་སྟངས་ཡང་དག་མིན། {text}</translation>
        </message>
        <message>
            <location filename="../app/services/households.py" line="96" />
            <source>This ID number is already registered for household {name}.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་འདི་ཁྱིམ་ཚང་ {name} གི་འོག་ཏུ་ཐོ་འགོད་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/services/households.py" line="104" />
            <source>Choose a village from the list.</source>
            <translation>ཐོ་གཞུང་ནང་ནས་གྲོང་ཚོ་ཞིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/loans.py" line="143" />
            <source>A demand that is already decided cannot be edited; record the next step instead.</source>
            <translation>ཐག་གཅོད་ཟིན་པའི་དགོས་མཁོ་བཟོ་བཅོས་བྱེད་མི་ཆོག རྗེས་མའི་གོ་རིམ་ཐོ་འགོད་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="78" />
            <location filename="../app/services/loans.py" line="94" />
            <source>Choose a loan product from the list.</source>
            <translation>ཐོ་གཞུང་ནང་ནས་དངུལ་བསྐྱིན་ཐོན་རྫས་ཤིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/loans.py" line="98" />
            <source>Choose the household this demand is for.</source>
            <translation>དགོས་མཁོ་འདི་གང་གི་ཡིན་པའི་ཁྱིམ་ཚང་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/ratings.py" line="60" />
            <source>Choose the household this rating is for.</source>
            <translation>རིམ་པ་གཏན་འཁེལ་འདི་གང་གི་ཡིན་པའི་ཁྱིམ་ཚང་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/ratings.py" line="88" />
            <source>This household already has a rating for {year}; open it to change it.</source>
            <translation>ཁྱིམ་ཚང་འདི་ལ་ལོ་ {year} གི་རིམ་པ་གཏན་འཁེལ་ཡོད་ཟིན། བཟོ་བཅོས་བྱེད་ན་ཁ་ཕྱེ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="57" />
            <source>This register has no office profile yet. Create it first (command: init, or the first-start form).</source>
            <translation>ཐོ་དེབ་འདིར་ད་དུང་ལས་ཁང་གི་ཆ་འཕྲིན་མེད། སྔོན་ལ་གསར་བཟོ་བྱེད་རོགས། (བཀའ་བརྡ་ init ཡང་ན་ཐེངས་དང་པོའི་འགོ་འཛུགས་རེའུ་མིག)</translation>
        </message>
        <message>
            <location filename="../app/services/workspace.py" line="328" />
            <source>This register already belongs to office {code}.</source>
            <translation>ཐོ་དེབ་འདི་ལས་ཁང་ {code} ལ་དབང་ཟིན།</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="316" />
            <source>This register was written by a newer release of the program (schema {found}, this program knows {known}). Install the newer release; the file was not changed.</source>
            <translation>ཐོ་དེབ་འདི་མཉེན་ཆས་ཀྱི་པར་གཞི་གསར་བ་ཞིག་གིས་བྲིས་འདུག (སྒྲོམ་གཞི་ {found}། མཉེན་ཆས་འདིས་ཤེས་པ་ {known})། པར་གཞི་གསར་བ་སྒྲིག་འཇུག་བྱེད་རོགས། ཡིག་ཆ་ལ་འགྱུར་བ་མ་བཏང་།</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="245" />
            <source>{path} is a folder, not a register file.</source>
            <translation>{path} ནི་ཡིག་ཁུག་ཡིན། ཐོ་དེབ་ཡིག་ཆ་མ་རེད།</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="105" />
            <source>{path} is not a register file or it is damaged ({detail}). Restore a backup.</source>
            <translation>{path} ནི་ཐོ་དེབ་ཡིག་ཆ་མ་རེད་པའམ་སྐྱོན་ཤོར་འདུག ({detail})། གྲབས་ཉར་སླར་གསོ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="61" />
            <source>The {script} font file chosen in Settings cannot be used for PDF output: {path} ({reason}).</source>
            <translation>སྒྲིག་འགོད་ནང་བདམས་པའི་ཡིག་གཟུགས་ཡིག་ཆ་ ({script}) PDF ཕྱིར་འདྲེན་ལ་བེད་སྤྱོད་བྱེད་མི་ཐུབ། {path} ({reason})།</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="17" />
            <source>Tibetan</source>
            <translation>བོད་ཡིག</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="18" />
            <source>Chinese</source>
            <translation>རྒྱ་ཡིག</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="19" />
            <source>Latin (digits and letters)</source>
            <translation>ལ་ཏིན་ཡི་གེ་དང་ཨང་ཀི</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="24" />
            <source>No Tibetan font was found for PDF output. On Debian or Ubuntu install it with `sudo apt install fonts-noto-core` (Noto Serif Tibetan) or `sudo apt install fonts-tibetan-machine`; on Windows the font Microsoft Himalaya (himalaya.ttf) is needed. You can also choose a Tibetan TrueType font file in Settings.</source>
            <translation>PDF ཕྱིར་འདྲེན་བྱེད་པར་བོད་ཡིག་གི་ཡིག་གཟུགས་རྙེད་མ་བྱུང་། Debian ནམ་ Ubuntu ཐོག་ `sudo apt install fonts-noto-core` (Noto Serif Tibetan) ཡང་ན་ `sudo apt install fonts-tibetan-machine` བརྒྱུད་སྒྲིག་འཇུག་བྱེད་རོགས། Windows ཐོག་ Microsoft Himalaya ཡིག་གཟུགས་ (himalaya.ttf) དགོས། ཡང་ན་སྒྲིག་འགོད་ནང་བོད་ཡིག་གི་ TrueType ཡིག་གཟུགས་ཡིག་ཆ་ཞིག་འདེམས་ཆོག</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="31" />
            <source>No Chinese font was found for PDF output. On Debian or Ubuntu install it with `sudo apt install fonts-wqy-microhei`; on Windows the font SimSun (simsun.ttc) or Microsoft YaHei (msyh.ttc) is needed. You can also choose a Chinese TrueType font file in Settings.</source>
            <translation>PDF ཕྱིར་འདྲེན་བྱེད་པར་རྒྱ་ཡིག་གི་ཡིག་གཟུགས་རྙེད་མ་བྱུང་། Debian ནམ་ Ubuntu ཐོག་ `sudo apt install fonts-wqy-microhei` བརྒྱུད་སྒྲིག་འཇུག་བྱེད་རོགས། Windows ཐོག་ SimSun (simsun.ttc) ཡང་ན་ Microsoft YaHei (msyh.ttc) དགོས། ཡང་ན་སྒྲིག་འགོད་ནང་རྒྱ་ཡིག་གི་ TrueType ཡིག་གཟུགས་ཡིག་ཆ་ཞིག་འདེམས་ཆོག</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="37" />
            <source>No Latin font was found for PDF output. On Debian or Ubuntu install it with `sudo apt install fonts-dejavu-core`; on Windows the font Arial (arial.ttf) is needed. You can also choose a TrueType font file in Settings.</source>
            <translation>PDF ཕྱིར་འདྲེན་བྱེད་པར་ལ་ཏིན་ཡི་གེའི་ཡིག་གཟུགས་རྙེད་མ་བྱུང་། Debian ནམ་ Ubuntu ཐོག་ `sudo apt install fonts-dejavu-core` བརྒྱུད་སྒྲིག་འཇུག་བྱེད་རོགས། Windows ཐོག་ Arial ཡིག་གཟུགས་ (arial.ttf) དགོས། ཡང་ན་སྒྲིག་འགོད་ནང་ TrueType ཡིག་གཟུགས་ཡིག་ཆ་ཞིག་འདེམས་ཆོག</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="52" />
            <source>the file does not exist</source>
            <translation>ཡིག་ཆ་དེ་མེད</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="53" />
            <source>it has PostScript (CFF) outlines, which PDF export cannot embed; choose a TrueType font (.ttf, or a .ttc with TrueType outlines)</source>
            <translation>དེ་ནི་ PostScript (CFF) ཕྱི་རིས་ཡིན་པས་ PDF ནང་འཇུག་མི་ཐུབ། TrueType ཡིག་གཟུགས་ (.ttf ཡང་ན་ TrueType ཕྱི་རིས་ཀྱི་ .ttc) ཞིག་འདེམས་རོགས</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="57" />
            <source>it is not a TrueType font file</source>
            <translation>དེ་ནི་ TrueType ཡིག་གཟུགས་ཡིག་ཆ་མིན</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="58" />
            <source>it does not contain the letters of this script</source>
            <translation>ཡིག་གཟུགས་འདིའི་ནང་ཡི་གེ་འདི་མེད</translation>
        </message>
        <message>
            <location filename="../app/commands/office.py" line="91" />
            <source>The register is sound.</source>
            <translation>ཐོ་དེབ་ལ་སྐྱོན་མེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="81" />
            <source>Describe what the complaint is about.</source>
            <translation>ཞུ་གཏུག་གི་ནང་དོན་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="87" />
            <source>Choose the complainant's household, or enter the complainant's name.</source>
            <translation>ཞུ་གཏུག་པའི་ཁྱིམ་ཚང་གདམ་པའམ་ཞུ་གཏུག་པའི་མིང་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="101" />
            <source>{value} is not a way a complaint can reach the office. Choose one from the list.</source>
            <translation>{value} ཞུ་གཏུག་ལེན་པའི་ལམ་ཀ་མ་རེད། ཐོ་གཞུང་ནས་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="145" />
            <source>No handler is named: every complaint should have one.</source>
            <translation>ལས་དོན་སྒྲུབ་མཁན་གཏན་འཁེལ་བྱས་མེད། ཞུ་གཏུག་རེ་རེར་ལས་དོན་སྒྲུབ་མཁན་ཡོད་དགོས།</translation>
        </message>
        <message>
            <source>{value} is not a code of the JR/T 0169-2018 list. Choose one from the list, or 99 for other.</source>
            <translation type="vanished">{value} ནི་ JR/T 0169-2018 ཡི་ཨང་རྟགས་མ་རེད། ཐོ་གཞུང་ནས་གདམ་རོགས། གཞན་ཡིན་ན་ 99 གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="138" />
            <source>The due date {due} is before the date the complaint was received ({received}).</source>
            <translation>དུས་བཀག་ {due} ཞུ་གཏུག་ལེན་པའི་ཚེས་གྲངས་ ({received}) ཀྱི་སྔོན་ལ་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="179" />
            <source>{value} is not an ethnicity of the list. Choose one from the list.</source>
            <translation>{value} མི་རིགས་ཀྱི་ཐོ་གཞུང་ནང་མི་འདུག ཐོ་གཞུང་ནས་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="186" />
            <source>{value} is not an industry of the list. Choose one from the list.</source>
            <translation>{value} ཐོན་ལས་ཀྱི་ཐོ་གཞུང་ནང་མི་འདུག ཐོ་གཞུང་ནས་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="102" />
            <source>Enter the household head's name in Chinese or in Tibetan script (at least one of the two).</source>
            <translation>ཁྱིམ་བདག་གི་མིང་རྒྱ་ཡིག་གམ་བོད་ཡིག་ཏུ་འབྲི་རོགས། (ཉུང་མཐར་གཅིག)</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="108" />
            <source>The Chinese name holds Tibetan letters. Put the Tibetan name in the Tibetan name field.</source>
            <translation>རྒྱ་ཡིག་མིང་ནང་བོད་ཡིག་གི་ཡི་གེ་འདུག བོད་ཡིག་མིང་བོད་ཡིག་མིང་གི་རེའུ་མིག་ནང་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="115" />
            <source>The Tibetan name must be in Tibetan script only. Without a Tibetan keyboard, switch the field to Wylie input and type the name in Wylie, such as bkra shis.</source>
            <translation>བོད་ཡིག་མིང་བོད་ཡིག་ཁོ་ནས་འབྲི་དགོས། བོད་ཡིག་ཐེབས་གཞོང་མེད་ན་རེའུ་མིག་དེ་ Wylie ནང་འཇུག་ལ་བརྗེས་ནས་མིང་ Wylie ཐོག་འབྲི་རོགས། དཔེར་ན་ bkra shis</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="169" />
            <source>The household has {size} members, so it cannot have {labour} workers.</source>
            <translation>ཁྱིམ་ཚང་འདིར་ཁྱིམ་མི་ {size} ཡོད་པས་ལས་ཤུགས་ {labour} ཡོད་མི་སྲིད།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="193" />
            <source>{value} is not a household status of the list. Choose one from the list.</source>
            <translation>{value} ཁྱིམ་ཚང་གི་གནས་སྟངས་ཐོ་གཞུང་ནང་མི་འདུག ཐོ་གཞུང་ནས་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="202" />
            <source>The preferred language must be Chinese, Tibetan or both; {value} was given.</source>
            <translation>སྤྱོད་གོམས་སྐད་ཡིག་ནི་རྒྱ་ཡིག་གམ་བོད་ཡིག་ཡང་ན་སྐད་གཉིས་ཡིན་དགོས། བྲིས་པ་ནི་ {value} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="135" />
            <source>By the ID number the household head is {age} years old. Check that this is the head of the household.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ལྟར་ན་ཁྱིམ་བདག་ལོ་ {age} ཡིན། འདི་ཁྱིམ་བདག་ཡིན་མིན་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="156" />
            <source>A household has at least 1 member; enter the number of people in the household.</source>
            <translation>ཁྱིམ་ཚང་རེར་ཉུང་མཐར་ཁྱིམ་མི་ ༡ ཡོད་དགོས། ཁྱིམ་མི་གྲངས་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="100" />
            <location filename="../app/domain/idnumber.py" line="110" />
            <source>The spreadsheet stored the ID number as a number, which loses its last digits. Format the column as text and type the number again.</source>
            <translation>རེའུ་མིག་གིས་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གྲངས་ཀ་ལྟར་ཉར་བས་མཇུག་གི་ཨང་ཀི་འགའ་བརླག་སོང་། སྟར་པ་དེ་ཡི་གེའི་རྣམ་པར་བསྒྱུར་ནས་ཨང་བསྐྱར་དུ་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="71" />
            <source>Choose the household that asks for the loan.</source>
            <translation>དངུལ་བསྐྱིན་རེ་ཞུ་བྱེད་མཁན་གྱི་ཁྱིམ་ཚང་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="86" />
            <location filename="../app/services/roster/plan.py" line="725" />
            <source>Enter the amount asked, in yuan.</source>
            <translation>རེ་ཞུ་བྱས་པའི་དངུལ་གྲངས་སྒོར་གྱི་ཚད་གཞིས་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="107" />
            <source>The product {code} does not match the product checked.</source>
            <translation>དངུལ་བསྐྱིན་ཐོན་རྫས་ {code} ཞིབ་བཤེར་བྱས་པའི་ཐོན་རྫས་དང་མི་མཐུན།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="148" />
            <source>The {product} is for production use: note what the loan is for.</source>
            <translation>{product} ནི་ཐོན་སྐྱེད་ཀྱི་ཆེད་དུ་ཡིན། དངུལ་བསྐྱིན་གྱི་སྤྱོད་ཕྱོགས་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="88" />
            <source>The amount asked must be more than zero.</source>
            <translation>རེ་ཞུ་བྱས་པའི་དངུལ་གྲངས་ཀླད་ཀོར་ལས་མང་བ་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="99" />
            <source>The term is a whole number of months, at least 1.</source>
            <translation>དུས་ཚོད་ནི་ཟླ་བའི་གྲངས་ཀ་ཧྲིལ་པོ་ཡིན་པ་དང་ཉུང་མཐར་ ༡ ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="43" />
            <location filename="../app/domain/numbers.py" line="46" />
            <location filename="../app/domain/numbers.py" line="55" />
            <source>{value} is not a whole number.</source>
            <translation>{value} གྲངས་ཀ་ཧྲིལ་པོ་མ་རེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="61" />
            <source>The number must be at least {minimum}; {value} was entered.</source>
            <translation>གྲངས་ཀ་ {minimum} ལས་ཉུང་བ་མི་ཆོག བྲིས་པ་ནི་ {value} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="40" />
            <source>Enter a whole number.</source>
            <translation>གྲངས་ཀ་ཧྲིལ་པོ་ཞིག་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="80" />
            <source>Choose the household that is rated.</source>
            <translation>རིམ་པ་གཏན་འཁེལ་བྱེད་ཡུལ་གྱི་ཁྱིམ་ཚང་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="97" />
            <source>A rating for {year} cannot be made on {rated_on}, before that year.</source>
            <translation>ལོ་ {year} ཡི་རིམ་པ་གཏན་འཁེལ་དེ་ལོ་དེའི་སྔོན་གྱི་ {rated_on} ལ་བྱེད་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="146" />
            <source>Name the bank's rater: the bank and the village rate each household together.</source>
            <translation>དངུལ་ཁང་གི་དཔྱད་མཁན་གྱི་མིང་འབྲི་རོགས། ཁྱིམ་ཚང་རེ་རེ་དངུལ་ཁང་དང་གྲོང་ཚོས་མཉམ་དུ་རིམ་པ་གཏན་འཁེལ་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="151" />
            <source>Name the village's rater: the bank and the village rate each household together.</source>
            <translation>གྲོང་ཚོའི་དཔྱད་མཁན་གྱི་མིང་འབྲི་རོགས། ཁྱིམ་ཚང་རེ་རེ་དངུལ་ཁང་དང་གྲོང་ཚོས་མཉམ་དུ་རིམ་པ་གཏན་འཁེལ་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="92" />
            <source>Enter the year the rating is for, such as {year}.</source>
            <translation>རིམ་པ་གཏན་འཁེལ་གྱི་ལོ་འབྲི་རོགས། དཔེར་ན་ {year}</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="109" />
            <source>Give the points for {criterion} (0 to {max}).</source>
            <translation>"{criterion}" ཡི་སྐར་གྲངས་འབྲི་རོགས། (0 ནས་ {max} བར།)</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="122" />
            <source>The points for {criterion} must be from 0 to {max}; {points} was given.</source>
            <translation>"{criterion}" ཡི་སྐར་གྲངས་ 0 ནས་ {max} བར་ཡིན་དགོས། བྲིས་པ་ནི་ {points} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="131" />
            <source>{criterion} is not a criterion of the score sheet.</source>
            <translation>"{criterion}" ནི་སྐར་གྲངས་རེའུ་མིག་གི་ཚད་གཞི་མ་རེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="142" />
            <source>A score is from 0 to 100; {points} was given.</source>
            <translation>སྐར་གྲངས་ 0 ནས་ 100 བར་ཡིན་དགོས། བྲིས་པ་ནི་ {points} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="170" />
            <source>The points add up to {score}, more than 100: the score sheet's maximum points must add up to 100.</source>
            <translation>སྐར་གྲངས་བསྡོམས་ {score} ཡིན་པས་ 100 ལས་བརྒལ་འདུག སྐར་གྲངས་རེའུ་མིག་གི་ཚད་གཞི་སོ་སོའི་སྐར་གྲངས་མཐོ་ཤོས་བསྡོམས་ 100 ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="84" />
            <source>Choose at least one topic the session was about.</source>
            <translation>ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར་གྱི་བརྗོད་གཞི་ཉུང་མཐར་གཅིག་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="97" />
            <source>The language of a session must be Chinese, Tibetan or both; {value} was given.</source>
            <translation>ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར་གྱི་སྐད་ཡིག་ནི་རྒྱ་ཡིག་གམ་བོད་ཡིག་ཡང་ན་སྐད་གཉིས་ཡིན་དགོས། བྲིས་པ་ནི་ {value} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="115" />
            <source>The number of women ({count}) cannot be more than the total attendance ({total}).</source>
            <translation>བུད་མེད་ཀྱི་གྲངས་ ({count}) ཞུགས་མི་བསྡོམས་གྲངས་ ({total}) ལས་མང་བ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="119" />
            <source>The number of people from poor households ({count}) cannot be more than the total attendance ({total}).</source>
            <translation>དབུལ་ཕོངས་ཁྱིམ་ཚང་གི་མི་གྲངས་ ({count}) ཞུགས་མི་བསྡོམས་གྲངས་ ({total}) ལས་མང་བ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="131" />
            <source>The attendance ({total}) cannot be below the number of linked attendees ({attendees}). Raise the count or remove attendees from the list.</source>
            <translation>ཞུགས་མི་གྲངས་ ({total}) འབྲེལ་མཐུད་བྱས་པའི་ཞུགས་མི་ ({attendees}) ལས་ཉུང་བ་མི་ཆོག གྲངས་ཀ་མཐོར་འདེགས་བྱེད་པའམ་ཐོ་གཞུང་ནས་ཞུགས་མི་སུབ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="140" />
            <source>No attendance is recorded for this session.</source>
            <translation>ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར་འདིའི་ཞུགས་མི་གྲངས་ཐོ་འགོད་བྱས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="89" />
            <source>{value} is not a topic of the list. Choose one from the list.</source>
            <translation>{value} བརྗོད་གཞིའི་ཐོ་གཞུང་ནང་མི་འདུག ཐོ་གཞུང་ནས་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="108" />
            <source>A count cannot be negative.</source>
            <translation>གྲངས་ཀ་ཀླད་ཀོར་ལས་ཆུང་བ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/commands/backup.py" line="54" />
            <source>Backup written and checked: {path}</source>
            <translation>གྲབས་ཉར་བྲིས་ནས་ཞིབ་བཤེར་བྱས་ཟིན། {path}</translation>
        </message>
        <message>
            <location filename="../app/commands/backup.py" line="81" />
            <source>Restored from {file}. The register as it was before is kept in {aside}.</source>
            <translation>{file} ནས་སླར་གསོ་བྱས་ཟིན། སྔོན་གྱི་ཐོ་དེབ་ {aside} ནང་ཉར་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="221" />
            <source>would be imported</source>
            <translation>ནང་འདྲེན་བྱ་རྒྱུ།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="221" />
            <source>imported</source>
            <translation>ནང་འདྲེན་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="191" />
            <source>Sheet {sheet}, header in row {row}. Columns: {columns}</source>
            <translation>ལས་ཤོག {sheet}། མགོ་བྱང་ཐིག་ཕྲེང་ {row} པར་ཡོད། སྟར་པ། {columns}</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="220" />
            <source>Rows read: {rows}</source>
            <translation>ཀློག་ཟིན་པའི་ཐིག་ཕྲེང་། {rows}</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="224" />
            <source>Households {verb}: {created} new, {updated} updated ({unchanged} already up to date).</source>
            <translation>ཞིང་འབྲོག་ཁྱིམ་ཚང་ {verb}། གསར་པ་ {created}། གསར་སྒྱུར་ {updated} ({unchanged} གསར་ཤོས་ཡིན་ཟིན།)</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="233" />
            <source>Loan demands: {loans}. New villages: {villages}.</source>
            <translation>མ་དངུལ་དགོས་མཁོ། {loans}། གྲོང་ཚོ་གསར་པ། {villages}།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="256" />
            <source>Skipped: {skipped}. Rows with errors: {errors}.</source>
            <translation>མཆོང་བ། {skipped}། ནོར་འཁྲུལ་ཡོད་པའི་ཐིག་ཕྲེང་། {errors}།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="219" />
            <source>Dry run: nothing was written.</source>
            <translation>ཚོད་ལྟ་ཙམ། གང་ཡང་བྲིས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="248" />
            <source>Duplicates ({count}, {action}): rows {rows}</source>
            <translation>བསྐྱར་ཟློས། ({count}། {action}) ཐིག་ཕྲེང་ {rows}</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="277" />
            <source>… and {count} more rows with errors (see the error list file).</source>
            <translation>… ད་དུང་ནོར་འཁྲུལ་ཡོད་པའི་ཐིག་ཕྲེང་ {count} ཡོད། (ནོར་འཁྲུལ་ཐོ་གཞུང་ཡིག་ཆར་ལྟོས།)</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="283" />
            <source>Nothing was imported: with --strict every row must be valid.</source>
            <translation>གང་ཡང་ནང་འདྲེན་བྱས་མེད། --strict སྤྱོད་སྐབས་ཐིག་ཕྲེང་ཚང་མ་འཐུས་ཚང་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="169" />
            <location filename="../app/commands/import_roster.py" line="113" />
            <source>The {count} rows with errors were written to {path}.</source>
            <translation>ནོར་འཁྲུལ་ཡོད་པའི་ཐིག་ཕྲེང་ {count} ནི་ {path} ནང་བྲིས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="94" />
            <source>{code} is not a loan product code. The codes are: {codes}.</source>
            <translation>{code} ནི་དངུལ་བསྐྱིན་ཐོན་རྫས་ཀྱི་ཨང་རྟགས་མ་རེད། ཨང་རྟགས་ནི། {codes}།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="251" />
            <source>skipped</source>
            <translation>མཆོང་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="251" />
            <location filename="../app/services/sync.py" line="206" />
            <source>updated</source>
            <translation>གསར་སྒྱུར་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="272" />
            <source>Row {row}</source>
            <translation>ཐིག་ཕྲེང་ {row}</translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="78" />
            <source>New password: </source>
            <translation>གསང་ཨང་གསར་པ། </translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="79" />
            <source>The same password again: </source>
            <translation>གསང་ཨང་དེ་ཉིད་ཡང་བསྐྱར་འབྲི་རོགས། </translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="81" />
            <source>The two passwords differ; nothing was changed.</source>
            <translation>གསང་ཨང་གཉིས་མི་མཐུན་པས། གང་ཡང་བཟོ་བཅོས་བྱས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="237" />
            <location filename="../app/cli.py" line="286" />
            <source>This register has accounts: give your account name with --user NAME.</source>
            <translation>ཐོ་དེབ་འདིར་ཐོ་ཁོངས་ཡོད། --user NAME བརྒྱུད་ཁྱེད་ཀྱི་ཐོ་ཁོངས་མིང་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="321" />
            <source>Password for {name}: </source>
            <translation>{name} ཡི་གསང་ཨང་། </translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="94" />
            <source>Account {name} created ({role}).</source>
            <translation>ཐོ་ཁོངས་ {name} གསར་བཟོ་བྱས་ཟིན། ({role})</translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="132" />
            <source>The password of {name} was changed.</source>
            <translation>{name} ཡི་གསང་ཨང་བཟོ་བཅོས་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="147" />
            <source>Account {name}: done.</source>
            <translation>ཐོ་ཁོངས་ {name}། ལེགས་གྲུབ།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="35" />
            <source>Office head (administrator)</source>
            <translation>ལས་ཁང་གི་འགན་འཛིན། (དོ་དམ་པ།)</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="36" />
            <source>Village cadre</source>
            <translation>གྲོང་ཚོའི་ལས་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="37" />
            <source>Bank officer</source>
            <translation>དངུལ་ཁང་གི་ལས་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="56" />
            <source>change the registers</source>
            <translation>ཐོ་དེབ་བཟོ་བཅོས།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="57" />
            <source>record a bank decision on a loan demand (approve, grant, reject)</source>
            <translation>མ་དངུལ་དགོས་མཁོའི་སྐོར་དངུལ་ཁང་གི་ཐག་གཅོད་ཐོ་འགོད། (ཆོག་མཆན། སྤྲོད་པ། ཁས་མི་ལེན་པ།)</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="58" />
            <source>give the bank's score of a credit rating</source>
            <translation>ཡིད་རྟོན་རིམ་པ་གཏན་འཁེལ་གྱི་དངུལ་ཁང་སྐར་གྲངས་སྤྲོད་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="59" />
            <source>see full ID numbers</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ཆ་ཚང་ལྟ་བ།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="60" />
            <source>manage user accounts</source>
            <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས་དོ་དམ།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="61" />
            <source>change the settings</source>
            <translation>སྒྲིག་འགོད་བཟོ་བཅོས།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="62" />
            <source>make a backup</source>
            <translation>གྲབས་ཉར་བྱེད་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="63" />
            <source>restore a backup</source>
            <translation>གྲབས་ཉར་སླར་གསོ།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="64" />
            <source>read the audit log</source>
            <translation>ཞིབ་བཤེར་ཉིན་ཐོ་ཀློག་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="396" />
            <source>This account is locked after {n} wrong passwords. Try again in {minutes} minutes, or ask the office head to unlock it.</source>
            <translation>གསང་ཨང་ཐེངས་ {n} ནོར་བས་ཐོ་ཁོངས་འདི་ཟྭ་བརྒྱབ་ཟིན། སྐར་མ་ {minutes} རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་པའམ། ལས་ཁང་གི་འགན་འཛིན་ལ་ཟྭ་འབྱེད་རོགས་ཞུ།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="67" />
            <source>The account name or the password is wrong.</source>
            <translation>ཐོ་ཁོངས་མིང་ངམ་གསང་ཨང་ནོར་འདུག</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="200" />
            <source>Type a password; an account cannot have an empty one.</source>
            <translation>གསང་ཨང་འབྲི་རོགས། ཐོ་ཁོངས་ལ་གསང་ཨང་སྟོང་པ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="203" />
            <source>The password is too short: use at least {n} characters.</source>
            <translation>གསང་ཨང་ཐུང་དྲགས། ཉུང་མཐར་ཡི་གེ་ {n} སྤྱོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="206" />
            <source>The password must not be the account name.</source>
            <translation>གསང་ཨང་ཐོ་ཁོངས་མིང་དང་གཅིག་པ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="216" />
            <source>Type a name for the account.</source>
            <translation>ཐོ་ཁོངས་ཀྱི་མིང་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="218" />
            <source>An account name has at most 40 characters and no spaces.</source>
            <translation>ཐོ་ཁོངས་མིང་ལ་ཡི་གེ་ 40 ལས་མང་བ་མི་ཆོག བར་སྟོང་ཡང་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="224" />
            <source>Choose a role: admin, cadre or bank_officer.</source>
            <translation>འགན་ཞིག་འདེམས་རོགས། admin དང་ cadre ཡང་ན་ bank_officer།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="255" />
            <source>The first account must be the office head's (role admin), so that someone can manage the others.</source>
            <translation>ཐོ་ཁོངས་དང་པོ་ནི་ལས་ཁང་འགན་འཛིན་གྱི་ (འགན་ admin) ཡིན་དགོས། དེས་ཐོ་ཁོངས་གཞན་དོ་དམ་བྱེད་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="261" />
            <source>There is already an account named {name}.</source>
            <translation>{name} ཞེས་པའི་ཐོ་ཁོངས་ཡོད་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="326" />
            <location filename="../app/services/auth.py" line="349" />
            <location filename="../app/services/auth.py" line="362" />
            <location filename="../app/services/auth.py" line="303" />
            <source>There is no account named {name}.</source>
            <translation>{name} ཞེས་པའི་ཐོ་ཁོངས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="352" />
            <source>This is the last active admin account; create another admin before disabling it.</source>
            <translation>འདི་ནི་ད་ལྟ་སྤྱོད་བཞིན་པའི་དོ་དམ་པའི་ཐོ་ཁོངས་མཐའ་མ་ཡིན། མཚམས་འཇོག་གི་སྔོན་ལ་དོ་དམ་པ་གཞན་ཞིག་གསར་བཟོ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="364" />
            <source>This is the last active admin account; make another account admin first.</source>
            <translation>འདི་ནི་ད་ལྟ་སྤྱོད་བཞིན་པའི་དོ་དམ་པའི་ཐོ་ཁོངས་མཐའ་མ་ཡིན། སྔོན་ལ་ཐོ་ཁོངས་གཞན་ཞིག་དོ་དམ་པར་བཟོ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="440" />
            <source>This account is disabled. Ask the office head.</source>
            <translation>ཐོ་ཁོངས་འདི་མཚམས་བཞག་ཟིན། ལས་ཁང་གི་འགན་འཛིན་ལ་འདྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="457" />
            <source>The account name or the password is wrong. {left} tries left before the account is locked.</source>
            <translation>ཐོ་ཁོངས་མིང་ངམ་གསང་ཨང་ནོར་འདུག ཐོ་ཁོངས་ཟྭ་མ་བརྒྱབ་གོང་ཚོད་ལྟ་ཐེངས་ {left} ལྷག་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="160" />
            <source>The lock time must be between 1 and 1440 minutes.</source>
            <translation>ཟྭ་རྒྱག་དུས་ཚོད་སྐར་མ་ 1 ནས་ 1440 བར་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="164" />
            <source>The idle time must be between 0 (never) and 480 minutes.</source>
            <translation>ལས་མེད་དུས་ཚོད་སྐར་མ་ 0 (གཏན་ནས་མིན།) ནས་ 480 བར་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="331" />
            <source>The current password is wrong.</source>
            <translation>ད་ལྟའི་གསང་ཨང་ནོར་འདུག</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="168" />
            <location filename="../app/services/backup.py" line="531" />
            <source>There is no backup file at {path}.</source>
            <translation>{path} ལ་གྲབས་ཉར་ཡིག་ཆ་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="463" />
            <source>{path} belongs to another office ({other}), not to this register's office ({mine}); it was not restored.</source>
            <translation>{path} ནི་ལས་ཁང་གཞན་ ({other}) གྱི་ཡིན། ཐོ་དེབ་འདིའི་ལས་ཁང་ ({mine}) གི་མིན་པས། སླར་གསོ་བྱས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="181" />
            <source>{path} cannot be opened as a register ({detail}).</source>
            <translation>{path} ཐོ་དེབ་ལྟར་ཁ་ཕྱེ་མི་ཐུབ། ({detail})</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="196" />
            <source>{path} is damaged (integrity check: {detail}); it cannot be used.</source>
            <translation>{path} ལ་སྐྱོན་ཤོར་འདུག (ཆ་ཚང་ཞིབ་བཤེར། {detail}) བེད་སྤྱོད་བྱེད་མི་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="202" />
            <source>{path} was made by a newer release of the program (schema {found}, this program knows {known}). Install the newer release to restore it.</source>
            <translation>{path} ནི་མཉེན་ཆས་ཀྱི་པར་གཞི་གསར་བས་བཟོས་འདུག (སྒྲོམ་གཞི་ {found}། མཉེན་ཆས་འདིས་ཤེས་པ་ {known})། སླར་གསོ་བྱེད་ན་པར་གཞི་གསར་བ་སྒྲིག་འཇུག་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="218" />
            <source>{path} holds no office register (no office profile); it cannot be used.</source>
            <translation>{path} ནང་ལས་ཁང་གི་ཐོ་དེབ་མེད། (ལས་ཁང་གི་ཆ་འཕྲིན་མེད།) བེད་སྤྱོད་བྱེད་མི་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="277" />
            <source>The backup folder {path} cannot be created ({detail}).</source>
            <translation>གྲབས་ཉར་ཡིག་ཁུག་ {path} གསར་བཟོ་བྱེད་མི་ཐུབ། ({detail})</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="491" />
            <source>The current register could not be kept aside ({detail}), so nothing was restored.</source>
            <translation>ད་ལྟའི་ཐོ་དེབ་ཟུར་དུ་ཉར་མ་ཐུབ་པས། ({detail}) གང་ཡང་སླར་གསོ་བྱས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="501" />
            <source>The backup could not be copied in ({detail}). The register as it was is kept in {aside}.</source>
            <translation>གྲབས་ཉར་འདྲ་བཤུས་བྱེད་མ་ཐུབ། ({detail}) སྔོན་གྱི་ཐོ་དེབ་ {aside} ནང་ཉར་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="190" />
            <source>{path} is not a register or it is damaged ({detail}); it cannot be used.</source>
            <translation>{path} ནི་ཐོ་དེབ་མ་རེད་པའམ་སྐྱོན་ཤོར་འདུག ({detail}) བེད་སྤྱོད་བྱེད་མི་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="302" />
            <source>The backup copy in {path} failed its check, so it was deleted; the register itself is unchanged. Try another folder or stick.</source>
            <translation>{path} ནང་གི་གྲབས་ཉར་འདྲ་བཤུས་ཞིབ་བཤེར་ལ་མ་འཕྲོད་པས་བསུབ་ཟིན། ཐོ་དེབ་རང་ལ་འགྱུར་བ་མེད། ཡིག་ཁུག་གམ་ USB གཞན་ཞིག་ལ་ཚོད་ལྟ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="310" />
            <source>There is not enough free space in {path} for the backup. Nothing was written there and the register is unchanged; free some space or use another stick.</source>
            <translation>{path} ནང་གྲབས་ཉར་གྱི་བར་སྟོང་མི་འདང་། གང་ཡང་བྲིས་མེད། ཐོ་དེབ་ལ་འགྱུར་བ་མེད། བར་སྟོང་ཕྱེ་བའམ་ USB གཞན་ཞིག་སྤྱོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="318" />
            <source>The backup could not be written to {path} ({detail}). The register is unchanged; check the folder or the stick and try again.</source>
            <translation>གྲབས་ཉར་ {path} ལ་འབྲི་མ་ཐུབ། ({detail}) ཐོ་དེབ་ལ་འགྱུར་བ་མེད། ཡིག་ཁུག་གམ་ USB ཞིབ་བཤེར་བྱས་ནས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="485" />
            <source>There is not enough free space to keep the current register aside, so nothing was restored. Free some space and try again.</source>
            <translation>ད་ལྟའི་ཐོ་དེབ་ཟུར་དུ་ཉར་བའི་བར་སྟོང་མི་འདང་བས་གང་ཡང་སླར་གསོ་བྱས་མེད། བར་སྟོང་ཕྱེ་ནས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="93" />
            <location filename="../app/services/indicators.py" line="101" />
            <source>The end date {end} is before the start date {start}.</source>
            <translation>མཇུག་གི་ཚེས་གྲངས་ {end} ནི་འགོ་འཛུགས་ཚེས་གྲངས་ {start} ལས་སྔ་བ་རེད།</translation>
        </message>
        <message>
            <location filename="../app/services/indicators.py" line="91" />
            <source>A month is written as year-month, such as {example}.</source>
            <translation>ཟླ་བ་ནི་ལོ་-ཟླ་ལྟར་འབྲི་དགོས། དཔེར་ན། {example}།</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="182" />
            <source>This is not an office key file of this program ({detail}).</source>
            <translation>འདི་ནི་མཉེན་ཆས་འདིའི་ལས་ཁང་ལྡེ་མིག་ཡིག་ཆ་མ་རེད། ({detail})</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="269" />
            <location filename="../app/services/keys.py" line="326" />
            <source>This key file is this office's own key.</source>
            <translation>ལྡེ་མིག་ཡིག་ཆ་འདི་ལས་ཁང་འདི་རང་གི་ལྡེ་མིག་ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="273" />
            <source>Office {code} ({name}) is under office {parent}, not under this office ({local}). Only offices directly below this one can be registered here.</source>
            <translation>ལས་ཁང་ {code} ({name}) ནི་ལས་ཁང་ {parent} གི་འོག་ཡིན། ལས་ཁང་འདི་ ({local}) ཡི་འོག་མིན། འདིར་ལས་ཁང་འདིའི་ཐད་ཀའི་འོག་རིམ་ཁོ་ན་ཐོ་འགོད་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="285" />
            <source>Office {code} is a {level} office; only lower-level offices can report to this one.</source>
            <translation>ལས་ཁང་ {code} ནི་ {level} རིམ་གྱི་ལས་ཁང་ཡིན། འོག་རིམ་ལས་ཁང་ཁོ་ནས་ལས་ཁང་འདིར་སྙན་ཞུ་ཕུལ་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="204" />
            <source>The key file {path} cannot be read: {detail}.</source>
            <translation>ལྡེ་མིག་ཡིག་ཆ་ {path} ཀློག་མི་ཐུབ། {detail}།</translation>
        </message>
        <message>
            <location filename="../app/services/lock.py" line="269" />
            <location filename="../app/services/lock.py" line="285" />
            <location filename="../app/services/lock.py" line="288" />
            <source>network drive</source>
            <translation>དྲ་རྒྱའི་སྡུད་སྒམ།</translation>
        </message>
        <message>
            <location filename="../app/services/lock.py" line="272" />
            <location filename="../app/services/lock.py" line="274" />
            <location filename="../app/services/lock.py" line="290" />
            <source>removable drive (USB stick or memory card)</source>
            <translation>སྤོ་རུང་སྡུད་སྒམ། (USB འམ་ཉར་ཚགས་བྱང་བུ།)</translation>
        </message>
        <message>
            <location filename="../app/services/lock.py" line="301" />
            <source>The register {path} is on a {reason}. The program keeps its register only on this computer's own disk, because such drives can lose saved changes. Copy the file to the computer (or restore it from a backup) and open it there; use Backup to carry it on a stick.</source>
            <translation>ཐོ་དེབ་ {path} ནི་ {reason} སྟེང་ཡོད། སྡུད་སྒམ་དེ་རིགས་ཀྱིས་ཉར་ཚགས་བྱས་པའི་བཟོ་བཅོས་བརླག་སྲིད་པས། མཉེན་ཆས་འདིས་ཐོ་དེབ་གློག་ཀླད་འདི་རང་གི་སྡུད་སྡེར་སྟེང་ཁོ་ནར་ཉར། ཡིག་ཆ་གློག་ཀླད་ལ་འདྲ་བཤུས་ (ཡང་ན་གྲབས་ཉར་ནས་སླར་གསོ།) བྱས་ནས་ཁ་ཕྱེ་རོགས། USB ཡིས་འཁྱེར་ན་ “གྲབས་ཉར།” སྤྱོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/lock.py" line="127" />
            <source>The register {path} is already open in another copy of the program. Close that copy first, then try again.</source>
            <translation>ཐོ་དེབ་ {path} མཉེན་ཆས་གཞན་ཞིག་གི་ནང་ཁ་ཕྱེ་ཟིན། སྔོན་ལ་དེ་ཁ་རྒྱག་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/lock.py" line="119" />
            <source>The register {path} is already open in another copy of the program ({holder}). Close that copy first, then try again.</source>
            <translation>ཐོ་དེབ་ {path} མཉེན་ཆས་གཞན་ཞིག་གི་ནང་ཁ་ཕྱེ་ཟིན། ({holder}) སྔོན་ལ་དེ་ཁ་རྒྱག་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="31" />
            <location filename="../app/services/reports.py" line="245" />
            <source>Give the month as year-month, for example 2026-10.</source>
            <translation>ཟླ་བ་ནི་ལོ་-ཟླ་ལྟར་འབྲི་རོགས། དཔེར་ན། 2026-10།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/__init__.py" line="231" />
            <source>No header row was found in the sheet {sheet} of {name}: none of its first rows names columns such as 户主姓名 or 身份证号码. Choose the header row and the columns in the import wizard.</source>
            <translation>{name} ཡི་ལས་ཤོག་ {sheet} ནང་མགོ་བྱང་ཐིག་ཕྲེང་རྙེད་མ་བྱུང་། ཐིག་ཕྲེང་དང་པོ་ཁག་གི་ནང་ 户主姓名 དང་ 身份证号码 ལྟ་བུའི་སྟར་པའི་མིང་མེད། ནང་འདྲེན་ལམ་སྟོན་ནང་མགོ་བྱང་ཐིག་ཕྲེང་དང་སྟར་པ་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/__init__.py" line="242" />
            <source>The sheet {sheet} of {name} has no column for the household head's name or for the ID number, so its rows cannot be matched to households. Name the columns 户主姓名 and 身份证号码, or choose them in the import wizard.</source>
            <translation>{name} ཡི་ལས་ཤོག་ {sheet} ནང་ཁྱིམ་བདག་གི་མིང་ངམ་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གི་སྟར་པ་མེད་པས། ཐིག་ཕྲེང་རྣམས་ཁྱིམ་ཚང་དང་སྦྲེལ་མི་ཐུབ། སྟར་པའི་མིང་ 户主姓名 དང་ 身份证号码 ཞེས་འདོགས་པའམ། ནང་འདྲེན་ལམ་སྟོན་ནང་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="36" />
            <source>Household head's name</source>
            <translation>ཁྱིམ་བདག་གི་མིང་།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="66" />
            <source>Name in Tibetan script</source>
            <translation>བོད་ཡིག་གི་མིང་།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="170" />
            <location filename="../app/registry.py" line="254" />
            <location filename="../app/services/cards.py" line="196" />
            <location filename="../app/services/report_document.py" line="485" />
            <location filename="../app/services/roster/columns.py" line="82" />
            <source>ID number</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="20" />
            <location filename="../app/registry.py" line="257" />
            <location filename="../app/services/cards.py" line="199" />
            <location filename="../app/services/roster/columns.py" line="109" />
            <source>Phone</source>
            <translation>འབྲེལ་གཏུག་ཁ་པར།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="260" />
            <location filename="../app/services/cards.py" line="202" />
            <location filename="../app/services/roster/columns.py" line="131" />
            <source>Household size</source>
            <translation>ཁྱིམ་མི་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="150" />
            <source>Workers</source>
            <translation>ལས་ཀའི་ནུས་ཤུགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="17" />
            <location filename="../app/registry.py" line="171" />
            <location filename="../app/registry.py" line="143" />
            <location filename="../app/registry.py" line="258" />
            <location filename="../app/registry.py" line="346" />
            <location filename="../app/services/cards.py" line="200" />
            <location filename="../app/services/report_document.py" line="50" />
            <location filename="../app/services/report_document.py" line="486" />
            <location filename="../app/services/roster/columns.py" line="156" />
            <source>Village</source>
            <translation>གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="18" />
            <location filename="../app/registry.py" line="259" />
            <location filename="../app/services/cards.py" line="201" />
            <location filename="../app/services/roster/columns.py" line="162" />
            <source>Group</source>
            <translation>ཚོ་ཆུང་།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="264" />
            <location filename="../app/services/cards.py" line="206" />
            <location filename="../app/services/roster/columns.py" line="168" />
            <source>Household status</source>
            <translation>ཁྱིམ་ཚང་གི་གནས་སྟངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="262" />
            <location filename="../app/services/cards.py" line="204" />
            <location filename="../app/services/roster/columns.py" line="188" />
            <source>Ethnicity</source>
            <translation>མི་རིགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="191" />
            <source>Main industry</source>
            <translation>ཐོན་ལས་གཙོ་བོ།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="206" />
            <source>Address</source>
            <translation>གནས་ཡུལ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="357" />
            <location filename="../app/services/roster/columns.py" line="228" />
            <source>Notes</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="231" />
            <source>Loan amount</source>
            <translation>དངུལ་བསྐྱིན་གྲངས་འབོར།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="259" />
            <source>Loan term</source>
            <translation>དངུལ་བསྐྱིན་དུས་ཚོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="28" />
            <location filename="../app/domain/visits.py" line="21" />
            <location filename="../app/registry.py" line="301" />
            <location filename="../app/services/cards.py" line="261" />
            <location filename="../app/services/report_document.py" line="487" />
            <location filename="../app/services/roster/columns.py" line="277" />
            <source>Loan product</source>
            <translation>དངུལ་བསྐྱིན་ཐོན་རྫས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="283" />
            <source>Registration date</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="302" />
            <location filename="../app/services/roster/columns.py" line="302" />
            <source>Purpose</source>
            <translation>སྤྱོད་ཕྱོགས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="306" />
            <location filename="../app/services/roster/columns.py" line="308" />
            <source>Bank</source>
            <translation>དངུལ་ཁང་།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="415" />
            <source>(not imported)</source>
            <translation>(ནང་འདྲེན་མི་བྱེད།)</translation>
        </message>
        <message>
            <location filename="../app/services/roster/errors_xlsx.py" line="60" />
            <source>Row in the roster</source>
            <translation>མིང་ཐོའི་ནང་གི་ཐིག་ཕྲེང་།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/errors_xlsx.py" line="61" />
            <source>What to fix</source>
            <translation>བཅོས་དགོས་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/errors_xlsx.py" line="113" />
            <location filename="../app/services/roster/errors_xlsx.py" line="39" />
            <source>Rows to fix</source>
            <translation>བཅོས་དགོས་པའི་ཐིག་ཕྲེང་།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/plan.py" line="774" />
            <source>No registration date: the demand is registered with today's date.</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས་མེད། དགོས་མཁོ་དེ་དེ་རིང་གི་ཚེས་གྲངས་ལྟར་ཐོ་འགོད་བྱས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/plan.py" line="604" />
            <source>{value} is not an ethnicity of the list; it is recorded as Other.</source>
            <translation>{value} ནི་མི་རིགས་ཐོ་གཞུང་ནང་མེད་པས། “གཞན།” ལྟར་ཐོ་འགོད་བྱས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/plan.py" line="621" />
            <source>{value} is not an industry of the list; it is recorded as Other.</source>
            <translation>{value} ནི་ཐོན་ལས་ཐོ་གཞུང་ནང་མེད་པས། “གཞན།” ལྟར་ཐོ་འགོད་བྱས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/plan.py" line="675" />
            <location filename="../app/services/roster/plan.py" line="744" />
            <source>{value} is not a loan product of the list. Write one of: {products}.</source>
            <translation>{value} ནི་དངུལ་བསྐྱིན་ཐོན་རྫས་ཐོ་གཞུང་ནང་མེད། འདི་དག་ལས་གཅིག་འབྲི་རོགས། {products}།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/plan.py" line="758" />
            <source>The row asks for a loan but names no loan product. Add a product column, or choose the product for rows without one.</source>
            <translation>ཐིག་ཕྲེང་འདིས་དངུལ་བསྐྱིན་རེ་ཞུ་བྱས་ཀྱང་དངུལ་བསྐྱིན་ཐོན་རྫས་བཀོད་མེད། ཐོན་རྫས་ཀྱི་སྟར་པ་ཁ་སྣོན་བྱེད་པའམ། ཐོན་རྫས་མེད་པའི་ཐིག་ཕྲེང་ལ་ཐོན་རྫས་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="164" />
            <source>{name} contains macros. Macros are never run here: open it in Excel or WPS, save it as an .xlsx workbook without macros, and import that file.</source>
            <translation>{name} ནང་ macro ཡོད། འདིར་ macro གཏན་ནས་མི་སྤྱོད། Excel འམ་ WPS ནང་ཁ་ཕྱེ་སྟེ་ macro མེད་པའི་ .xlsx ལས་དེབ་ལྟར་ཉར་ནས་ཡིག་ཆ་དེ་ནང་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="210" />
            <source>{name} is not a spreadsheet, whatever its name says (it may be damaged, or another kind of file). Open it in Excel or WPS and save it as an .xlsx workbook.</source>
            <translation>{name} ཡི་མིང་ཅི་ཡིན་ཡང་རེའུ་མིག་ཡིག་ཆ་མ་རེད། (སྐྱོན་ཤོར་བའམ་ཡིག་ཆ་རིགས་གཞན་ཡིན་སྲིད།) Excel འམ་ WPS ནང་ཁ་ཕྱེ་སྟེ་ .xlsx ལས་དེབ་ལྟར་ཉར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="291" />
            <source>{name} would unpack to {size_mb} MB, far more than a roster holds (at most {max_mb} MB, or {ratio} times its size). It was not opened. If it really is a roster, save it again in Excel or WPS.</source>
            <translation>{name} བཀྲོལ་ན་ {size_mb} MB འགྱུར་བ། མིང་ཐོ་ཞིག་ལ་དགོས་པ་ལས་མང་དྲགས། (མང་མཐའ་ {max_mb} MB ཡང་ན་དེའི་ཆེ་ཆུང་གི་ལྡབ་ {ratio}) ཁ་ཕྱེ་མེད། མིང་ཐོ་ངོ་མ་ཡིན་ན་ Excel འམ་ WPS ནང་ཡང་བསྐྱར་ཉར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="97" />
            <source>The file {name} was not found. Choose the roster file again.</source>
            <translation>ཡིག་ཆ་ {name} རྙེད་མ་བྱུང་། མིང་ཐོའི་ཡིག་ཆ་ཡང་བསྐྱར་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="108" />
            <source>{name} is a workbook that can hold macros ({suffix}). Macros are never run here: open it in Excel or WPS, save it as an .xlsx workbook, and import that file.</source>
            <translation>{name} ནི་ macro འཇོག་ཐུབ་པའི་ལས་དེབ་ཡིན། ({suffix}) འདིར་ macro གཏན་ནས་མི་སྤྱོད། Excel འམ་ WPS ནང་ཁ་ཕྱེ་སྟེ་ .xlsx ལས་དེབ་ལྟར་ཉར་ནས་ཡིག་ཆ་དེ་ནང་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/reader.py" line="293" />
            <location filename="../app/services/roster/safety.py" line="118" />
            <source>{name} is not a spreadsheet this program reads. Save the roster as .xlsx, .xls or .ods.</source>
            <translation>{name} ནི་མཉེན་ཆས་འདིས་ཀློག་ཐུབ་པའི་རེའུ་མིག་མ་རེད། མིང་ཐོ་ .xlsx དང་ .xls ཡང་ན་ .ods ལྟར་ཉར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="124" />
            <source>{name} is {size_mb} MB; rosters up to {max_mb} MB are read. Split the roster into smaller files.</source>
            <translation>{name} ནི་ {size_mb} MB ཡིན། མིང་ཐོ་ {max_mb} MB ཡན་ཁོ་ན་ཀློག་ཐུབ། མིང་ཐོ་ཡིག་ཆ་ཆུང་བ་ཁག་ཏུ་བགོས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="192" />
            <source>{name} is a web page saved with a spreadsheet's name, not a workbook. Open it in Excel or WPS, save it as an .xlsx workbook, and import that file.</source>
            <translation>{name} ནི་རེའུ་མིག་གི་མིང་ཐོག་ཉར་བའི་དྲ་ངོས་ཤིག་ཡིན། ལས་དེབ་མ་རེད། Excel འམ་ WPS ནང་ཁ་ཕྱེ་སྟེ་ .xlsx ལས་དེབ་ལྟར་ཉར་ནས་ཡིག་ཆ་དེ་ནང་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="200" />
            <source>{name} is named .xls but is a newer .xlsx workbook. Rename it to end in .xlsx and import it again.</source>
            <translation>{name} ཡི་མིང་ .xls ཡིན་ཡང་ངོ་མ་ .xlsx ལས་དེབ་གསར་བ་ཡིན། མིང་གི་མཇུག་ .xlsx ལ་བསྒྱུར་ནས་ཡང་བསྐྱར་ནང་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="205" />
            <source>{name} is named {suffix} but is an old .xls workbook. Rename it to end in .xls and import it again.</source>
            <translation>{name} ཡི་མིང་ {suffix} ཡིན་ཡང་ངོ་མ་ .xls ལས་དེབ་རྙིང་པ་ཡིན། མིང་གི་མཇུག་ .xls ལ་བསྒྱུར་ནས་ཡང་བསྐྱར་ནང་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="625" />
            <source>The sheet {sheet} of {name} has {rows} rows; at most {max_rows} are imported at once. Split the roster into smaller files.</source>
            <translation>{name} ཡི་ལས་ཤོག་ {sheet} ལ་ཐིག་ཕྲེང་ {rows} ཡོད། ཐེངས་གཅིག་ལ་མང་མཐའ་ {max_rows} ནང་འདྲེན་ཆོག མིང་ཐོ་ཡིག་ཆ་ཆུང་བ་ཁག་ཏུ་བགོས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="636" />
            <source>The sheet {sheet} of {name} reaches column {columns} and row {rows}: far more than a roster needs. Delete the cells far right or far below the roster (or copy the roster to a new sheet) and try again.</source>
            <translation>{name} ཡི་ལས་ཤོག་ {sheet} སྟར་པ་ {columns} དང་ཐིག་ཕྲེང་ {rows} བར་སླེབས་འདུག མིང་ཐོར་དགོས་པ་ལས་མང་དྲགས། མིང་ཐོའི་གཡས་སམ་འོག་ཏུ་ཐག་རིང་པོའི་རེའུ་མིག་སྒྲོམ་བསུབ་པའམ། (ཡང་ན་མིང་ཐོ་ལས་ཤོག་གསར་པར་འདྲ་བཤུས།) ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="223" />
            <location filename="../app/services/roster/safety.py" line="282" />
            <source>{name} is damaged: its contents cannot be unpacked. Open it in Excel or WPS and save it again.</source>
            <translation>{name} ལ་སྐྱོན་ཤོར་འདུག ནང་དོན་བཀྲོལ་མི་ཐུབ། Excel འམ་ WPS ནང་ཁ་ཕྱེ་སྟེ་ཡང་བསྐྱར་ཉར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="241" />
            <source>{name} is a zip archive, not an Excel workbook. Open the roster in Excel or WPS and save it as an .xlsx workbook.</source>
            <translation>{name} ནི་ zip སྡུད་སྒམ་ཡིན། Excel ལས་དེབ་མ་རེད། མིང་ཐོ་ Excel འམ་ WPS ནང་ཁ་ཕྱེ་སྟེ་ .xlsx ལས་དེབ་ལྟར་ཉར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="254" />
            <source>{name} is a zip archive, not an OpenDocument spreadsheet. Open it and save it as .xlsx or .ods.</source>
            <translation>{name} ནི་ zip སྡུད་སྒམ་ཡིན། OpenDocument རེའུ་མིག་མ་རེད། ཁ་ཕྱེ་སྟེ་ .xlsx འམ་ .ods ལྟར་ཉར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="234" />
            <source>{name} is named .xlsx but is an OpenDocument (.ods) spreadsheet. Rename it to end in .ods and import it again.</source>
            <translation>{name} ཡི་མིང་ .xlsx ཡིན་ཡང་ངོ་མ་ OpenDocument (.ods) རེའུ་མིག་ཡིན། མིང་གི་མཇུག་ .ods ལ་བསྒྱུར་ནས་ཡང་བསྐྱར་ནང་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="250" />
            <source>{name} is named .ods but is an .xlsx workbook. Rename it to end in .xlsx and import it again.</source>
            <translation>{name} ཡི་མིང་ .ods ཡིན་ཡང་ངོ་མ་ .xlsx ལས་དེབ་ཡིན། མིང་གི་མཇུག་ .xlsx ལ་བསྒྱུར་ནས་ཡང་བསྐྱར་ནང་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/books.py" line="63" />
            <location filename="../app/services/roster/safety.py" line="146" />
            <location filename="../app/services/roster/safety.py" line="275" />
            <source>{name} is protected by a password. Open it in Excel or WPS, remove the password, save it, and import it again.</source>
            <translation>{name} ལ་གསང་ཨང་གིས་སྲུང་སྐྱོབ་བྱས་འདུག Excel འམ་ WPS ནང་ཁ་ཕྱེ་སྟེ་གསང་ཨང་མེད་པར་བཟོས་ནས་ཉར་ཏེ་ཡང་བསྐྱར་ནང་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/values.py" line="93" />
            <source>{value} is not a whole number of months.</source>
            <translation>{value} ནི་ཟླ་བའི་གྲངས་ཆ་ཚང་མ་རེད།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/values.py" line="76" />
            <location filename="../app/services/roster/values.py" line="86" />
            <source>{value} is not a term. Enter the number of months, such as 36.</source>
            <translation>{value} ནི་དུས་ཚོད་མ་རེད། ཟླ་བའི་གྲངས་འབྲི་རོགས། དཔེར་ན། 36།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/books.py" line="161" />
            <location filename="../app/services/roster/csv_book.py" line="128" />
            <source>Every sheet of {name} is empty.</source>
            <translation>{name} ཡི་ལས་ཤོག་ཚང་མ་སྟོང་པ་རེད།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="613" />
            <source>{name} has no sheet called {sheet}. Its sheets are: {sheets}.</source>
            <translation>{name} ནང་ {sheet} ཞེས་པའི་ལས་ཤོག་མེད། དེའི་ལས་ཤོག་ནི། {sheets}།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/books.py" line="160" />
            <source>{name} has no sheets.</source>
            <translation>{name} ནང་ལས་ཤོག་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/books.py" line="70" />
            <location filename="../app/services/roster/csv_book.py" line="118" />
            <location filename="../app/services/roster/reader.py" line="317" />
            <source>{name} cannot be read as a spreadsheet ({detail}). Open it in Excel or WPS and save it again as .xlsx.</source>
            <translation>{name} རེའུ་མིག་ལྟར་ཀློག་མི་ཐུབ། ({detail}) Excel འམ་ WPS ནང་ཁ་ཕྱེ་སྟེ་ .xlsx ལྟར་ཡང་བསྐྱར་ཉར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/books.py" line="120" />
            <source>The sheet {sheet} of {name} cannot be read ({detail}). Open the file in Excel or WPS and save it again as .xlsx.</source>
            <translation>{name} ཡི་ལས་ཤོག་ {sheet} ཀློག་མི་ཐུབ། ({detail}) ཡིག་ཆ་ Excel འམ་ WPS ནང་ཁ་ཕྱེ་སྟེ་ .xlsx ལྟར་ཡང་བསྐྱར་ཉར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="562" />
            <source>The package is damaged or incomplete (it is not a readable sync package). Copy it again from the sending office.</source>
            <translation>ཐུམ་སྒྲིལ་ལ་སྐྱོན་ཤོར་བའམ་ཆ་མི་ཚང་། (ཀློག་ཐུབ་པའི་མཉམ་སྒྲིག་ཐུམ་སྒྲིལ་མ་རེད།) གཏོང་མཁན་ལས་ཁང་ནས་ཡང་བསྐྱར་འདྲ་བཤུས་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="631" />
            <source>There is no package file at {path}.</source>
            <translation>{path} ལ་ཐུམ་སྒྲིལ་ཡིག་ཆ་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="700" />
            <location filename="../app/services/sync.py" line="628" />
            <location filename="../app/services/sync_package.py" line="753" />
            <source>This file is not a sync package of this program.</source>
            <translation>ཡིག་ཆ་འདི་མཉེན་ཆས་འདིའི་མཉམ་སྒྲིག་ཐུམ་སྒྲིལ་མ་རེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="757" />
            <source>The package is in format version {found}; this program reads version {known}. Use the same release of the program at both offices.</source>
            <translation>ཐུམ་སྒྲིལ་གྱི་རྣམ་གཞག་པར་གཞི་ {found} ཡིན། མཉེན་ཆས་འདིས་པར་གཞི་ {known} ཀློག ལས་ཁང་གཉིས་ཀར་མཉེན་ཆས་པར་གཞི་གཅིག་པ་སྤྱོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="385" />
            <location filename="../app/services/sync_package.py" line="778" />
            <source>The package's manifest is incomplete; it was not made by this program or it is damaged.</source>
            <translation>ཐུམ་སྒྲིལ་གྱི་ཐོ་གཞུང་ཆ་མི་ཚང་། མཉེན་ཆས་འདིས་བཟོས་པ་མིན་པའམ་སྐྱོན་ཤོར་འདུག</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="162" />
            <source>The package is encrypted but incomplete (the file was cut short). Copy it again from the sending office.</source>
            <translation>ཐུམ་སྒྲིལ་གསང་སྡོམ་བྱས་ཡོད་ཀྱང་ཆ་མི་ཚང་། (ཡིག་ཆ་བཅད་འདུག) གཏོང་མཁན་ལས་ཁང་ནས་ཡང་བསྐྱར་འདྲ་བཤུས་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="204" />
            <location filename="../app/services/sync_package.py" line="173" />
            <source>The package is encrypted in a format this program does not know. Update the program or ask for a new package.</source>
            <translation>ཐུམ་སྒྲིལ་གྱི་གསང་སྡོམ་རྣམ་གཞག་མཉེན་ཆས་འདིས་མི་ཤེས། མཉེན་ཆས་གསར་སྒྱུར་བྱེད་པའམ་ཐུམ་སྒྲིལ་གསར་པ་ཞིག་རེ་ཞུ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="179" />
            <source>The package is encrypted. Give the passphrase the sending office used.</source>
            <translation>ཐུམ་སྒྲིལ་གསང་སྡོམ་བྱས་ཡོད། གཏོང་མཁན་ལས་ཁང་གིས་སྤྱད་པའི་གསང་ཚིག་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="674" />
            <source>The package has no manifest or no signature; it was not made by this program or it is damaged.</source>
            <translation>ཐུམ་སྒྲིལ་ལ་ཐོ་གཞུང་ངམ་མིང་རྟགས་མེད། མཉེན་ཆས་འདིས་བཟོས་པ་མིན་པའམ་སྐྱོན་ཤོར་འདུག</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="716" />
            <source>The package holds files its manifest does not list ({names}); it was altered.</source>
            <translation>ཐུམ་སྒྲིལ་ནང་ཐོ་གཞུང་དུ་མ་བཀོད་པའི་ཡིག་ཆ་ ({names}) ཡོད། བཟོ་བཅོས་བྱས་འདུག</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="200" />
            <source>The package could not be decrypted: the passphrase is wrong, or the file was damaged or altered on the way. Check the passphrase; if it is right, ask for the package again.</source>
            <translation>ཐུམ་སྒྲིལ་གསང་བཀྲོལ་མ་ཐུབ། གསང་ཚིག་ནོར་བའམ་ཡིག་ཆ་ལམ་བར་དུ་སྐྱོན་ཤོར་བའམ་བཟོ་བཅོས་བྱས་འདུག གསང་ཚིག་ཞིབ་བཤེར་བྱེད་རོགས། ཡང་དག་ཡིན་ན་ཐུམ་སྒྲིལ་ཡང་བསྐྱར་རེ་ཞུ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="722" />
            <source>The package lacks {name}, which its manifest lists; it is incomplete.</source>
            <translation>ཐུམ་སྒྲིལ་ནང་ཐོ་གཞུང་དུ་བཀོད་པའི་ {name} མེད། ཐུམ་སྒྲིལ་ཆ་མི་ཚང་།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="734" />
            <source>The contents of {name} do not match the package's manifest: the package was damaged or altered.</source>
            <translation>{name} གི་ནང་དོན་ཐུམ་སྒྲིལ་གྱི་ཐོ་གཞུང་དང་མི་མཐུན། ཐུམ་སྒྲིལ་ལ་སྐྱོན་ཤོར་བའམ་བཟོ་བཅོས་བྱས་འདུག</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="39" />
            <source>The disk is full, so the change was not saved; everything saved before is still there. Free some space on the disk, then try again.</source>
            <translation>སྡུད་སྡེར་གང་ཟིན་པས་བཟོ་བཅོས་འདི་ཉར་ཚགས་མ་བྱུང་། སྔར་ཉར་ཚགས་བྱས་པ་ཚང་མ་ད་དུང་ཡོད། སྡུད་སྡེར་གྱི་བར་སྟོང་ཅུང་ཟད་ཕྱེ་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="46" />
            <source>The disk could not be written ({detail}), so the change was not saved; everything saved before is still there. Check the disk, then try again.</source>
            <translation>སྡུད་སྡེར་ནང་འབྲི་མ་ཐུབ་པས། ({detail}) བཟོ་བཅོས་འདི་ཉར་ཚགས་མ་བྱུང་། སྔར་ཉར་ཚགས་བྱས་པ་ཚང་མ་ད་དུང་ཡོད། སྡུད་སྡེར་ཞིབ་བཤེར་བྱས་རྗེས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/privacy.py" line="19" />
            <source>Your account is not allowed to export full ID numbers; the export shows them masked (632122********1234).</source>
            <translation>ཁྱེད་ཀྱི་ཐོ་ཁོངས་ལ་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ཆ་ཚང་ཕྱིར་འདྲེན་བྱེད་དབང་མེད། ཕྱིར་འདྲེན་ཡིག་ཆའི་ནང་སྦས་ནས་སྟོན། (632122********1234)</translation>
        </message>
        <message>
            <location filename="../app/services/roster/errors_xlsx.py" line="121" />
            <location filename="../exports/pdf/layout.py" line="26" />
            <location filename="../exports/xlsx/print_setup.py" line="27" />
            <source>Page {page} of {pages}</source>
            <translation>ཤོག་ངོས་ {pages} ཡི་ནང་གི་ {page}</translation>
        </message>
        <message>
            <location filename="../exports/pdf/layout.py" line="27" />
            <source>Page {page}</source>
            <translation>ཤོག་ངོས་ {page}</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="38" />
            <location filename="../exports/pdf/layout.py" line="176" />
            <source>Prepared by</source>
            <translation>སྙན་ཐོ་འགོད་མཁན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="38" />
            <location filename="../exports/pdf/layout.py" line="176" />
            <source>Reviewed by</source>
            <translation>ཞིབ་བཤེར་བྱེད་མཁན།</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="26" />
            <location filename="../app/services/cards.py" line="46" />
            <location filename="../app/services/report_document.py" line="38" />
            <location filename="../app/services/report_document.py" line="483" />
            <location filename="../exports/pdf/layout.py" line="176" />
            <source>Date</source>
            <translation>ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="80" />
            <source>Loan pipeline in the month (number of demands)</source>
            <translation>ཟླ་བ་འདིའི་དངུལ་བསྐྱིན་ལས་སྒོའི་འཕེལ་རིམ། (དགོས་མཁོའི་གྲངས།)</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="51" />
            <source>Villages: loans</source>
            <translation>གྲོང་ཚོ་སོ་སོ། དངུལ་བསྐྱིན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="52" />
            <source>Villages: sessions, complaints and credit</source>
            <translation>གྲོང་ཚོ་སོ་སོ། ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར། ཞུ་གཏུག ཡིད་རྟོན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="81" />
            <source>Annex: loan steps in the month</source>
            <translation>ཟུར་སྦྲགས། ཟླ་བ་འདིའི་དངུལ་བསྐྱིན་གྱི་གོ་རིམ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="82" />
            <source>No loan steps were recorded in this month.</source>
            <translation>ཟླ་བ་འདིར་དངུལ་བསྐྱིན་གྱི་གོ་རིམ་ཐོ་འགོད་བྱས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="144" />
            <location filename="../app/registry.py" line="220" />
            <location filename="../app/services/report_document.py" line="110" />
            <source>Households</source>
            <translation>ཞིང་འབྲོག་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="111" />
            <source>Demands registered</source>
            <translation>ཐོ་འགོད་བྱས་པའི་དགོས་མཁོ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="304" />
            <location filename="../app/services/cards.py" line="262" />
            <location filename="../app/services/report_document.py" line="112" />
            <source>Amount asked (yuan)</source>
            <translation>རེ་ཞུའི་དངུལ་འབོར། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="115" />
            <source>Granted</source>
            <translation>སྤྲད་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="312" />
            <location filename="../app/services/cards.py" line="264" />
            <location filename="../app/services/report_document.py" line="116" />
            <source>Amount granted (yuan)</source>
            <translation>སྤྲད་པའི་དངུལ་འབོར། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="120" />
            <source>530 outstanding</source>
            <translation>530 དངུལ་བསྐྱིན་ལྷག་མ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="121" />
            <source>530 outstanding (yuan)</source>
            <translation>530 དངུལ་བསྐྱིན་ལྷག་མ། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="122" />
            <location filename="../app/services/report_document.py" line="306" />
            <source>Sessions</source>
            <translation>ཐེངས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="352" />
            <location filename="../app/services/report_document.py" line="123" />
            <location filename="../app/services/report_document.py" line="306" />
            <location filename="../app/services/report_document.py" line="297" />
            <source>Attendance</source>
            <translation>ཞུགས་མཁན་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="353" />
            <location filename="../app/services/report_document.py" line="124" />
            <source>Women</source>
            <translation>བུད་མེད།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="354" />
            <location filename="../app/services/report_document.py" line="125" />
            <source>Poor households</source>
            <translation>དབུལ་ཕོངས་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="126" />
            <source>Complaints received</source>
            <translation>ལེན་པའི་ཞུ་གཏུག</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="127" />
            <source>Complaints resolved</source>
            <translation>ཐག་གཅོད་ཟིན་པའི་ཞུ་གཏུག</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="128" />
            <source>Complaints overdue</source>
            <translation>དུས་ཡོལ་བའི་ཞུ་གཏུག</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="129" />
            <location filename="../app/services/report_document.py" line="430" />
            <location filename="../app/services/report_document.py" line="337" />
            <source>Credit households</source>
            <translation>ཡིད་རྟོན་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="19" />
            <location filename="../app/registry.py" line="144" />
            <location filename="../app/services/report_document.py" line="484" />
            <source>Household</source>
            <translation>ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="259" />
            <location filename="../app/services/report_document.py" line="488" />
            <source>Step</source>
            <translation>གོ་རིམ།</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="31" />
            <location filename="../app/services/report_document.py" line="259" />
            <location filename="../app/services/report_document.py" line="263" />
            <location filename="../app/services/report_document.py" line="489" />
            <location filename="../app/services/report_document.py" line="280" />
            <source>Amount (yuan)</source>
            <translation>དངུལ་འབོར། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="23" />
            <source>Monthly report</source>
            <translation>ཟླ་རེའི་སྙན་ཞུ།</translation>
        </message>
        <message>
            <source>Monthly report of the dual-base office</source>
            <translation type="vanished">རྨང་རིམ་གཉིས་འབྲེལ་ལས་ཁང་གི་ཟླ་རེའི་སྙན་ཞུ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="31" />
            <source>Period</source>
            <translation>དུས་ཡུན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="32" />
            <source>Offices included</source>
            <translation>ཚུད་པའི་ལས་ཁང་།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="33" />
            <source>Made on</source>
            <translation>བཟོས་པའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="54" />
            <source>Credit village</source>
            <translation>ཡིད་རྟོན་གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="55" />
            <source>No village given</source>
            <translation>གྲོང་ཚོ་བཀོད་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="56" />
            <source>Total</source>
            <translation>བསྡོམས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="57" />
            <source>yes</source>
            <translation>ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="57" />
            <source>no</source>
            <translation>མིན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="113" />
            <source>Referred</source>
            <translation>འོས་སྦྱོར་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="114" />
            <source>Approved</source>
            <translation>ཆོག་མཆན་ཐོབ་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="117" />
            <source>Rejected</source>
            <translation>ཁས་མ་བླངས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="118" />
            <source>Withdrawn</source>
            <translation>ཕྱིར་བསྡུས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="119" />
            <source>530 granted</source>
            <translation>530 དངུལ་བསྐྱིན་སྤྲད་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="74" />
            <source>Loan demands in the month</source>
            <translation>ཟླ་བ་འདིའི་མ་དངུལ་དགོས་མཁོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="262" />
            <source>530 credit loans</source>
            <translation>530 ཡིད་རྟོན་དངུལ་བསྐྱིན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="293" />
            <source>Financial literacy sessions</source>
            <translation>དངུལ་རྩིས་ཤེས་བྱའི་ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="305" />
            <source>Sessions by language</source>
            <translation>སྐད་ཡིག་ལྟར་གྱི་ཐེངས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="150" />
            <location filename="../app/registry.py" line="363" />
            <location filename="../app/services/cards.py" line="280" />
            <location filename="../app/services/report_document.py" line="312" />
            <source>Complaints</source>
            <translation>ཞུ་གཏུག</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="326" />
            <source>Complaints by business type (JR/T 0169)</source>
            <translation>ལས་དོན་རིགས་ལྟར་གྱི་ཞུ་གཏུག (JR/T 0169)</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="333" />
            <source>Credit households and villages</source>
            <translation>ཡིད་རྟོན་ཁྱིམ་ཚང་དང་ཡིད་རྟོན་གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="259" />
            <location filename="../app/services/report_document.py" line="263" />
            <location filename="../app/services/report_document.py" line="294" />
            <location filename="../app/services/report_document.py" line="313" />
            <location filename="../app/services/report_document.py" line="334" />
            <location filename="../app/services/report_document.py" line="280" />
            <source>Number</source>
            <translation>གྲངས་ཀ</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="263" />
            <location filename="../app/services/report_document.py" line="294" />
            <location filename="../app/services/report_document.py" line="313" />
            <location filename="../app/services/report_document.py" line="334" />
            <location filename="../app/services/report_document.py" line="280" />
            <source>Item</source>
            <translation>རྣམ་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="349" />
            <location filename="../app/services/cards.py" line="275" />
            <location filename="../app/services/report_document.py" line="306" />
            <source>Language</source>
            <translation>སྐད་ཡིག</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="393" />
            <location filename="../app/services/cards.py" line="283" />
            <location filename="../app/services/report_document.py" line="327" />
            <source>Business type</source>
            <translation>ལས་དོན་གྱི་རིགས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="66" />
            <location filename="../app/services/report_document.py" line="327" />
            <source>Received</source>
            <translation>ལེན་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="66" />
            <location filename="../app/services/report_document.py" line="327" />
            <source>Resolved</source>
            <translation>ཐག་གཅོད་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="12" />
            <location filename="../app/services/report_document.py" line="66" />
            <location filename="../app/services/report_document.py" line="327" />
            <source>Overdue</source>
            <translation>དུས་ལས་ཡོལ་བ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="75" />
            <source>Granted in the month</source>
            <translation>ཟླ་བ་འདིར་སྤྲད་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="76" />
            <source>Outstanding at month end</source>
            <translation>ཟླ་མཇུག་གི་ལྷག་མ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="296" />
            <source>Sessions held</source>
            <translation>བསྐོངས་པའི་ཐེངས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="298" />
            <source>of whom women</source>
            <translation>དེའི་ནང་བུད་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="299" />
            <source>of whom from poor households</source>
            <translation>དེའི་ནང་དབུལ་ཕོངས་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="77" />
            <source>Received in the month</source>
            <translation>ཟླ་བ་འདིར་ལེན་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="78" />
            <source>Resolved in the month</source>
            <translation>ཟླ་བ་འདིར་ཐག་གཅོད་བྱས་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="79" />
            <source>Overdue at month end</source>
            <translation>ཟླ་མཇུག་ལ་དུས་ཡོལ་བ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="336" />
            <source>Households on the register</source>
            <translation>ཐོ་དེབ་ནང་གི་ཞིང་འབྲོག་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="431" />
            <location filename="../app/services/report_document.py" line="338" />
            <source>Credit villages</source>
            <translation>ཡིད་རྟོན་གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="339" />
            <source>Villages assessed</source>
            <translation>གདེང་འཇོག་བྱས་པའི་གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="328" />
            <source>none</source>
            <translation>མེད།</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="67" />
            <source>The USB stick (or disk) is full: {name} was not saved. Free some space or use another stick, then export again.</source>
            <translation>USB (ཡང་ན་སྡུད་སྡེར།) གང་ཟིན་པས། {name} ཉར་ཚགས་མ་བྱུང་། བར་སྟོང་ཕྱེ་བའམ་ USB གཞན་ཞིག་སྤྱད་དེ་ཡང་བསྐྱར་ཕྱིར་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="71" />
            <source>The USB stick was removed (or its folder disappeared) while {name} was being written: the file was not saved. Put the stick back in and export again.</source>
            <translation>{name} འབྲི་བའི་སྐབས་ USB ཕྱིར་བཏོན་པའམ་ཡིག་ཁུག་མེད་པར་གྱུར་པས། ཡིག་ཆ་ཉར་ཚགས་མ་བྱུང་། USB ཡང་བསྐྱར་བཙུགས་ནས་ཕྱིར་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="75" />
            <source>The USB stick is write-protected or read-only: {name} was not saved. Unlock the stick or choose another place.</source>
            <translation>USB ལ་འབྲི་འགོག་ཡོད་པའམ་ཀློག་པ་ཙམ་ཡིན་པས། {name} ཉར་ཚགས་མ་བྱུང་། USB ཡི་ཟྭ་ཕྱེ་བའམ་ས་གནས་གཞན་ཞིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="78" />
            <source>{name} reads back differently from what was written, so the stick may be failing. The file was removed; export again to another stick.</source>
            <translation>{name} ཕྱིར་ཀློག་པ་དང་བྲིས་པ་མི་མཐུན་པས་ USB ལ་སྐྱོན་ཡོད་སྲིད། ཡིག་ཆ་བསུབ་ཟིན། USB གཞན་ཞིག་ཏུ་ཡང་བསྐྱར་ཕྱིར་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="90" />
            <source>{name} could not be written: {detail}. Check the stick or the folder and export again.</source>
            <translation>{name} འབྲི་མ་ཐུབ། {detail}། USB འམ་ཡིག་ཁུག་ཞིབ་བཤེར་བྱས་ནས་ཡང་བསྐྱར་ཕྱིར་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="145" />
            <location filename="../app/registry.py" line="272" />
            <source>Loan demands</source>
            <translation>མ་དངུལ་དགོས་མཁོ།</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="24" />
            <source>Loan steps</source>
            <translation>དངུལ་བསྐྱིན་གྱི་གོ་རིམ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="148" />
            <location filename="../app/registry.py" line="323" />
            <source>Literacy sessions</source>
            <translation>དངུལ་རྩིས་ཤེས་བྱའི་ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="152" />
            <location filename="../app/registry.py" line="409" />
            <location filename="../app/services/cards.py" line="293" />
            <source>Credit ratings</source>
            <translation>ཡིད་རྟོན་རིམ་པ་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="168" />
            <source>Household (Chinese)</source>
            <translation>ཁྱིམ་ཚང་། (རྒྱ་ཡིག)</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="169" />
            <source>Household (Tibetan)</source>
            <translation>ཁྱིམ་ཚང་། (བོད་ཡིག)</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="252" />
            <location filename="../app/services/cards.py" line="194" />
            <source>Name (Chinese)</source>
            <translation>མིང་། (རྒྱ་ཡིག)</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="253" />
            <location filename="../app/services/cards.py" line="195" />
            <source>Name (Tibetan)</source>
            <translation>མིང་། (བོད་ཡིག)</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="255" />
            <location filename="../app/services/cards.py" line="197" />
            <source>Sex</source>
            <translation>ཕོ་མོ།</translation>
        </message>
        <message>
            <location filename="../app/domain/privacy.py" line="48" />
            <location filename="../app/registry.py" line="256" />
            <location filename="../app/services/cards.py" line="198" />
            <source>Birth date</source>
            <translation>སྐྱེས་ཚེས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="261" />
            <location filename="../app/services/cards.py" line="203" />
            <source>Labourers</source>
            <translation>ལས་ཀའི་ནུས་ཤུགས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="263" />
            <location filename="../app/services/cards.py" line="205" />
            <source>Preferred language</source>
            <translation>རྒྱུན་སྤྱོད་སྐད་ཡིག</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="265" />
            <location filename="../app/registry.py" line="303" />
            <location filename="../app/services/cards.py" line="207" />
            <source>Industry</source>
            <translation>ཐོན་ལས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="266" />
            <location filename="../app/registry.py" line="299" />
            <location filename="../app/services/cards.py" line="208" />
            <location filename="../app/services/cards.py" line="260" />
            <source>Registered on</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="305" />
            <source>Term (months)</source>
            <translation>དུས་ཚོད། (ཟླ་བ།)</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="307" />
            <location filename="../app/registry.py" line="397" />
            <location filename="../app/services/cards.py" line="263" />
            <location filename="../app/services/cards.py" line="285" />
            <source>Status</source>
            <translation>གནས་སྟངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="308" />
            <location filename="../app/registry.py" line="398" />
            <source>Status date</source>
            <translation>གནས་སྟངས་ཀྱི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="309" />
            <source>Referred on</source>
            <translation>འོས་སྦྱོར་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="310" />
            <source>Decided on</source>
            <translation>ཐག་གཅོད་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="311" />
            <source>Granted on</source>
            <translation>སྤྲད་པའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="313" />
            <location filename="../app/services/cards.py" line="265" />
            <source>Interest rate</source>
            <translation>སྐྱེད་ཚད།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="314" />
            <location filename="../app/services/cards.py" line="266" />
            <source>Maturity</source>
            <translation>དུས་ཚོད་ཧྲིལ་པོ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="315" />
            <source>Interest subsidy (yuan)</source>
            <translation>སྐྱེད་ཀ་རོགས་སྐྱོར། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="316" />
            <source>Repaid on</source>
            <translation>འཇལ་ཚར་བའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="33" />
            <location filename="../app/registry.py" line="317" />
            <source>Reason</source>
            <translation>རྒྱུ་མཚན།</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="29" />
            <source>From status</source>
            <translation>གནས་སྟངས་སྔ་མ།</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="30" />
            <source>To status</source>
            <translation>གནས་སྟངས་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="32" />
            <source>By</source>
            <translation>ལས་བྱེད་པ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="345" />
            <location filename="../app/services/cards.py" line="275" />
            <source>Held on</source>
            <translation>བསྐོངས་པའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="347" />
            <location filename="../app/services/cards.py" line="275" />
            <source>Place</source>
            <translation>ས་གནས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="348" />
            <location filename="../app/services/cards.py" line="275" />
            <source>Topics</source>
            <translation>བརྗོད་གཞི།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="350" />
            <source>Presenters</source>
            <translation>གཙོ་གཏམ་པ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="351" />
            <source>Volunteers</source>
            <translation>རང་འགུལ་ཞབས་ཞུ་བ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="355" />
            <source>Materials handed out</source>
            <translation>བགོས་པའི་ཡིག་ཆའི་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="356" />
            <source>Materials</source>
            <translation>ཡིག་ཆ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="385" />
            <location filename="../app/services/cards.py" line="282" />
            <source>Received on</source>
            <translation>ལེན་པའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="386" />
            <source>Received via</source>
            <translation>ལེན་པའི་ལམ་ཀ</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="388" />
            <source>Complainant</source>
            <translation>ཞུ་གཏུག་པ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="389" />
            <source>Complainant phone</source>
            <translation>ཞུ་གཏུག་པའི་ཁ་པར།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="390" />
            <source>Institution</source>
            <translation>ལས་ཁུངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="391" />
            <location filename="../app/services/cards.py" line="284" />
            <source>Description</source>
            <translation>གསལ་བཤད།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="392" />
            <source>Business channel</source>
            <translation>ལས་དོན་ལམ་ཀ</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="394" />
            <source>Cause</source>
            <translation>རྒྱུ་རྐྱེན།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="395" />
            <source>Handler</source>
            <translation>ཐག་གཅོད་པ།</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="23" />
            <location filename="../app/registry.py" line="396" />
            <source>Due on</source>
            <translation>དུས་ཚེས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="399" />
            <source>Transferred to</source>
            <translation>སྤྲོད་ས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="400" />
            <location filename="../app/services/cards.py" line="286" />
            <source>Resolved on</source>
            <translation>ཐག་གཅོད་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="401" />
            <source>Closed on</source>
            <translation>མཇུག་སྒྲིལ་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="402" />
            <source>Outcome</source>
            <translation>ཐག་གཅོད་འབྲས་བུ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="403" />
            <location filename="../app/services/cards.py" line="287" />
            <source>Satisfaction</source>
            <translation>ཚིམ་ཚད།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="428" />
            <location filename="../app/services/cards.py" line="294" />
            <source>Year</source>
            <translation>ལོ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="430" />
            <location filename="../app/services/cards.py" line="294" />
            <source>Score</source>
            <translation>སྐར་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="431" />
            <location filename="../app/services/cards.py" line="294" />
            <source>Grade</source>
            <translation>རིམ་པ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="432" />
            <source>Bank score</source>
            <translation>དངུལ་ཁང་གི་སྐར་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="433" />
            <source>Village score</source>
            <translation>གྲོང་ཚོའི་སྐར་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="434" />
            <location filename="../app/services/cards.py" line="294" />
            <source>Bank rater</source>
            <translation>དངུལ་ཁང་ནས་གདེང་འཇོག་པ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="435" />
            <location filename="../app/services/cards.py" line="294" />
            <source>Village rater</source>
            <translation>གྲོང་ཚོ་ནས་གདེང་འཇོག་པ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="436" />
            <location filename="../app/services/cards.py" line="294" />
            <source>Rated on</source>
            <translation>གདེང་འཇོག་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="143" />
            <location filename="../app/services/report_document.py" line="53" />
            <source>Villages</source>
            <translation>གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="34" />
            <source>Indicators</source>
            <translation>ཚད་གཞི།</translation>
        </message>
        <message>
            <location filename="../app/commands/offices.py" line="54" />
            <source>Key fingerprint of office {code}: {fingerprint}</source>
            <translation>ལས་ཁང་ {code} གི་ལྡེ་མིག་མཛུབ་རྗེས། {fingerprint}</translation>
        </message>
        <message>
            <location filename="../app/commands/offices.py" line="72" />
            <source>Registered office {code} ({name}) below this office.</source>
            <translation>ལས་ཁང་ {code} ({name}) ལས་ཁང་འདིའི་འོག་ཏུ་ཐོ་འགོད་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/commands/offices.py" line="86" />
            <source>Key fingerprint: {fingerprint} — compare it with the one the office reads out.</source>
            <translation>ལྡེ་མིག་མཛུབ་རྗེས། {fingerprint} — ལས་ཁང་དེས་ཀློག་པ་དང་བསྡུར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/commands/offices.py" line="93" />
            <source>This replaces the key registered before (fingerprint {old}).</source>
            <translation>འདིས་སྔོན་ལ་ཐོ་འགོད་བྱས་པའི་ལྡེ་མིག (མཛུབ་རྗེས། {old}) ཚབ་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="100" />
            <source>The passphrase file {path} is empty.</source>
            <translation>གསང་ཚིག་ཡིག་ཆ་ {path} སྟོང་པ་རེད།</translation>
        </message>
        <message>
            <source>Package {sequence} for {period}: {total} records, {audit} audit entries{enc}. The file is written and checked; the USB stick can be removed.</source>
            <translation type="vanished">{period} ཡི་ཐུམ་སྒྲིལ་ {sequence}། ཟིན་ཐོ་ {total}། ཞིབ་བཤེར་ཟིན་ཐོ་ {audit}{enc}། ཡིག་ཆ་བྲིས་ནས་ཞིབ་བཤེར་བྱས་ཟིན། USB ཕྱིར་འཐེན་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="257" />
            <source>Packages for {month} (due {due}):</source>
            <translation>{month} ཡི་ཐུམ་སྒྲིལ། (དུས་བཀག {due})</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="264" />
            <source>sent</source>
            <translation>བསྐུར་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="97" />
            <source>The passphrase file {path} cannot be read.</source>
            <translation>གསང་ཚིག་ཡིག་ཆ་ {path} ཀློག་མི་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="154" />
            <source>{n} of {total} packages were rejected.</source>
            <translation>ཐུམ་སྒྲིལ་ {total} ཡི་ནང་ནས་ {n} ཁས་མ་བླངས།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="264" />
            <source>OVERDUE</source>
            <translation>དུས་ཡོལ།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="264" />
            <source>not yet sent</source>
            <translation>ད་དུང་བསྐུར་མེད།</translation>
        </message>
        <message>
            <source>, encrypted</source>
            <translation type="vanished">། གསང་སྡོམ་བྱས་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="184" />
            <source>This record belongs to office {office} and is read-only here: it is changed at that office and arrives with its sync package.</source>
            <translation>ཟིན་ཐོ་འདི་ལས་ཁང་ {office} གི་ཡིན་པས་འདིར་ཀློག་པ་ཙམ་ཡིན། ལས་ཁང་དེར་བཟོ་བཅོས་བྱས་ནས་མཉམ་སྒྲིག་ཐུམ་སྒྲིལ་བརྒྱུད་འབྱོར།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="180" />
            <source>Imported {file} from office {sender} ({name}), package {sequence}, period {period}.</source>
            <translation>ལས་ཁང་ {sender} ({name}) ནས་ཡོང་བའི་ {file} ནང་འདྲེན་བྱས་ཟིན། ཐུམ་སྒྲིལ་ {sequence}། དུས་ཡུན་ {period}།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="182" />
            <source>Checked {file} from office {sender} ({name}), package {sequence}, period {period} (dry run: nothing was stored).</source>
            <translation>ལས་ཁང་ {sender} ({name}) ནས་ཡོང་བའི་ {file} ཞིབ་བཤེར་བྱས་ཟིན། ཐུམ་སྒྲིལ་ {sequence}། དུས་ཡུན་ {period}། (ཚོད་ལྟ་ཙམ། གང་ཡང་ཉར་མེད།)</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="347" />
            <source>The period is a month written YYYY-MM, for example 2026-11.</source>
            <translation>དུས་ཡུན་ནི་ཟླ་བ་ཡིན། YYYY-MM ལྟར་འབྲི། དཔེར་ན། 2026-11།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="125" />
            <source>The folder {path} does not exist.</source>
            <translation>ཡིག་ཁུག་ {path} མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="770" />
            <source>This package was made by this office itself; import it at the office above.</source>
            <translation>ཐུམ་སྒྲིལ་འདི་ལས་ཁང་འདི་རང་གིས་བཟོས་པ་ཡིན། གོང་རིམ་ལས་ཁང་དུ་ནང་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="774" />
            <source>Office {code} ({name}) is not registered here as a subordinate office. Register its key first (offices add-subordinate), then import again.</source>
            <translation>ལས་ཁང་ {code} ({name}) འདིར་འོག་རིམ་ལས་ཁང་དུ་ཐོ་འགོད་བྱས་མེད། སྔོན་ལ་དེའི་ལྡེ་མིག་ཐོ་འགོད་ (offices add-subordinate) བྱས་ནས་ཡང་བསྐྱར་ནང་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="788" />
            <source>Office {code} ({name}) is not below this office; its package is not imported here.</source>
            <translation>ལས་ཁང་ {code} ({name}) ལས་ཁང་འདིའི་འོག་མ་རེད། དེའི་ཐུམ་སྒྲིལ་འདིར་ནང་འདྲེན་མི་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="748" />
            <source>The package's signature does not match the key registered for office {code} ({name}): the package was altered, or another office made it.</source>
            <translation>ཐུམ་སྒྲིལ་གྱི་མིང་རྟགས་དང་ལས་ཁང་ {code} ({name}) ལ་ཐོ་འགོད་བྱས་པའི་ལྡེ་མིག་མི་མཐུན། ཐུམ་སྒྲིལ་བཟོ་བཅོས་བྱས་པའམ་ལས་ཁང་གཞན་གྱིས་བཟོས་འདུག</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="859" />
            <location filename="../app/services/sync_down.py" line="605" />
            <source>The package holds tables this program does not know ({names}); use the same release of the program at both offices.</source>
            <translation>ཐུམ་སྒྲིལ་ནང་མཉེན་ཆས་འདིས་མི་ཤེས་པའི་རེའུ་མིག ({names}) ཡོད། ལས་ཁང་གཉིས་ཀར་མཉེན་ཆས་པར་གཞི་གཅིག་པ་སྤྱོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="884" />
            <source>This package was already imported on {at}; importing it again changes nothing.</source>
            <translation>ཐུམ་སྒྲིལ་འདི་ {at} ལ་ནང་འདྲེན་བྱས་ཟིན། ཡང་བསྐྱར་ནང་འདྲེན་བྱས་ཀྱང་འགྱུར་བ་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1148" />
            <source>The package carries records of office {code}, which is not the sending office nor below it ({table}); it is not imported.</source>
            <translation>ཐུམ་སྒྲིལ་ནང་ལས་ཁང་ {code} གི་ཟིན་ཐོ་ཡོད། ལས་ཁང་དེ་གཏོང་མཁན་ཡང་མིན། དེའི་འོག་ཡང་མིན་པས། ({table}) ནང་འདྲེན་མི་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="923" />
            <source>Package {sequence} is older than package {previous} already imported from this office; only what is newer than the records here is taken.</source>
            <translation>ཐུམ་སྒྲིལ་ {sequence} ནི་ལས་ཁང་དེ་ནས་ནང་འདྲེན་བྱས་ཟིན་པའི་ཐུམ་སྒྲིལ་ {previous} ལས་རྙིང་། འདིའི་ཟིན་ཐོ་ལས་གསར་བ་ཁོ་ན་ལེན།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1518" />
            <source>The audit trail of office {code} in this package is broken: an entry was altered or removed at the sending office. The records were imported; check that office's register (command: check).</source>
            <translation>ཐུམ་སྒྲིལ་འདིའི་ནང་ལས་ཁང་ {code} གི་ཞིབ་བཤེར་རྗེས་ཤུལ་ཆད་འདུག གཏོང་མཁན་ལས་ཁང་དུ་ཟིན་ཐོ་ཞིག་བཟོ་བཅོས་སམ་བསུབ་འདུག ཟིན་ཐོ་ནང་འདྲེན་བྱས་ཟིན། ལས་ཁང་དེའི་ཐོ་དེབ་ཞིབ་བཤེར་བྱེད་རོགས། (བཀའ་བརྡ། check)</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="179" />
            <location filename="../app/services/sync_down.py" line="339" />
            <source>REJECTED {file}: {reason}</source>
            <translation>ཁས་མ་བླངས། {file}། {reason}</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="217" />
            <location filename="../app/services/sync_down.py" line="340" />
            <source>Nothing from this package was stored.</source>
            <translation>ཐུམ་སྒྲིལ་འདིའི་ནང་དོན་གང་ཡང་ཉར་མེད།</translation>
        </message>
        <message>
            <source>Packages {first} to {last} of office {code} have not arrived here (a gap in its package numbers). Ask the office for them.</source>
            <translation type="vanished">ལས་ཁང་ {code} གི་ཐུམ་སྒྲིལ་ {first} ནས་ {last} བར་འདིར་མ་འབྱོར། (ཐུམ་སྒྲིལ་ཨང་གྲངས་ལ་སྟོང་ཆ་ཡོད།) ལས་ཁང་དེ་ལ་རེ་ཞུ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1166" />
            <source>A row of {table} in the package has no id or version; the package is damaged.</source>
            <translation>ཐུམ་སྒྲིལ་ནང་ {table} གི་ཐིག་ཕྲེང་ཞིག་ལ་ id དང་པར་གཞི་མེད། ཐུམ་སྒྲིལ་ལ་སྐྱོན་ཤོར་འདུག</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1558" />
            <source>The package refers to records that are not here ({table} {record_id} needs a {parent} record). Import the office's earlier packages first, then this one.</source>
            <translation>ཐུམ་སྒྲིལ་གྱིས་འདིར་མེད་པའི་ཟིན་ཐོ་ལ་ཟུར་ཟླ་བྱས་འདུག ({table} {record_id} ལ་ {parent} ཟིན་ཐོ་དགོས།) སྔོན་ལ་ལས་ཁང་དེའི་ཐུམ་སྒྲིལ་སྔ་མ་ནང་འདྲེན་བྱས་རྗེས་འདི་ནང་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="218" />
            <source>Warning: {text}</source>
            <translation>ཉེན་བརྡ། {text}</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="258" />
            <source>Conflict: {table} {record_id} — same version, different content; the record here was kept.</source>
            <translation>འགལ་ཟླ། {table} {record_id} — པར་གཞི་གཅིག་ཀྱང་ནང་དོན་མི་འདྲ། འདིའི་ཟིན་ཐོ་ཉར་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="264" />
            <source>… and {n} more conflicts.</source>
            <translation>… ད་དུང་འགལ་ཟླ་ {n} ཡོད།</translation>
        </message>
        <message>
            <source>table</source>
            <translation type="vanished">རེའུ་མིག</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="206" />
            <source>new</source>
            <translation>གསར་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="206" />
            <source>unchanged</source>
            <translation>འགྱུར་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="206" />
            <source>conflicts</source>
            <translation>འགལ་ཟླ།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1472" />
            <source>The audit trail of office {code} starts in the middle here: its earlier entries came in no package imported here.</source>
            <translation>ལས་ཁང་ {code} གི་ཞིབ་བཤེར་རྗེས་ཤུལ་འདིར་བར་ནས་འགོ་ཚུགས་འདུག དེའི་ཟིན་ཐོ་སྔ་མ་འདིར་ནང་འདྲེན་བྱས་པའི་ཐུམ་སྒྲིལ་གང་གི་ནང་ཡང་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1480" />
            <source>The audit entries of office {code} do not follow on from the ones already here (a package is missing or came out of order).</source>
            <translation>ལས་ཁང་ {code} གི་ཞིབ་བཤེར་ཟིན་ཐོ་འདིར་ཡོད་པ་དང་མཐུད་མི་འདུག (ཐུམ་སྒྲིལ་ཞིག་མེད་པའམ་གོ་རིམ་ནོར་འདུག)</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="35" />
            <source>Household financial services record card</source>
            <translation>ཞིང་འབྲོག་ཁྱིམ་ཚང་གི་དངུལ་རྩིས་ཞབས་ཞུའི་ཡིག་ཚགས་བྱང་བུ།</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="36" />
            <source>Printed on</source>
            <translation>པར་འདེབས་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="37" />
            <source>None on record.</source>
            <translation>ཟིན་ཐོ་མེད།</translation>
        </message>
        <message>
            <source>continued</source>
            <translation type="vanished">མུ་མཐུད།</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="258" />
            <source>Loan demands and their history</source>
            <translation>མ་དངུལ་དགོས་མཁོ་དང་དེའི་ལོ་རྒྱུས།</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="274" />
            <source>Literacy sessions attended</source>
            <translation>ཞུགས་པའི་དངུལ་རྩིས་ཤེས་བྱའི་སྦྱོང་བརྡར།</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="267" />
            <source>History</source>
            <translation>ལོ་རྒྱུས།</translation>
        </message>
        <message>
            <location filename="../app/commands/report.py" line="114" />
            <source>Written and checked: {path}. A USB stick can now be removed.</source>
            <translation>བྲིས་ནས་ཞིབ་བཤེར་བྱས་ཟིན། {path}། ད་ USB ཕྱིར་འཐེན་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/commands/report.py" line="217" />
            <source>No household matches; no file was written.</source>
            <translation>མཐུན་པའི་ཁྱིམ་ཚང་མེད་པས་ཡིག་ཆ་བྲིས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/commands/report.py" line="161" />
            <source>{n} characters have no installed font and were printed as placeholders.</source>
            <translation>ཡི་གེ་ {n} ལ་སྒྲིག་འཇུག་བྱས་པའི་ཡིག་གཟུགས་མེད་པས་ཚབ་རྟགས་ཀྱིས་པར་བསྐྲུན་བྱས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="142" />
            <source>Offices</source>
            <translation>ལས་ཁང་།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="146" />
            <source>Loan demand steps</source>
            <translation>མ་དངུལ་དགོས་མཁོའི་བྱ་རིམ་ཟིན་ཐོ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="149" />
            <source>Session attendees</source>
            <translation>ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར་ལ་ཞུགས་པའི་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="151" />
            <source>Complaint steps</source>
            <translation>ཞུ་གཏུག་ཐག་གཅོད་ཀྱི་ཟིན་ཐོ།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="102" />
            <source>Audit log entries</source>
            <translation>རྩིས་ཞིབ་ཉིན་ཐོའི་ཚན་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="206" />
            <source>Records</source>
            <translation>ཟིན་ཐོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="416" />
            <source>Success rate (granted of decided)</source>
            <translation>དངུལ་བསྐྱིན་ལེགས་འགྲུབ་ཚད། (སྤྲོད་ཟིན་པ། / ཐག་བཅད་ཟིན་པ།)</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="417" />
            <source>Median days from registration to decision</source>
            <translation>ཐོ་འགོད་ནས་ཐག་གཅོད་བར་གྱི་ཉིན་གྲངས། (བར་གྲངས།)</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="418" />
            <source>530 loans past maturity</source>
            <translation>དུས་ཚོད་འདས་པའི་ 530 དངུལ་བསྐྱིན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="419" />
            <source>Literacy sessions this year</source>
            <translation>ལོ་འདིའི་དངུལ་རྩིས་ཤེས་བྱའི་སྦྱོང་བརྡར་ཐེངས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="420" />
            <source>Sessions held in Tibetan or bilingual this year</source>
            <translation>ལོ་འདིར་བོད་ཡིག་གམ་སྐད་གཉིས་ཐོག་གི་སྦྱོང་བརྡར།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="425" />
            <source>Complaints resolved in time</source>
            <translation>དུས་ཐོག་ཐག་གཅོད་ཟིན་པའི་ཞུ་གཏུག</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="426" />
            <source>Complainants satisfied</source>
            <translation>ཞུ་གཏུག་བྱེད་མཁན་ཚིམ་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="35" />
            <source>Indicator</source>
            <translation>ཚད་གཞི།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="35" />
            <source>Value</source>
            <translation>གྲངས་ཐང་།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="35" />
            <source>Of</source>
            <translation>བསྡོམས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="35" />
            <source>Share</source>
            <translation>བསྡུར་ཚད།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="412" />
            <source>Registered poor households with a loan demand</source>
            <translation>དངུལ་བསྐྱིན་དགོས་མཁོ་ཡོད་པའི་ཐོ་འགོད་བྱས་པའི་དབུལ་ཕོངས་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="414" />
            <source>Registered poor households with a loan granted</source>
            <translation>དངུལ་བསྐྱིན་ཐོབ་ཟིན་པའི་ཐོ་འགོད་བྱས་པའི་དབུལ་ཕོངས་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="423" />
            <source>Households reached by sessions this year</source>
            <translation>ལོ་འདིར་སྦྱོང་བརྡར་ལ་ཞུགས་པའི་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1011" />
            <location filename="../app/services/sync_package.py" line="556" />
            <location filename="../app/services/sync_package.py" line="554" />
            <location filename="../app/services/sync_package.py" line="512" />
            <source>A line of the package is not readable; the package is damaged.</source>
            <translation>ཐུམ་སྒྲིལ་ནང་གི་ཐིག་ཕྲེང་ཞིག་ཀློག་མི་ཐུབ། ཐུམ་སྒྲིལ་ལ་སྐྱོན་ཤོར་འདུག</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="757" />
            <source>The package file was damaged or altered after office {code} ({name}) made it (its contents are intact, its structure is not). Copy it again.</source>
            <translation>ལས་ཁང་ {code} ({name}) གིས་ཐུམ་སྒྲིལ་བཟོས་རྗེས་ཡིག་ཆ་དེ་སྐྱོན་ཤོར་བའམ་བཟོ་བཅོས་བྱས་འདུག (ནང་དོན་ཆ་ཚང་ཡིན་ཡང་ཡིག་ཆའི་སྒྲིག་གཞི་མི་མཐུན།) ཡང་བསྐྱར་འདྲ་བཤུས་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="661" />
            <source>The package has no file signature; it was not made by this program, or it was damaged or altered.</source>
            <translation>ཐུམ་སྒྲིལ་ལ་ཡིག་ཆའི་མིང་རྟགས་མེད། བྱ་རིམ་འདིས་བཟོས་པ་མིན་པའམ། ཡང་ན་སྐྱོན་ཤོར་བའམ་བཟོ་བཅོས་བྱས་འདུག</translation>
        </message>
        <message>
            <source>… and {n} more steps: the .xlsx monthly report lists them all.</source>
            <translation type="vanished">……གོ་རིམ་གཞན་ {n} འདིར་མ་བཀོད། .xlsx ཟླ་རེའི་སྙན་ཞུའི་ནང་ཚང་མ་བཀོད་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/books.py" line="99" />
            <source>{name} is damaged: its sheets cannot be found. Open it in Excel or WPS and save it again as .xlsx.</source>
            <translation>{name} སྐྱོན་ཤོར་འདུག ནང་གི་ལས་ཤོག་རྙེད་མ་སོང་། Excel ཡང་ན་ WPS ནང་ཁ་ཕྱེ་ནས་ .xlsx ལ་བསྐྱར་དུ་ཉར་ཚགས་བྱོས།</translation>
        </message>
        <message>
            <location filename="../app/commands/report.py" line="116" />
            <source>Written and checked: {path}.</source>
            <translation>བྲིས་ནས་ཞིབ་བཤེར་བྱས་ཟིན། {path}།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="119" />
            <source>Package {sequence} for {period}: {total} records, {audit} audit entries{enc}. The file is written and checked.</source>
            <translation>{period} ཡི་ཐུམ་སྒྲིལ་ {sequence}། ཟིན་ཐོ་ {total}། ཞིབ་བཤེར་ཟིན་ཐོ་ {audit}{enc}། ཡིག་ཆ་བྲིས་ནས་ཞིབ་བཤེར་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="135" />
            <source>The USB stick can be removed.</source>
            <translation>ད་ USB ཕྱིར་འཐེན་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="332" />
            <source>This register has accounts: type the password of {name} at a terminal, or give it to a script in the environment variable DUALBASE_PASSWORD.</source>
            <translation>ཐོ་དེབ་འདི་ལ་རྩིས་ཁྲ་ཡོད། {name} ཡི་གསང་ཨང་མཐའ་སྣེའི་ནང་འབྲི་བའམ། ཡང་ན་ཁོར་ཡུག་འགྱུར་ཚད་ DUALBASE_PASSWORD ནང་བཅུག་སྟེ་ལས་རིམ་ལ་སྤྲོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="934" />
            <source>Package {sequence} of office {code} ({name}) follows package {missing}, which has not been imported here. Import package {missing} first, then this one; if it was lost, ask the office for it again or for a full package.</source>
            <translation>ལས་ཁང་ {code} ({name}) ཡི་ཐུམ་སྒྲིལ་ཨང་ {sequence} པ་ནི་ཐུམ་སྒྲིལ་ཨང་ {missing} པའི་རྗེས་སུ་ཡིན་ལ། ཐུམ་སྒྲིལ་ཨང་ {missing} པ་འདིར་ནང་འདྲེན་བྱས་མེད། སྔོན་ལ་ཐུམ་སྒྲིལ་ཨང་ {missing} པ་ནང་འདྲེན་བྱས་རྗེས་འདི་ནང་འདྲེན་གྱིས། གལ་ཏེ་བོར་ཚེ་ལས་ཁང་དེ་ནས་ཡང་བསྐྱར་ལེན་པའམ་ཐུམ་སྒྲིལ་ཆ་ཚང་ཞིག་ལེན་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="130" />
            <source>Current password of {name}: </source>
            <translation>{name} ཡི་ད་ལྟའི་གསང་ཨང་། </translation>
        </message>
        <message>
            <location filename="../app/services/roster/errors_xlsx.py" line="96" />
            <source>{name} is open in another program (Excel …) or is read-only, so it could not be replaced. Close it there, or choose another name, and save again.</source>
            <translation>{name} མཉེན་ཆས་གཞན་ཞིག་(Excel སོགས་)ནང་ཁ་ཕྱེ་ཡོད་པའམ་ཀློག་པ་ཙམ་ཡིན་པས། ཚབ་བརྗེ་བྱེད་མ་ཐུབ། དེར་ཁ་རྒྱག་པའམ་མིང་གཞན་ཞིག་འདེམས་ནས་ཡང་བསྐྱར་ཉར་ཚགས་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="82" />
            <source>{name} is open in another program (Excel, a PDF viewer …) or is read-only, so it could not be replaced. Close it there, or choose another name, and export again.</source>
            <translation>{name} མཉེན་ཆས་གཞན་ཞིག་(Excel དང་ PDF ལྟ་ཆས་སོགས་)ནང་ཁ་ཕྱེ་ཡོད་པའམ་ཀློག་པ་ཙམ་ཡིན་པས། ཚབ་བརྗེ་བྱེད་མ་ཐུབ། དེར་ཁ་རྒྱག་པའམ་མིང་གཞན་ཞིག་འདེམས་ནས་ཡང་བསྐྱར་ཕྱིར་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="86" />
            <source>The path of {name} is too long for Windows (more than 260 characters), so it was not saved. Choose a folder nearer the top of the drive, or a shorter name, and export again.</source>
            <translation>{name} ཡི་ལམ་ཐིག་ Windows ལ་རིང་དྲགས་པས། (ཡིག་འབྲུ་ 260 ལས་བརྒལ་འདུག) ཉར་ཚགས་མ་བྱུང་། སྡུད་སྡེར་གྱི་རྩ་བའི་ཡིག་ཁུག་ལ་ཉེ་བའི་ཡིག་ཁུག་གམ། མིང་ཐུང་བ་ཞིག་འདེམས་ནས་ཡང་བསྐྱར་ཕྱིར་འདྲེན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="255" />
            <source>The registration date {date} is in the future; today is {today}.</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས་ {date} མ་འོངས་པའི་ཚེས་གྲངས་རེད། དེ་རིང་ནི་ {today} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="263" />
            <source>The registration date {date} is before 1990. Check the year.</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས་ {date} ནི་ལོ་ 1990 ལས་སྔ་བ་རེད། ལོ་གྲངས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="209" />
            <source>Household registration date (建档立卡)</source>
            <translation>ཁྱིམ་ཚང་ཐོ་འགོད་ཚེས་གྲངས། (建档立卡)</translation>
        </message>
        <message>
            <location filename="../app/services/roster/reader.py" line="76" />
            <source>{name} could not be read: reading it needed more memory than a roster may take ({max_mb} MB), or the file is damaged. Nothing was imported. Open it in Excel or WPS, copy the roster alone into a new workbook, save it as .xlsx and import that.</source>
            <translation>{name} ཀློག་མ་ཐུབ། དེ་ཀློག་པར་དགོས་པའི་ནང་གསོག་ནི་མིང་ཐོ་ལ་ཆོག་པའི་ཚད་ ({max_mb} MB) ལས་བརྒལ་འདུག་གམ། ཡང་ན་ཡིག་ཆ་ལ་སྐྱོན་ཤོར་འདུག ནང་འདྲེན་གང་ཡང་བྱས་མེད། Excel འམ་ WPS ནང་ཁ་ཕྱེ་སྟེ་མིང་ཐོ་རྐྱང་པ་ལས་དེབ་གསར་པ་ཞིག་ཏུ་འདྲ་བཤུས་བྱས་ནས་ .xlsx ལྟར་ཉར་ཏེ་དེ་ནང་འདྲེན་གནང་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/reader.py" line="53" />
            <source>Reading {name} took more than {seconds} seconds and was stopped. The file is far larger or more complicated than a roster; save the roster alone in a new .xlsx workbook and import that.</source>
            <translation>{name} ཀློག་པར་སྐར་ཆ་ {seconds} ལས་བརྒལ་བས་མཚམས་བཞག ཡིག་ཆ་འདི་མིང་ཐོ་ལས་ཆེ་བའམ་རྙོག་འཛིང་ཆེ་བ་ཡིན། མིང་ཐོ་རྐྱང་པ་ .xlsx ལས་དེབ་གསར་པ་ཞིག་ཏུ་ཉར་ནས་དེ་ནང་འདྲེན་གནང་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/reader.py" line="62" />
            <source>The roster could not be read: a helper process could not be started ({detail}). Close other programs and try again.</source>
            <translation>མིང་ཐོ་ཀློག་མ་ཐུབ། རོགས་རམ་བྱ་རིམ་འགོ་འཛུགས་མ་ཐུབ། ({detail}) བྱ་རིམ་གཞན་དག་སྒོ་བརྒྱབ་ནས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="38" />
            <source>{name}, continued</source>
            <translation>{name} (མུ་མཐུད།)</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="39" />
            <source>Page {page} of {pages} of this card</source>
            <translation>བྱང་བུ་འདིའི་ཤོག་ངོས་ {pages} ཡི་ནང་གི་ {page}</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="42" />
            <source>Household (signature)</source>
            <translation>ཁྱིམ་ཚང་། (མིང་རྟགས།)</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="43" />
            <source>Village committees (stamp)</source>
            <translation>གྲོང་ཚོའི་ཨུ་ཡོན་ལྷན་ཁང་གཉིས། (ཐམ་ག)</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="44" />
            <source>Resident financial-service officer (signature)</source>
            <translation>གྲོང་ཚོར་སྡོད་པའི་དངུལ་རྩིས་ཞབས་ཞུ་བ། (མིང་རྟགས།)</translation>
        </message>
        <message>
            <location filename="../app/domain/privacy.py" line="49" />
            <location filename="../app/services/cards.py" line="198" />
            <source>Birth year</source>
            <translation>སྐྱེས་ལོ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="142" />
            <location filename="../app/services/report_document.py" line="40" />
            <source>Office</source>
            <translation>ལས་ཁང་།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="145" />
            <source>Loan demand</source>
            <translation>མ་དངུལ་དགོས་མཁོ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="146" />
            <source>Loan demand step</source>
            <translation>མ་དངུལ་དགོས་མཁོའི་གོ་རིམ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="148" />
            <source>Literacy session</source>
            <translation>དངུལ་རྩིས་ཤེས་བྱའི་ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="149" />
            <source>Session attendee</source>
            <translation>ཞུགས་མཁན།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="150" />
            <source>Complaint</source>
            <translation>ཞུ་གཏུག</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="151" />
            <source>Complaint step</source>
            <translation>ཞུ་གཏུག་གི་གོ་རིམ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="152" />
            <source>Credit rating</source>
            <translation>ཡིད་རྟོན་རིམ་པ་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="154" />
            <source>User accounts</source>
            <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="154" />
            <source>User account</source>
            <translation>སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="164" />
            <source>Sheet {sheet} left out: {reason}</source>
            <translation>ལས་ཤོག་ {sheet} ནང་འདྲེན་མ་བྱས། {reason}</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="201" />
            <source>Column {column} {header}: read as {field}. {reason} To read it as {other}, give --map {header}={other_key}.</source>
            <translation>སྟར་ཕྲེང་ {column} “{header}”  {field} ལྟར་ཀློག {reason} {other} ལྟར་ཀློག་དགོས་ན་ --map {header}={other_key} སྣོན་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="262" />
            <source>Rows of totals (合计, 小计) skipped: {count} (rows {rows}).</source>
            <translation>བསྡོམས་གྲངས་ཀྱི་ཐིག་ཕྲེང་ (合计, 小计) {count} བཞག་པ་ཡིན། (ཐིག་ཕྲེང་ {rows})</translation>
        </message>
        <message>
            <location filename="../app/services/roster/__init__.py" line="160" />
            <source>Write each column choice as HEADER=field, such as 登记日期=household_registered_on.</source>
            <translation>སྟར་ཕྲེང་རེ་རེའི་འདེམས་ཁ་ HEADER=field ལྟར་འབྲི་རོགས། དཔེར་ན་ 登记日期=household_registered_on</translation>
        </message>
        <message>
            <location filename="../app/services/roster/__init__.py" line="164" />
            <source>{field} is not a field of the import. The fields are: {fields}.</source>
            <translation>{field} ནི་ནང་འདྲེན་གྱི་ཡིག་སྒྲོམ་མ་རེད། ཡིག་སྒྲོམ་ནི་ {fields} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/__init__.py" line="175" />
            <source>The sheet has no column headed {header}. Its headers are: {headers}.</source>
            <translation>ལས་ཤོག་ནང་གདོང་ཐིག་ “{header}” ཡོད་པའི་སྟར་ཕྲེང་མེད། གདོང་ཐིག་ནི་ {headers} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="524" />
            <source>The roster has a loan amount column, so this date was read as the date each loan demand was registered.</source>
            <translation>མིང་ཐོར་དངུལ་བསྐྱིན་གྲངས་འབོར་གྱི་སྟར་ཕྲེང་ཡོད་པས་ཚེས་གྲངས་འདི་མ་དངུལ་དགོས་མཁོ་རེ་རེའི་ཐོ་འགོད་ཚེས་གྲངས་ལྟར་ཀློག</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="530" />
            <source>The roster has no loan amount column, so this date was read as the date each household was registered (建档立卡).</source>
            <translation>མིང་ཐོར་དངུལ་བསྐྱིན་གྲངས་འབོར་གྱི་སྟར་ཕྲེང་མེད་པས་ཚེས་གྲངས་འདི་ཁྱིམ་ཚང་རེ་རེའི་ཐོ་འགོད་ཚེས་གྲངས་ (建档立卡) ལྟར་ཀློག</translation>
        </message>
        <message>
            <location filename="../app/services/roster/csv_book.py" line="79" />
            <source>{name} is named .csv but is not text (it may be a workbook or another kind of file renamed). Open it in Excel or WPS and save it as .xlsx or as CSV.</source>
            <translation>{name} ཡི་མིང་ .csv ཡིན་ཡང་ཡི་གེ་མ་རེད། Excel ཡང་ན་ WPS ནང་ཁ་ཕྱེ་ནས་ .xlsx ཡང་ན་ CSV ལྟར་ཉར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/csv_book.py" line="90" />
            <source>{name} is not text in a Chinese or Unicode encoding. Open it in Excel or WPS and save it as CSV UTF-8 or as .xlsx.</source>
            <translation>{name} ནི་རྒྱ་ཡིག་གམ་ Unicode ཡི་ཨང་སྒྲིག་གི་ཡི་གེ་མ་རེད། Excel ཡང་ན་ WPS ནང་ཁ་ཕྱེ་ནས་ CSV UTF-8 ཡང་ན་ .xlsx ལྟར་ཉར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/update_backup.py" line="52" />
            <source>Before updating the register to this release, the program keeps a copy of it in {path}, and that copy could not be written ({detail}). The register was not changed; free some space there and start the program again.</source>
            <translation>ལས་རིམ་འདིའི་པར་གཞི་གསར་པར་ཐོ་དེབ་གསར་བསྒྱུར་མ་བྱས་གོང་ {path} ནང་དུ་འདྲ་བཤུས་ཤིག་ཉར་དགོས་ཀྱང་འདྲ་བཤུས་འབྲི་མ་ཐུབ། ({detail}) ཐོ་དེབ་ལ་འགྱུར་བ་མ་བྱུང་། དེ་གར་བར་སྟོང་ཅུང་ཟད་ཕྱེ་ནས་ལས་རིམ་བསྐྱར་དུ་སྒོ་ཕྱེ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="255" />
            <source>{path} was changed outside the program ({detail}); it is not restored. Use another backup.</source>
            <translation>{path} ནི་མཉེན་ཆས་འདིའི་ཕྱི་ནས་བཟོ་བཅོས་བྱས་ཡོད། ({detail}) སླར་གསོ་བྱས་མེད། གྲབས་ཉར་གཞན་ཞིག་བེད་སྤྱོད་གཏོང་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1247" />
            <source>The package from office {sender} registers office {code}, which it may not: offices are registered here only by an administrator (offices add-subordinate). Nothing was imported.</source>
            <translation>ལས་ཁང་ {sender} ཡི་ཐུམ་སྒྲིལ་གྱིས་ལས་ཁང་ {code} ཐོ་འགོད་བྱས་འདུག་པ་དེ་མི་ཆོག ལས་ཁང་ནི་འདིའི་དོ་དམ་པས་ཁོ་ན་ཐོ་འགོད་ (offices add-subordinate) བྱེད་ཆོག ནང་འདྲེན་གང་ཡང་བྱས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="231" />
            <source>The household already owes {outstanding_yuan} yuan on loans of this programme; with {amount_yuan} yuan more it would owe {total_yuan} yuan, above the limit of {cap_yuan} yuan per household for the {product}.</source>
            <translation>ཁྱིམ་ཚང་འདིས་ལས་གཞི་འདིའི་དངུལ་བསྐྱིན་ནང་སྒོར་ {outstanding_yuan} བུ་ལོན་ཡོད། ད་དུང་སྒོར་ {amount_yuan} བསྐྱིན་ན་བུ་ལོན་སྒོར་ {total_yuan} ལ་སླེབས་ཏེ་ {product} ཡི་ཁྱིམ་ཚང་རེར་སྒོར་ {cap_yuan} ཡི་ཚད་ལས་བརྒལ་འགྲོ།</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="255" />
            <source>The household head's birth date is unknown, so the age rule cannot be checked. Enter the ID number of the household head.</source>
            <translation>ཁྱིམ་བདག་གི་སྐྱེས་ཚེས་མི་གསལ་བས་ལོ་ཚོད་ཀྱི་སྒྲིག་སྲོལ་ཞིབ་བཤེར་བྱེད་ཐབས་མེད། ཁྱིམ་བདག་གི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་འགོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="283" />
            <source>The borrower is {age}; borrowers are {min_age} to {max_age} in principle. Record the reason for an exception, or choose another product.</source>
            <translation>དངུལ་བསྐྱིན་མཁན་ལོ་ {age} ཡིན། གཞི་རྩའི་ཐོག་ནས་དངུལ་བསྐྱིན་མཁན་ལོ་ {min_age} ནས་ {max_age} བར་དགོས། དམིགས་བསལ་གྱི་རྒྱུ་མཚན་འགོད་པའམ་ཐོན་རྫས་གཞན་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="342" />
            <source>The {product} is not for this household's status.</source>
            <translation>{product} ཁྱིམ་ཚང་འདིའི་གནས་སྟངས་ལ་མི་འཚམ།</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="348" />
            <source>The {product} allows at most {max_yuan} yuan per loan; {amount_yuan} yuan was granted.</source>
            <translation>{product} ཐེངས་རེར་མང་ཤོས་སྒོར་ {max_yuan} ཆོག སྒོར་ {amount_yuan} སྤྲད་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="364" />
            <location filename="../app/services/loan_book.py" line="502" />
            <source>Enter the maturity date or the term in months: a loan without a maturity can never be overdue.</source>
            <translation>དུས་ཚེས་ཧྲིལ་པོའམ་ཟླ་གྲངས་ཀྱི་དུས་ཚོད་འགོད་རོགས། དུས་ཚེས་མེད་པའི་དངུལ་བསྐྱིན་ནམ་ཡང་དུས་ལས་ཡོལ་མི་སྲིད།</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="382" />
            <source>The {product} allows a term of at most {max_months} months: the maturity can be {latest} at the latest; {maturity} was given.</source>
            <translation>{product} ཡི་དུས་ཚོད་མང་ཤོས་ཟླ་བ་ {max_months} ཡིན། དུས་ཚེས་ཕྱི་ཤོས་ {latest} ཡིན་དགོས། {maturity} བཀོད་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="398" />
            <source>Enter the rate the bank charges.</source>
            <translation>དངུལ་ཁང་གིས་ལེན་པའི་སྐྱེད་ཚད་འགོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="272" />
            <source>The borrower is {age}, outside the ages {min_age} to {max_age} that apply in principle; the exception is recorded with its reason.</source>
            <translation>དངུལ་བསྐྱིན་མཁན་ལོ་ {age} ཡིན་པས་གཞི་རྩའི་ལོ་ {min_age} ནས་ {max_age} བར་གྱི་ཁྱབ་ཁོངས་ལས་བརྒལ་ཡོད། དམིགས་བསལ་དེ་རྒྱུ་མཚན་དང་བཅས་ཐོ་འགོད་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="405" />
            <source>The {product} allows at most {cap} a year for a term of {months} months on {date}; {rate} was given.</source>
            <translation>{product} ཡི་ {date} ཉིན་གྱི་ཟླ་བ་ {months} དུས་ཚོད་ཅན་གྱི་ལོ་སྐྱེད་མཐོ་ཤོས་ {cap} ཡིན། {rate} བཀོད་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="48" />
            <source>A repayment is split into principal and interest as the bank receipt shows; the principal paid may not exceed what is owed. The loan is repaid when nothing is owed.</source>
            <translation>བུ་ལོན་འཇལ་བ་དེ་དངུལ་ཁང་གི་ལག་ཁྱེར་ལྟར་མ་དངུལ་དང་སྐྱེད་ཀ་སོ་སོར་འབྱེད། འཇལ་བའི་མ་དངུལ་བུ་ལོན་ལས་བརྒལ་མི་ཆོག བུ་ལོན་མེད་པ་ཆགས་དུས་དངུལ་བསྐྱིན་འཇལ་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="54" />
            <source>Extension only when the borrower cannot repay for reasons other than unwillingness: give the reason (Wulong seed §32: 在剔除主观恶意欠款不还的情况下，可予以贷款展期).</source>
            <translation>དངུལ་བསྐྱིན་མཁན་གྱིས་ཆེད་དུ་མི་འཇལ་བ་མ་ཡིན་པའི་རྒྱུ་རྐྱེན་གྱིས་འཇལ་མ་ཐུབ་ན་མ་གཏོགས་དུས་འགྱངས་མི་ཆོག རྒྱུ་མཚན་འགོད་རོགས། (Wulong §32: 在剔除主观恶意欠款不还的情况下，可予以贷款展期)</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="58" />
            <source>Asked for before the maturity; in total at most the original term for loans up to one year, half of it up to five years, three years beyond (《贷款通则》 art. 12).</source>
            <translation>དུས་ཚེས་མ་སླེབས་གོང་རེ་ཞུ་དགོས། ཁྱོན་བསྡོམས་དུས་འགྱངས། ལོ་གཅིག་ཡན་གྱི་དངུལ་བསྐྱིན་ལ་ཐོག་མའི་དུས་ཚོད་ལས་མི་བརྒལ། ལོ་ལྔ་ཡན་ལ་དེའི་ཕྱེད་ཀ ལོ་ལྔ་ཡན་ཆད་ལ་ལོ་གསུམ། (《贷款通则》 §12)</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="64" />
            <source>A top-up when more money helps the household through (Wulong seed §32: 对通过追加贷款可以渡过难关的，应予以追加贷款扶持); the part above the subsidy cap earns no subsidy.</source>
            <translation>དངུལ་བསྐྱིན་ཁ་སྣོན་གྱིས་ཁྱིམ་ཚང་ལ་དཀའ་ངལ་བརྒལ་ཐུབ་ན་ཁ་སྣོན་བྱེད། (Wulong §32: 对通过追加贷款可以渡过难关的，应予以追加贷款扶持) སྐྱེད་ཀ་རོགས་སྐྱོར་གྱི་ཚད་ལས་བརྒལ་བའི་ཆ་ལ་རོགས་སྐྱོར་མེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="70" />
            <source>Only a loan with principal past due can be marked as defaulted; the interest subsidy stops from that day.</source>
            <translation>མ་དངུལ་དུས་ལས་ཡོལ་བའི་དངུལ་བསྐྱིན་ཁོ་ན་དུས་ཐོག་མ་འཇལ་བར་རྟགས་འགོད་ཆོག ཉིན་དེ་ནས་བཟུང་སྐྱེད་ཀ་རོགས་སྐྱོར་མཚམས་འཇོག</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="73" />
            <source>A claim on the county's risk-compensation fund (县建风险补偿金) for a defaulted loan, at most what is still owed.</source>
            <translation>དུས་ཐོག་མ་འཇལ་བའི་དངུལ་བསྐྱིན་ལ་རྫོང་གི་ཉེན་ཁའི་གུན་གསབ་དངུལ་ (县建风险补偿金) ནས་རེ་ཞུ་བྱེད་ཆོག དངུལ་གྲངས་ད་དུང་བུ་ལོན་ཡོད་པ་ལས་མི་བརྒལ།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="78" />
            <source>Only a defaulted loan can be written off; recoveries are still recorded afterwards.</source>
            <translation>དུས་ཐོག་མ་འཇལ་བའི་དངུལ་བསྐྱིན་ཁོ་ན་རྩིས་ཐོ་ནས་བསུབ་ཆོག དེའི་རྗེས་སུ་ཕྱིར་བསྡུས་པ་ད་དུང་ཐོ་འགོད་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="98" />
            <source>A loan that is {status} cannot take this step.</source>
            <translation>གནས་སྟངས་ {status} ཡིན་པའི་དངུལ་བསྐྱིན་ལ་གོ་རིམ་འདི་བྱེད་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="120" />
            <source>Give the reason the household cannot repay on time: an extension is only for borrowers who are not simply unwilling to repay.</source>
            <translation>ཁྱིམ་ཚང་གིས་དུས་ཐོག་བུ་ལོན་འཇལ་མ་ཐུབ་པའི་རྒྱུ་མཚན་འགོད་རོགས། དུས་འགྱངས་ནི་ཆེད་དུ་མི་འཇལ་བ་མ་ཡིན་པའི་དངུལ་བསྐྱིན་མཁན་ཁོ་ན་ལ་ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="130" />
            <source>An extension must be asked for by the maturity ({maturity}); after it, record the default or the repayment instead.</source>
            <translation>དུས་འགྱངས་ནི་དུས་ཚེས་ ({maturity}) མ་སླེབས་གོང་རེ་ཞུ་དགོས། དེའི་རྗེས་སུ་དུས་ཐོག་མ་འཇལ་བའམ་བུ་ལོན་འཇལ་བ་ཐོ་འགོད་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="138" />
            <source>Enter the new maturity date.</source>
            <translation>དུས་ཚེས་གསར་པ་འགོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="144" />
            <source>The new maturity must be after the current one ({maturity}).</source>
            <translation>དུས་ཚེས་གསར་པ་ད་ལྟའི་དུས་ཚེས་ ({maturity}) ཀྱི་རྗེས་སུ་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="155" />
            <source>Extensions of a {months}-month loan may add at most {limit} months in total: the maturity can be {latest} at the latest.</source>
            <translation>ཟླ་བ་ {months} ཅན་གྱི་དངུལ་བསྐྱིན་གྱི་དུས་འགྱངས་ཁྱོན་བསྡོམས་མང་ཤོས་ཟླ་བ་ {limit} ཡིན། དུས་ཚེས་ཕྱི་ཤོས་ {latest} ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="163" />
            <source>Nothing is owed on this loan: there is nothing to extend.</source>
            <translation>དངུལ་བསྐྱིན་འདིར་བུ་ལོན་མེད་པས་དུས་འགྱངས་དགོས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="172" />
            <source>Enter the amount of the top-up (more than zero).</source>
            <translation>ཁ་སྣོན་དངུལ་གྲངས་འགོད་རོགས། (0 ལས་མང་བ།)</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="177" />
            <source>A top-up must be made before the maturity ({maturity}).</source>
            <translation>དངུལ་བསྐྱིན་ཁ་སྣོན་ནི་དུས་ཚེས་ ({maturity}) མ་སླེབས་གོང་བྱེད་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="182" />
            <source>Give the reason for the top-up: what it helps the household through.</source>
            <translation>ཁ་སྣོན་གྱི་རྒྱུ་མཚན་འགོད་རོགས། ཁྱིམ་ཚང་ལ་དཀའ་ངལ་གང་བརྒལ་བར་རོགས་རམ་བྱེད་པ།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="193" />
            <source>On {date} nothing of this loan is past due: only an overdue loan can be marked as defaulted.</source>
            <translation>{date} ཉིན་དངུལ་བསྐྱིན་འདིའི་ཆ་གང་ཡང་དུས་ལས་མ་ཡོལ། དུས་ལས་ཡོལ་བའི་དངུལ་བསྐྱིན་ཁོ་ན་དུས་ཐོག་མ་འཇལ་བར་རྟགས་འགོད་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="198" />
            <source>Give the reason the loan is in default.</source>
            <translation>དུས་ཐོག་མ་འཇལ་བའི་རྒྱུ་མཚན་འགོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="214" />
            <source>Enter the amount claimed (more than zero).</source>
            <translation>རེ་ཞུའི་དངུལ་གྲངས་འགོད་རོགས། (0 ལས་མང་བ།)</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="236" />
            <source>Give the reason for the write-off.</source>
            <translation>རྩིས་ཐོ་ནས་བསུབ་པའི་རྒྱུ་མཚན་འགོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="248" />
            <source>A loan that is {status} takes no repayment.</source>
            <translation>གནས་སྟངས་ {status} ཡིན་པའི་དངུལ་བསྐྱིན་ལ་བུ་ལོན་འཇལ་བ་ཐོ་འགོད་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="254" />
            <source>Amounts repaid cannot be negative.</source>
            <translation>འཇལ་བའི་དངུལ་གྲངས་ཐ་ཚད་ལས་ཆུང་བ་ཡིན་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="263" />
            <source>The repayment date {date} is before the grant ({granted}).</source>
            <translation>བུ་ལོན་འཇལ་ཚེས་ {date} དེ་སྤྲོད་ཚེས་ ({granted}) ཀྱི་སྔོན་ལ་རེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="272" />
            <source>The principal repaid ({amount_yuan} yuan) is more than is owed ({owed_yuan} yuan).</source>
            <translation>འཇལ་བའི་མ་དངུལ་ (སྒོར་ {amount_yuan}) དེ་བུ་ལོན་ (སྒོར་ {owed_yuan}) ལས་མང་།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="219" />
            <source>At most {owed_yuan} yuan is owed, of which {claimed_yuan} yuan was already claimed; {amount_yuan} yuan is too much.</source>
            <translation>བུ་ལོན་མང་ཤོས་སྒོར་ {owed_yuan} ཡོད། དེའི་ནང་ནས་སྒོར་ {claimed_yuan} རེ་ཞུ་བྱས་ཟིན། སྒོར་ {amount_yuan} ཧ་ཅང་མང་།</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="256" />
            <source>Enter the amount repaid (more than zero).</source>
            <translation>འཇལ་བའི་དངུལ་གྲངས་འགོད་རོགས། (0 ལས་མང་བ།)</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="147" />
            <source>Loan repayments</source>
            <translation>དངུལ་བསྐྱིན་འཇལ་བ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="147" />
            <source>Loan repayment</source>
            <translation>དངུལ་བསྐྱིན་འཇལ་བ།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="153" />
            <source>Credit lines</source>
            <translation>ཡིད་རྟོན་དངུལ་ཚད།</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="153" />
            <source>Credit line</source>
            <translation>ཡིད་རྟོན་དངུལ་ཚད།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="1090" />
            <source>No household has the ID number or id {text}.</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ངམ་ཨང་རྟགས་ {text} ཅན་གྱི་ཁྱིམ་ཚང་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="175" />
            <source>There is no village called {name} in this register.</source>
            <translation>ཐོ་དེབ་འདིའི་ནང་ {name} ཟེར་བའི་གྲོང་ཚོ་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="782" />
            <source>Unknown step {step}.</source>
            <translation>གོ་རིམ་ {step} ངོ་མི་ཤེས།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="1017" />
            <source>The rating must be signed by both the village cadre and the bank officer before a credit line is set from it.</source>
            <translation>གྲོང་ཚོའི་ལས་བྱེད་པ་དང་དངུལ་ཁང་གི་ལས་བྱེད་པ་གཉིས་ཀས་མིང་རྟགས་བཀོད་རྗེས་སུ་རིམ་པ་དེ་ལ་གཞིགས་ནས་ཡིད་རྟོན་དངུལ་ཚད་གཏན་འཁེལ་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="1048" />
            <source>Sign as the village or as the bank.</source>
            <translation>གྲོང་ཚོའམ་དངུལ་ཁང་གི་ཐོབ་ཐང་ཐོག་མིང་རྟགས་འགོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="591" />
            <source>Repayments every how many months: a whole number, at least 1.</source>
            <translation>ཟླ་བ་ག་ཚོད་རེར་བུ་ལོན་འཇལ་བ། ཧྲིལ་གྲངས་ཡིན་པ་དང་ཉུང་མཐར་ 1</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="853" />
            <source>The date {date} is before the grant ({granted}).</source>
            <translation>ཚེས་གྲངས་ {date} དེ་སྤྲོད་ཚེས་ ({granted}) ཀྱི་སྔོན་ལ་རེད།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="1052" />
            <source>The village's half of a rating is signed by a village cadre.</source>
            <translation>རིམ་པ་གཏན་འཁེལ་གྱི་གྲོང་ཚོའི་ཆ་དེར་གྲོང་ཚོའི་ལས་བྱེད་པས་མིང་རྟགས་འགོད།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="733" />
            <source>This loan has not been granted: there is nothing to repay.</source>
            <translation>དངུལ་བསྐྱིན་འདི་ད་དུང་སྤྲད་མེད་པས་འཇལ་རྒྱུ་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="786" />
            <source>This loan has not been granted yet.</source>
            <translation>དངུལ་བསྐྱིན་འདི་ད་དུང་སྤྲད་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="86" />
            <source>The rules of this product were set by office {office}; only that office can change them.</source>
            <translation>ཐོན་རྫས་འདིའི་སྒྲིག་སྲོལ་ལས་ཁང་ {office} གིས་གཏན་འཁེལ་བྱས་པས་ལས་ཁང་དེས་ཁོ་ན་བཟོ་བཅོས་བྱེད་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="90" />
            <source>The subsidy share is between 0 and 100 %.</source>
            <translation>སྐྱེད་ཀ་རོགས་སྐྱོར་གྱི་བསྡུར་ཚད་ 0 ནས་ 100 % བར་ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/services/loans.py" line="55" />
            <source>Credit line {year}: {amount_yuan} yuan (rating {grade}).</source>
            <translation>{year} ལོའི་ཡིད་རྟོན་དངུལ་ཚད། སྒོར་ {amount_yuan} (རིམ་པ་ {grade})</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="11" />
            <source>Visit list: loans due and overdue</source>
            <translation>ལྟ་སྐོར་ཐོ་འགོད། དུས་ཚེས་སླེབས་པ་དང་དུས་ལས་ཡོལ་བའི་དངུལ་བསྐྱིན།</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="13" />
            <source>Falling due in the next {days} days</source>
            <translation>ཉིན་ {days} ནང་དུ་དུས་ཚེས་སླེབས་པ།</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="14" />
            <source>No loan is overdue or falls due in this period.</source>
            <translation>དུས་ཚིགས་འདིར་དུས་ལས་ཡོལ་བའམ་དུས་ཚེས་སླེབས་པའི་དངུལ་བསྐྱིན་མེད།</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="22" />
            <source>Balance (yuan)</source>
            <translation>ལྷག་འཕྲོ། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="24" />
            <source>Days overdue</source>
            <translation>དུས་ལས་ཡོལ་བའི་ཉིན་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="25" />
            <source>Visited on / result</source>
            <translation>ལྟ་སྐོར་ཚེས་གྲངས། / འབྲས་བུ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="83" />
            <source>Loan book at month end</source>
            <translation>ཟླ་མཇུག་གི་དངུལ་བསྐྱིན་ལྷག་འཕྲོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="282" />
            <source>Outstanding balance</source>
            <translation>མ་འཇལ་བའི་ལྷག་འཕྲོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="283" />
            <source>Overdue balance</source>
            <translation>དུས་ལས་ཡོལ་བའི་ལྷག་འཕྲོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="284" />
            <source>Overdue rate</source>
            <translation>དུས་ལས་ཡོལ་བའི་བསྡུར་ཚད།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="84" />
            <source>Repayments in the month: principal</source>
            <translation>ཟླ་འདིའི་བུ་ལོན་འཇལ་བ། མ་དངུལ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="85" />
            <source>Repayments in the month: interest</source>
            <translation>ཟླ་འདིའི་བུ་ལོན་འཇལ་བ། སྐྱེད་ཀ</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="86" />
            <source>Interest subsidy due for the month</source>
            <translation>ཟླ་འདིར་སྤྲོད་དགོས་པའི་སྐྱེད་ཀ་རོགས་སྐྱོར།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="900" />
            <source>Only a loan repaid in full can be renewed; this one still owes {owed_yuan} yuan.</source>
            <translation>ཆ་ཚང་འཇལ་ཟིན་པའི་དངུལ་བསྐྱིན་ཁོ་ན་བསྐྱར་དུ་བསྐྱིན་ཆོག འདིར་ད་དུང་སྒོར་ {owed_yuan} བུ་ལོན་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="909" />
            <source>Give the reason for the renewal.</source>
            <translation>བསྐྱར་དུ་དངུལ་བསྐྱིན་པའི་རྒྱུ་མཚན་འགོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="906" />
            <source>A renewal comes after the repayment ({repaid}).</source>
            <translation>བསྐྱར་དུ་དངུལ་བསྐྱིན་པ་དེ་བུ་ལོན་འཇལ་བ་ ({repaid}) ཀྱི་རྗེས་སུ་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="278" />
            <source>This is not a policy table signed by a county office, or it was changed after it was signed.</source>
            <translation>འདི་རྫོང་གི་ལས་ཁང་གིས་མིང་རྟགས་བཀོད་པའི་སྲིད་ཇུས་རེའུ་མིག་མིན་པའམ་མིང་རྟགས་བཀོད་རྗེས་བཟོ་བཅོས་བྱས་འདུག</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="223" />
            <source>Only a county office issues the policy table for the offices below it.</source>
            <translation>རྫོང་གི་ལས་ཁང་ཁོ་ནས་འོག་རིམ་ལས་ཁང་ལ་སྲིད་ཇུས་རེའུ་མིག་སྤྲོད་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="292" />
            <source>This policy table was issued by office {issuer}, which is not above this office ({office}).</source>
            <translation>སྲིད་ཇུས་རེའུ་མིག་འདི་ལས་ཁང་ {issuer} གིས་སྤྲད་པ་ཡིན་ལ། དེ་ལས་ཁང་འདིའི་ ({office}) གོང་རིམ་མིན།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="301" />
            <source>The first policy table of office {issuer} needs its key file too (offices export-key at the county), so that later tables can be checked against it.</source>
            <translation>ལས་ཁང་ {issuer} གི་སྲིད་ཇུས་རེའུ་མིག་ཐེངས་དང་པོར་ནང་འདྲེན་བྱེད་སྐབས་དེའི་ལྡེ་མིག་ཡིག་ཆ་ཡང་དགོས། (རྫོང་དུ་ offices export-key) དེས་རྗེས་མའི་རེའུ་མིག་ཞིབ་བཤེར་བྱེད་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="309" />
            <source>The key file is not the key of office {issuer}.</source>
            <translation>ལྡེ་མིག་ཡིག་ཆ་འདི་ལས་ཁང་ {issuer} གི་ལྡེ་མིག་མིན།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="238" />
            <source>Of these, loans already granted (a ledger's rows, with their balances): {granted}.</source>
            <translation>དེའི་ནང་སྤྲད་ཟིན་པའི་དངུལ་བསྐྱིན། (ཐོ་དེབ་ཀྱི་ཐིག་ཕྲེང་། བུན་ལྷག་བཅས།) {granted}</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="288" />
            <source>{office} ({office_name}), village {village}: {name}, version {version}, {records} records</source>
            <translation>{office} ({office_name}) གྲོང་ཚོ། {village}  {name}  པར་གཞི་ {version}  ཟིན་ཐོ་ {records}</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="323" />
            <source>{count} conflicts.</source>
            <translation>འགལ་ཟླ་ {count} ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="335" />
            <source>Conflict {id} resolved: {resolution}.</source>
            <translation>འགལ་ཟླ་ {id} ཐག་གཅོད་བྱས་ཟིན། {resolution}</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="312" />
            <source>open</source>
            <translation>ཐག་མ་ཆོད།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="314" />
            <source>here:</source>
            <translation>འདི་ན།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="315" />
            <source>waiting:</source>
            <translation>སྒུག་བཞིན་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="315" />
            <source>Grant date</source>
            <translation>སྤྲད་པའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="337" />
            <source>Maturity date</source>
            <translation>དུས་ཚོད་ཧྲིལ་པོའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="355" />
            <source>Interest rate (% a year)</source>
            <translation>ལོ་རེའི་སྐྱེད་ཚད། (%)</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="361" />
            <source>Balance</source>
            <translation>བུན་ལྷག</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="367" />
            <source>Amount repaid</source>
            <translation>སླར་སྤྲོད་ཟིན་པའི་འབོར་ཚད།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="385" />
            <source>Repayment date</source>
            <translation>སླར་སྤྲོད་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="391" />
            <source>Contract number</source>
            <translation>ཆིངས་ཡིག་ཨང་།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="408" />
            <source>Interest subsidy</source>
            <translation>སྐྱེད་ཀའི་རོགས་དངུལ།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="134" />
            <source>Enter the amount granted, in yuan.</source>
            <translation>སྤྲད་པའི་འབོར་ཚད་སྒོར་གྱིས་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="182" />
            <source>The row is a loan but names no loan product. Add a product column, or choose the product for rows without one.</source>
            <translation>ཐིག་ཕྲེང་འདི་དངུལ་བསྐྱིན་ཡིན་ཡང་དངུལ་བསྐྱིན་རིགས་མེད། རིགས་ཀྱི་སྟར་ཕྲེང་སྣོན་པའམ་རིགས་མེད་པའི་ཐིག་ཕྲེང་ལ་རིགས་གཅིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="200" />
            <source>Enter the maturity date or the term of the loan: a loan without a maturity can never be overdue.</source>
            <translation>དངུལ་བསྐྱིན་གྱི་དུས་ཚོད་ཧྲིལ་པོའི་ཚེས་གྲངས་སམ་དུས་ཡུན་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="214" />
            <source>The maturity date {maturity} must be after the grant date {granted}.</source>
            <translation>དུས་ཚོད་ཧྲིལ་པོའི་ཚེས་གྲངས་ {maturity} ནི་སྤྲད་པའི་ཚེས་གྲངས་ {granted} ཀྱི་རྗེས་སུ་ཡིན་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="278" />
            <source>The repaid amount {repaid} yuan and the balance {balance} yuan do not fit a loan of {amount} yuan.</source>
            <translation>སླར་སྤྲོད་ཟིན་པ་སྒོར་ {repaid} དང་བུན་ལྷག་སྒོར་ {balance} ནི་དངུལ་བསྐྱིན་སྒོར་ {amount} དང་མི་མཐུན།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="124" />
            <source>The grant date {date} is in the future; today is {today}.</source>
            <translation>སྤྲད་པའི་ཚེས་གྲངས་ {date} མ་འོངས་པ་རེད། དེ་རིང་ནི་ {today} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="297" />
            <source>The ledger gives no repayment date: the {repaid} yuan repaid are recorded on {date}.</source>
            <translation>ཐོ་དེབ་ནང་སླར་སྤྲོད་ཚེས་གྲངས་མེད། སླར་སྤྲོད་ཟིན་པ་སྒོར་ {repaid} ཚེས་གྲངས་ {date} ལ་ཐོ་འགོད་བྱས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="309" />
            <source>The repayment date {date} is before the grant date {granted}.</source>
            <translation>སླར་སྤྲོད་ཚེས་གྲངས་ {date} ནི་སྤྲད་པའི་ཚེས་གྲངས་ {granted} ལས་སྔ།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="230" />
            <source>The term of {months} months from {granted} ends on {expected}, not on the maturity date {maturity}; the maturity date is kept.</source>
            <translation>{granted} ནས་ཟླ་བ་ {months} ཡི་དུས་ཡུན་ {expected} ལ་རྫོགས། དུས་ཚོད་ཧྲིལ་པོའི་ཚེས་གྲངས་ {maturity} མིན། དུས་ཚོད་ཧྲིལ་པོའི་ཚེས་གྲངས་ཉར།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="258" />
            <source>The balance {balance} yuan is not the amount {amount} yuan less the {repaid} yuan repaid ({expected} yuan). Correct the ledger row.</source>
            <translation>བུན་ལྷག་སྒོར་ {balance} ནི་འབོར་ཚད་སྒོར་ {amount} ནས་སླར་སྤྲོད་སྒོར་ {repaid} ཕྱིར་བཏོན་པ་ (སྒོར་ {expected}) དང་མི་མཚུངས། ཐོ་དེབ་ཀྱི་ཐིག་ཕྲེང་འདི་བཅོས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger_policy.py" line="43" />
            <source>The rules above are today's; the loan was granted on {date} under the rules of its time and is imported as it stands.</source>
            <translation>གོང་གི་སྒྲིག་གཞི་ནི་ད་ལྟའི་ཡིན། དངུལ་བསྐྱིན་འདི་ {date} ལ་དུས་དེའི་སྒྲིག་གཞི་ལྟར་སྤྲད་པས་ཇི་བཞིན་ནང་འདྲེན་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger_policy.py" line="99" />
            <source>The {product} is for other households than this one's status today; the loan was granted on {date} and is imported as it stands.</source>
            <translation>ཁྱིམ་ཚང་འདིའི་ད་ལྟའི་གནས་སྟངས་ལྟར་ {product} མི་འཐོབ། དངུལ་བསྐྱིན་འདི་ {date} ལ་སྤྲད་པས་ཇི་བཞིན་ནང་འདྲེན་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger_policy.py" line="113" />
            <source>The borrower was {age} on the grant date, outside the {product}'s ages in principle; imported as the bank granted it.</source>
            <translation>སྤྲད་པའི་ཚེས་གྲངས་ལ་བུན་ལེན་པའི་ལོ་ {age} ཡིན། {product} ཡི་ལོ་ཚད་ཀྱི་ཁྱབ་ཁོངས་ལས་འདས། དངུལ་ཁང་གིས་སྤྲད་པ་ལྟར་ནང་འདྲེན་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger_policy.py" line="70" />
            <source>The {product} allows at most {max_yuan} yuan; {amount_yuan} yuan was granted.</source>
            <translation>{product} ལ་མང་ཤོས་སྒོར་ {max_yuan} ཡིན། སྒོར་ {amount_yuan} སྤྲད་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger_policy.py" line="83" />
            <source>The {product} allows a term of at most {max_months} months; this loan runs {months}.</source>
            <translation>{product} ཡི་དུས་ཡུན་རིང་ཤོས་ཟླ་བ་ {max_months} ཡིན། དངུལ་བསྐྱིན་འདི་ཟླ་བ་ {months} ཡིན།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="233" />
            <source>{n} records were set aside with a household in conflict; they are counted nowhere until the conflict is resolved.</source>
            <translation>ཟིན་ཐོ་ {n} འགལ་ཟླའི་ཁྱིམ་ཚང་དང་མཉམ་དུ་ཟུར་དུ་བཞག་ཡོད། འགལ་ཟླ་ཐག་མ་ཆོད་གོང་གྲངས་ཐོར་མི་རྩི།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="245" />
            <source>Conflict: the household with ID number {id_number} also comes from office {other}. This version was set aside with its records (nothing else of the package was held back) until the conflict is resolved: Sync page, Conflicts, or the command sync conflicts list.</source>
            <translation>འགལ་ཟླ། ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ {id_number} ཡི་ཁྱིམ་ཚང་ལས་ཁང་ {other} ནས་ཀྱང་ཡོང་། པར་གཞི་འདི་དང་དེའི་ཟིན་ཐོ་ཟུར་དུ་བཞག་ཡོད། (ཐུམ་སྒྲིལ་གྱི་གཞན་དག་རྒྱུན་ལྟར་ནང་འདྲེན་བྱས།) མཐུན་སྒྲིལ་ཤོག་ངོས་ཀྱི་འགལ་ཟླ་འམ་ sync conflicts list ལ་ལྟོས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_conflicts.py" line="151" />
            <source>{action} is not a way to resolve a conflict. Choose one of: {actions}.</source>
            <translation>{action} ནི་འགལ་ཟླ་ཐག་གཅོད་ཀྱི་ཐབས་མ་རེད། {actions} ནས་གཅིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_conflicts.py" line="158" />
            <source>There is no household conflict {id}. List them with: sync conflicts list.</source>
            <translation>ཁྱིམ་ཚང་གི་འགལ་ཟླ་ {id} མེད། sync conflicts list བེད་སྤྱོད་ནས་ཐོ་འགོད་གྱིས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_conflicts.py" line="162" />
            <source>Conflict {id} was already resolved ({resolution}).</source>
            <translation>འགལ་ཟླ་ {id} སྔར་ཐག་གཅོད་བྱས་ཟིན། ({resolution})</translation>
        </message>
        <message>
            <location filename="../app/services/sync_conflicts.py" line="165" />
            <source>Say which version the household moved to: incoming or local.</source>
            <translation>ཁྱིམ་ཚང་པར་གཞི་གང་དུ་སྤོས་པ་གསལ་རོགས། incoming ཡང་ན་ local</translation>
        </message>
        <message>
            <location filename="../app/services/sync_conflicts.py" line="178" />
            <source>Conflict {id} can no longer be resolved this way: one of its versions is gone from the register.</source>
            <translation>འགལ་ཟླ་ {id} ཐབས་འདིས་ཐག་གཅོད་མི་ཐུབ། དེའི་པར་གཞི་གཅིག་ཐོ་དེབ་ནང་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="340" />
            <source>Households in conflict between villages (each counted once)</source>
            <translation>གྲོང་ཚོའི་བར་འགལ་ཟླའི་ཁྱིམ་ཚང་། (རེ་རེར་ཐེངས་གཅིག་རྩིས།)</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="136" />
            <source>The folder {folder} for the error list does not exist. Create it, or give another path with --errors-out; nothing was imported.</source>
            <translation>ནོར་འཁྲུལ་ཐོ་ཡི་ཡིག་སྣོད་ {folder} མེད། དེ་གསར་བཟོ་བྱེད་པའམ་ --errors-out ཡིས་ལམ་ཐིག་གཞན་ཞིག་སྟོན་རོགས། ནང་འདྲེན་གང་ཡང་བྱས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="145" />
            <source>{path} is a folder; give a file name for the error list, such as {path}/errors.xlsx.</source>
            <translation>{path} ནི་ཡིག་སྣོད་ཅིག་ཡིན། ནོར་འཁྲུལ་ཐོ་ལ་ཡིག་ཆའི་མིང་ཞིག་སྟོན་རོགས། དཔེར་ན་ {path}/errors.xlsx ལྟ་བུ།</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="36" />
            <location filename="../app/domain/money.py" line="97" />
            <location filename="../app/domain/money.py" line="135" />
            <source>An amount of more than {max_yuan} yuan cannot be recorded here; check the amount.</source>
            <translation>སྒོར་ {max_yuan} ལས་བརྒལ་བའི་དངུལ་གྲངས་འདིར་ཐོ་འགོད་བྱེད་མི་ཐུབ། དངུལ་གྲངས་ཞིབ་བཤེར་གནང་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="66" />
            <source>The number must be at most {maximum}; {value} was entered.</source>
            <translation>གྲངས་ཀ་མང་མཐའ་ {maximum} ཡིན་དགོས། {value} བཅུག་འདུག</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="57" />
            <source>The number {value} is far too large.</source>
            <translation>གྲངས་ཀ་ {value} ཆེ་དྲགས་འདུག</translation>
        </message>
        <message>
            <location filename="../app/domain/text.py" line="82" />
            <source>This text holds an invisible control character ({char}: a line break, tab, escape or text-direction mark, often copied from a web page or a message). Type the text again without it.</source>
            <translation>ཡི་གེ་འདིའི་ནང་མཐོང་མི་ཐུབ་པའི་ཚོད་འཛིན་ཡིག་རྟགས་ ({char}: ཕྲེང་བརྗེ། tab། escape། ཡང་ན་ཡི་གེའི་ཁ་ཕྱོགས་རྟགས། དྲ་ངོས་སམ་བརྡ་འཕྲིན་ནས་འདྲ་བཤུས་བྱས་པ་ལས་བྱུང་སྲིད།) ཡོད། དེ་མེད་པར་ཡང་བསྐྱར་འཇུག་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/text.py" line="93" />
            <source>This text is {length} characters long; at most {limit} are kept here. Shorten it.</source>
            <translation>ཡི་གེ་འདི་ལ་ཡིག་འབྲུ་ {length} ཡོད། འདིར་མང་མཐའ་ {limit} ཉར་ཆོག ཐུང་དུ་གཏོང་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/demo.py" line="245" />
            <source>The demo makes from 1 to {maximum} households; {value} was asked.</source>
            <translation>དཔེ་སྟོན་གཞི་གྲངས་ཀྱིས་ཁྱིམ་ཚང་ 1 ནས་ {maximum} བར་བཟོ་ཐུབ། {value} རེ་བ་བྱས་འདུག</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="128" />
            <source>Another program is writing to the register {path} (a database tool, or a copy of this program on another computer sharing the folder). Nothing was changed. Close that program, then try again.</source>
            <translation>བྱ་རིམ་གཞན་ཞིག་གིས་ཐོ་དེབ་ {path} ནང་འབྲི་བཞིན་འདུག (གཞི་གྲངས་མཛོད་ཀྱི་ལག་ཆ། ཡང་ན་ཡིག་སྣོད་མཉམ་སྤྱོད་བྱེད་པའི་གློག་ཀླད་གཞན་ཞིག་གི་བྱ་རིམ་འདི།) བཟོ་བཅོས་གང་ཡང་བྱས་མེད། བྱ་རིམ་དེ་སྒོ་བརྒྱབ་ནས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="86" />
            <source>The disk that holds {path} is full, so the register cannot be opened; the register itself is not damaged. Free some space on that disk (a few megabytes at least), then open it again.</source>
            <translation>{path} ཉར་བའི་སྡེར་མོ་ཁེངས་ཟིན་པས་ཐོ་དེབ་ཁ་ཕྱེ་མི་ཐུབ། ཐོ་དེབ་རང་ལ་སྐྱོན་མེད། སྡེར་མོ་དེའི་ནང་བར་སྟོང་ཅུང་ཟད་ (MB འགའ་ཡན་) སྟོང་པར་བཏང་ནས་ཡང་བསྐྱར་ཁ་ཕྱེ་རོགས།</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="97" />
            <source>{path} could not be read or written ({detail}). The disk may have been removed, be write-protected or be failing; the register itself is probably not damaged. Check the disk, then open it again.</source>
            <translation>{path} ཀློག་འབྲི་བྱེད་མ་ཐུབ། ({detail}) སྡེར་མོ་ཕྱིར་བཏོན་པའམ། འབྲི་སྲུང་བྱས་པའམ། སྐྱོན་ཤོར་བ་ཡིན་སྲིད། ཐོ་དེབ་རང་ལ་སྐྱོན་མེད་པ་འདྲ། སྡེར་མོ་ཞིབ་བཤེར་བྱས་ནས་ཡང་བསྐྱར་ཁ་ཕྱེ་རོགས།</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="120" />
            <source>Another program is writing to the register {path}: {holders}. Nothing was changed. Close that program, then try again.</source>
            <translation>བྱ་རིམ་གཞན་ཞིག་གིས་ཐོ་དེབ་ {path} ནང་འབྲི་བཞིན་འདུག {holders} བཟོ་བཅོས་གང་ཡང་བྱས་མེད། བྱ་རིམ་དེ་སྒོ་བརྒྱབ་ནས་ཡང་བསྐྱར་ཚོད་ལྟ་གནང་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="24" />
            <source>Half-year report</source>
            <translation>ལོ་ཕྱེད་ཀྱི་སྙན་ཞུ།</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="25" />
            <source>Quarterly report</source>
            <translation>དུས་ཚིགས་ཀྱི་སྙན་ཞུ།</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="26" />
            <source>Annual report</source>
            <translation>ལོ་རེའི་སྙན་ཞུ།</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="27" />
            <source>Report for a period</source>
            <translation>དུས་ཡུན་གྱི་སྙན་ཞུ།</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="32" />
            <source>Give the half-year as year-H1 or year-H2, for example 2026-H2.</source>
            <translation>ལོ་ཕྱེད་ནི་ ལོ-H1 ཡང་ན་ ལོ-H2 ཞེས་འབྲི་དགོས། དཔེར་ན། 2026-H2</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="33" />
            <source>Give the quarter as year-Q1 to year-Q4, for example 2026-Q3.</source>
            <translation>དུས་ཚིགས་ནི་ ལོ-Q1 ནས་ ལོ-Q4 བར་འབྲི་དགོས། དཔེར་ན། 2026-Q3</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="34" />
            <source>Give the year with four digits, for example 2026.</source>
            <translation>ལོ་ནི་ཨང་གྲངས་བཞིས་འབྲི་དགོས། དཔེར་ན། 2026</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="36" />
            <source>New developments and problems</source>
            <translation>གནས་ཚུལ་གསར་པ་དང་གནད་དོན་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="37" />
            <source>(nothing written)</source>
            <translation>（ཅི་ཡང་བྲིས་མེད།）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="39" />
            <source>Offices below: included and missing</source>
            <translation>འོག་གི་ལས་ཁང་། ཚུད་ཟིན་པ་དང་ཆད་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="42" />
            <source>{n} days</source>
            <translation>ཉིན་ {n}</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="58" />
            <source>Summary</source>
            <translation>བསྡོམས་ཐོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="59" />
            <source>Complaint statistics</source>
            <translation>ཞུ་གཏུག་དབྱེ་བའི་སྡོམ་རྩིས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="104" />
            <source>The table stops here: {n} more steps are listed only in the .xlsx report of the same period.</source>
            <translation>རེའུ་མིག་འདི་འདིར་མཇུག་རྫོགས། གོ་རིམ་གཞན་ {n} ནི་དུས་ཡུན་གཅིག་པའི་ .xlsx སྙན་ཞུའི་ནང་ཁོ་ནར་བཀོད་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="40" />
            <source>Office code</source>
            <translation>ལས་ཁང་གི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="40" />
            <source>Level</source>
            <translation>རིམ་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="40" />
            <source>Latest package</source>
            <translation>ཐུམ་སྒྲིལ་ཆེས་གསར་བ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="40" />
            <source>In this report</source>
            <translation>སྙན་ཞུ་འདིའི་ནང་ཚུད་མིན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="41" />
            <source>included</source>
            <translation>ཚུད་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="41" />
            <source>missing: no package for the period yet</source>
            <translation>ཆད་པ། དུས་ཡུན་འདིའི་ཐུམ་སྒྲིལ་ད་དུང་འབྱོར་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="46" />
            <location filename="../app/services/report_document.py" line="47" />
            <source>Dual-base linkage work station</source>
            <translation>རྨང་རིམ་གཉིས་འབྲེལ་ལས་ས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="48" />
            <source>Dual-base linkage work office</source>
            <translation>རྨང་རིམ་གཉིས་འབྲེལ་ལས་ཁང་།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="66" />
            <source>Code</source>
            <translation>ཨང་རྟགས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="66" />
            <source>Class</source>
            <translation>རིགས།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="62" />
            <source>Complaints by business channel (JR/T 0169-2018 A)</source>
            <translation>ལས་དོན་ལམ་ཀ་ལྟར་དབྱེ་བའི་ཞུ་གཏུག (JR/T 0169-2018 A)</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="63" />
            <source>Complaints by business type (JR/T 0169-2018 B)</source>
            <translation>ལས་དོན་རིགས་ལྟར་དབྱེ་བའི་ཞུ་གཏུག (JR/T 0169-2018 B)</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="64" />
            <source>Complaints by cause (JR/T 0169-2018 C)</source>
            <translation>རྒྱུ་རྐྱེན་ལྟར་དབྱེ་བའི་ཞུ་གཏུག (JR/T 0169-2018 C)</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="89" />
            <source>Loan demands in the period</source>
            <translation>དུས་ཡུན་འདིའི་མ་དངུལ་དགོས་མཁོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="90" />
            <source>Granted in the period</source>
            <translation>དུས་ཡུན་འདིར་སྤྲད་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="91" />
            <source>Outstanding at the period's end</source>
            <translation>དུས་ཡུན་མཇུག་གི་ལྷག་མ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="92" />
            <source>Received in the period</source>
            <translation>དུས་ཡུན་འདིར་ལེན་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="93" />
            <source>Resolved in the period</source>
            <translation>དུས་ཡུན་འདིར་ཐག་གཅོད་བྱས་པ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="94" />
            <source>Overdue at the period's end</source>
            <translation>དུས་ཡུན་མཇུག་ལ་དུས་ཡོལ་བ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="95" />
            <source>Loan pipeline in the period (number of demands)</source>
            <translation>དུས་ཡུན་འདིའི་དངུལ་བསྐྱིན་ལས་སྒོའི་འཕེལ་རིམ། (དགོས་མཁོའི་གྲངས།)</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="96" />
            <source>Annex: loan steps in the period</source>
            <translation>ཟུར་སྦྲགས། དུས་ཡུན་འདིའི་དངུལ་བསྐྱིན་གྱི་གོ་རིམ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="97" />
            <source>No loan steps were recorded in this period.</source>
            <translation>དུས་ཡུན་འདིར་དངུལ་བསྐྱིན་གྱི་གོ་རིམ་ཐོ་འགོད་བྱས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="98" />
            <source>Loan book at the period's end</source>
            <translation>དུས་ཡུན་མཇུག་གི་དངུལ་བསྐྱིན་ལྷག་འཕྲོ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="99" />
            <source>Repayments in the period: principal</source>
            <translation>དུས་ཡུན་འདིའི་བུ་ལོན་འཇལ་བ། མ་དངུལ།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="100" />
            <source>Repayments in the period: interest</source>
            <translation>དུས་ཡུན་འདིའི་བུ་ལོན་འཇལ་བ། སྐྱེད་ཀ</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="101" />
            <source>Interest subsidy due for the period</source>
            <translation>དུས་ཡུན་འདིར་སྤྲོད་དགོས་པའི་སྐྱེད་ཀ་རོགས་སྐྱོར།</translation>
        </message>
        <message>
            <location filename="../app/services/reports.py" line="166" />
            <source>Provisional: the period has not ended yet, and its figures can still change.</source>
            <translation>གནས་སྐབས་ཀྱི་གྲངས་ཀ དུས་ཡུན་འདི་ད་དུང་མཇུག་མ་རྫོགས་པས་གྲངས་ཀ་འགྱུར་སྲིད།</translation>
        </message>
        <message>
            <location filename="../app/services/reports.py" line="167" />
            <source>This period has not begun yet: there is nothing to report.</source>
            <translation>དུས་ཡུན་འདི་ད་དུང་འགོ་མ་ཚུགས་པས་སྙན་ཞུ་བྱ་རྒྱུ་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/reports.py" line="168" />
            <source>This period ends before the first record on the register ({first}): there is nothing to report for it.</source>
            <translation>དུས་ཡུན་འདི་ཐོ་དེབ་ཀྱི་ཟིན་ཐོ་དང་པོ། ({first}) གོང་དུ་མཇུག་རྫོགས་པས་སྙན་ཞུ་བྱ་རྒྱུ་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/reports.py" line="575" />
            <source>The narrative is longer than {n} characters; shorten it.</source>
            <translation>གསལ་བཤད་ཡི་གེ་ {n} ལས་བརྒལ་འདུག ཐུང་དུ་གཏོང་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/reports.py" line="579" />
            <source>A name is at most 60 characters.</source>
            <translation>མིང་ལ་ཡི་གེ་ 60 ལས་མང་བ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="314" />
            <source>The register is now encrypted. Its recovery key is {key} . Write it down or print it and keep it in the office safe: it opens the register if every password is lost, and it is shown only this once.</source>
            <translation>ཐོ་དེབ་ད་ལྟ་གསང་སྡོམ་བྱས་ཟིན། དེའི་སླར་གསོའི་ལྡེ་མིག་ནི་ {key} ཡིན། དེ་བྲིས་པའམ་པར་བསྐྲུན་ནས་ལས་ཁང་གི་ཉེན་སྲུང་སྒམ་ནང་ཉར་རོགས། གསང་ཨང་ཚང་མ་བརླག་ན་དེས་ཐོ་དེབ་ཁ་ཕྱེ་ཐུབ། དེ་ཐེངས་འདི་གཅིག་ཁོ་ན་མངོན།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="296" />
            <source>Encrypting the register (once, at the first sign-in since this release); this takes a moment…</source>
            <translation>ཐོ་དེབ་གསང་སྡོམ་བྱེད་བཞིན་པ། (པར་གཞི་འདིའི་རྗེས་ཀྱི་ནང་འཛུལ་ཐེངས་དང་པོར་ཐེངས་གཅིག་ཁོ་ན།) ཅུང་ཙམ་སྒུག་རོགས།…</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="68" />
            <source>There is no office head's account (role admin) of that name.</source>
            <translation>མིང་དེའི་ལས་ཁང་འགན་འཛིན་གྱི་ཐོ་ཁོངས་ (admin) མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="172" />
            <source>{path} is an encrypted register; it can be restored only into the register it was made from (open that register and restore it there).</source>
            <translation>{path} ནི་གསང་སྡོམ་བྱས་པའི་ཐོ་དེབ་ཡིན། དེ་བཟོས་པའི་ཐོ་དེབ་ནང་ཁོ་ནར་སླར་གསོ་བྱེད་ཐུབ། (ཐོ་དེབ་དེ་ཁ་ཕྱེ་ནས་དེར་སླར་གསོ་བྱེད་རོགས།)</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="452" />
            <source>{path} was made before this register was encrypted; restoring it would write its records back in the clear, so it was not restored. Restore a backup made since.</source>
            <translation>{path} ནི་ཐོ་དེབ་འདི་གསང་སྡོམ་མ་བྱས་གོང་དུ་བཟོས་པ་ཡིན། དེ་སླར་གསོ་བྱས་ན་ཟིན་ཐོ་རྣམས་གསང་སྡོམ་མེད་པར་ཡང་བསྐྱར་འབྲི་འགྲོ་བས། སླར་གསོ་བྱས་མེད། དེའི་རྗེས་སུ་བཟོས་པའི་གྲབས་ཉར་སླར་གསོ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/encryption.py" line="202" />
            <source>The key file beside the register ({path}) is missing or damaged, so no password can open the register. Copy it back from the newest backup (the file ending in .keys beside it); the recovery key needs it too.</source>
            <translation>ཐོ་དེབ་ཀྱི་འགྲམ་གྱི་ལྡེ་མིག་ཡིག་ཆ་ ({path}) བརླག་པའམ་ཆག་སྐྱོན་ཕོག་པས། གསང་ཨང་གང་གིས་ཀྱང་ཐོ་དེབ་ཁ་ཕྱེ་མི་ཐུབ། གྲབས་ཉར་གསར་ཤོས་ནས་དེ་ཕྱིར་འདྲ་བཤུས་བྱེད་རོགས། (གྲབས་ཉར་འགྲམ་གྱི་ .keys ཡིས་མཇུག་སྡོམ་པའི་ཡིག་ཆ།) སླར་གསོའི་ལྡེ་མིག་ལའང་དེ་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/services/encryption.py" line="98" />
            <source>The encrypted copy of the register did not check out, so the register was left as it was (not encrypted). Free some disk space and sign in again.</source>
            <translation>ཐོ་དེབ་ཀྱི་གསང་སྡོམ་འདྲ་བཤུས་ཞིབ་བཤེར་ལ་མ་འཕྲོད་པས། ཐོ་དེབ་སྔར་བཞིན་བཞག་ཡོད། (གསང་སྡོམ་མ་བྱས།) སྡུད་སྡེར་གྱི་བར་སྟོང་ཅུང་ཙམ་སྟོང་པ་བཟོས་ནས་ཡང་བསྐྱར་ནང་འཛུལ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/encryption.py" line="115" />
            <source>This register cannot be encrypted here (it is already encrypted, or SQLCipher is not installed).</source>
            <translation>ཐོ་དེབ་འདི་འདིར་གསང་སྡོམ་བྱེད་མི་ཐུབ། (གསང་སྡོམ་བྱས་ཟིན་པའམ། SQLCipher སྒྲིག་འཇུག་བྱས་མེད།)</translation>
        </message>
        <message>
            <location filename="../app/services/encryption.py" line="137" />
            <source>The register could not be encrypted ({detail}); it was left as it was. Free some disk space and sign in again.</source>
            <translation>ཐོ་དེབ་གསང་སྡོམ་བྱེད་མ་ཐུབ། ({detail}) ཐོ་དེབ་སྔར་བཞིན་བཞག་ཡོད། སྡུད་སྡེར་གྱི་བར་སྟོང་ཅུང་ཙམ་སྟོང་པ་བཟོས་ནས་ཡང་བསྐྱར་ནང་འཛུལ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/encryption.py" line="226" />
            <source>This recovery key does not open the register. Check it against the printed sheet (letters A-Z and digits 2-7, in groups of four).</source>
            <translation>སླར་གསོའི་ལྡེ་མིག་འདིས་ཐོ་དེབ་ཁ་ཕྱེ་མི་ཐུབ། པར་བསྐྲུན་བྱས་པའི་ཤོག་བུ་དང་བསྡུར་ནས་ཞིབ་བཤེར་བྱེད་རོགས། (ཡི་གེ A-Z དང་ཨང་ཀི 2-7 བཞི་རེའི་ཚོ་ཁག)</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="199" />
            <source>The register {path} is encrypted. Sign in with your account's password, or use the recovery key kept in the office safe.</source>
            <translation>ཐོ་དེབ་ {path} གསང་སྡོམ་བྱས་ཡོད། ཁྱེད་ཀྱི་ཐོ་ཁོངས་ཀྱི་གསང་ཨང་གིས་ནང་འཛུལ་བྱེད་པའམ། ལས་ཁང་གི་ཉེན་སྲུང་སྒམ་ནང་ཉར་བའི་སླར་གསོའི་ལྡེ་མིག་བེད་སྤྱོད་གཏོང་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="180" />
            <source>The encrypted package is damaged or incomplete (the file was cut short or changed). Copy it again from the sending office.</source>
            <translation>གསང་སྡོམ་ཐུམ་སྒྲིལ་ལ་སྐྱོན་ཤོར་བའམ་ཆ་མི་ཚང་། (ཡིག་ཆ་བཅད་པའམ་བཟོ་བཅོས་བྱས་འདུག) གཏོང་མཁན་ལས་ཁང་ནས་ཡང་བསྐྱར་འདྲ་བཤུས་བྱེད་རོགས།</translation>
        </message>
        <message>
            <source>The encrypted package was damaged or altered on the way (it does not check out). Copy it again from the sending office.</source>
            <translation type="vanished">གསང་སྡོམ་ཐུམ་སྒྲིལ་ལམ་བར་དུ་སྐྱོན་ཤོར་བའམ་བཟོ་བཅོས་བྱས་འདུག (ཞིབ་བཤེར་མ་འགྲིག) གཏོང་མཁན་ལས་ཁང་ནས་ཡང་བསྐྱར་འདྲ་བཤུས་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="354" />
            <source>This encrypted file is not of the kind expected here ({found} instead of {expected}).</source>
            <translation>གསང་སྡོམ་ཡིག་ཆ་འདི་འདིར་དགོས་པའི་རིགས་མ་རེད། ({expected} དགོས་པ་ལས་ {found} རེད།)</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="360" />
            <source>This package was encrypted for office {recipient}, not for this office ({local}); only office {recipient} can open it. Take it there.</source>
            <translation>ཐུམ་སྒྲིལ་འདི་ལས་ཁང་ {recipient} ཆེད་དུ་གསང་སྡོམ་བྱས་པ་ཡིན་པས་ལས་ཁང་འདི་ ({local}) ཆེད་དུ་མིན། ལས་ཁང་ {recipient} ཁོ་ནས་ཁ་ཕྱེ་ཐུབ། དེར་ཁྱེར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="369" />
            <source>This package was encrypted for another key of office {recipient} than the one in this register (a register set up again, or a copy). Send office {sender} this office's key file again (offices export-key), and ask it for a new package.</source>
            <translation>ཐུམ་སྒྲིལ་འདི་ལས་ཁང་ {recipient} གི་ལྡེ་མིག་གཞན་ཞིག་གིས་གསང་སྡོམ་བྱས་པ་ཡིན་པས་ཐོ་དེབ་འདིའི་ནང་གི་ལྡེ་མིག་མིན། (ཐོ་དེབ་བསྐྱར་དུ་བཙུགས་པའམ་འདྲ་བཤུས་ཤིག་རེད།) ལས་ཁང་འདིའི་ལྡེ་མིག་ཡིག་ཆ་ (offices export-key) ལས་ཁང་ {sender} ལ་ཡང་བསྐྱར་སྤྲོད་ནས་ཐུམ་སྒྲིལ་གསར་པ་ཞིག་རེ་ཞུ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="201" />
            <source>This file is not an encrypted package of this program.</source>
            <translation>ཡིག་ཆ་འདི་མཉེན་ཆས་འདིའི་གསང་སྡོམ་ཐུམ་སྒྲིལ་མ་རེད།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="542" />
            <source>The grant is judged by the rules of the {product} in force on its date, {date} (the version of {since}).</source>
            <translation>དངུལ་སྤྲོད་འདི་ནི་སྤྲོད་ཉིན་ {date} ལ་ལག་བསྟར་བྱེད་བཞིན་པའི་ {product} ཡི་སྒྲིག་གཞི་ལྟར་ཞིབ་བཤེར་བྱས། ( {since} ནས་ལག་བསྟར་བྱས་པའི་པར་གཞི།)</translation>
        </message>
        <message>
            <source>Those are the rules of the {product} since {since}; the loan was granted on {date} under the rules then in force (the version of {then}) and is recorded with this note.</source>
            <translation type="vanished">དེ་དག་ནི་ {since} ནས་བཟུང་བའི་ {product} ཡི་སྒྲིག་གཞི་ཡིན། དངུལ་བསྐྱིན་འདི་ {date} ལ་དུས་དེར་ལག་བསྟར་བྱེད་བཞིན་པའི་སྒྲིག་གཞི་ ( {then} ནས་ལག་བསྟར་བྱས་པའི་པར་གཞི།) ལྟར་སྤྲད་ཡོད་པས་གསལ་བཤད་འདི་དང་མཉམ་དུ་ཐོ་འགོད་བྱས།</translation>
        </message>
        <message>
            <source>Registered office {code} ({name}) as the office above this one; its packages are checked against its key.</source>
            <translation type="vanished">ལས་ཁང་ {code} ({name}) ལས་ཁང་འདིའི་གོང་རིམ་ལས་ཁང་དུ་ཐོ་འགོད་བྱས་ཟིན། དེའི་ཐུམ་སྒྲིལ་དེའི་ལྡེ་མིག་གིས་ཞིབ་བཤེར་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="173" />
            <source>Package {sequence} for office {office}: {questions} questions, {decisions} decisions, {policies} policy versions{enc}. The file is written and checked.</source>
            <translation>ལས་ཁང་ {office} ལ་གཏོང་བའི་ཐུམ་སྒྲིལ་ཨང་ {sequence}། དྲི་བ་ {questions}། ཐག་གཅོད་ {decisions}། སྲིད་ཇུས་པར་གཞི་ {policies}{enc}། ཡིག་ཆ་འབྲི་ཟིན་ཞིང་ཞིབ་བཤེར་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="230" />
            <source>{count} questions.</source>
            <translation>དྲི་བ་ {count}།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="242" />
            <source>Question {id} answered; the answer goes up in the next package.</source>
            <translation>དྲི་བ་ {id} ལ་ལན་བཏབ་ཟིན། ལན་དེ་ཐུམ་སྒྲིལ་རྗེས་མར་གོང་དུ་འགྲོ།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="220" />
            <source>kept here</source>
            <translation>འདིར་ཉར་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="223" />
            <source>left for office {office}, village {village}</source>
            <translation>ལས་ཁང་ {office} གི་གྲོང་ཚོ་ {village} ལ་སོང་།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="208" />
            <source>also registered by office {office} ({name}), village {village}</source>
            <translation>ལས་ཁང་ {office} ({name}) གི་གྲོང་ཚོ་ {village} ནའང་ཐོ་འགོད་བྱས་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="318" />
            <location filename="../app/commands/sync.py" line="216" />
            <source>answered: {answer}</source>
            <translation>ལན། {answer}</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="320" />
            <source>decision applied ({outcome})</source>
            <translation>ཐག་གཅོད་ལག་བསྟར་བྱས་ཟིན། ({outcome})</translation>
        </message>
        <message>
            <source>Office {code} ({name}) is not the office directly above this one ({parent}); only that office's key can be registered as the office above.</source>
            <translation type="vanished">ལས་ཁང་ {code} ({name}) ལས་ཁང་འདིའི་ཐད་ཀའི་གོང་རིམ་ ({parent}) མ་རེད། ལས་ཁང་དེའི་ལྡེ་མིག་ཁོ་ན་གོང་རིམ་དུ་ཐོ་འགོད་བྱེད་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="103" />
            <source>Conflicts resolved</source>
            <translation>ཐག་བཅད་ཟིན་པའི་འགལ་ཟླ།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="223" />
            <source>{n} conflicts resolved at office {sender} were applied here: each household is counted once.</source>
            <translation>ལས་ཁང་ {sender} གིས་ཐག་བཅད་པའི་འགལ་ཟླ་ {n} འདིར་ལག་བསྟར་བྱས་ཟིན། ཁྱིམ་ཚང་རེར་ཐེངས་གཅིག་ཁོ་ན་རྩི།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="683" />
            <source>A package from the office above cannot be taken as a dry run; take it without.</source>
            <translation>གོང་རིམ་ལས་ཁང་གི་ཐུམ་སྒྲིལ་ཚོད་ལྟའི་ཐོག་ནས་ལེན་མི་ཐུབ། ཐད་ཀར་ལེན་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="519" />
            <source>An entry of the package from the office above is not one this program writes; nothing was taken.</source>
            <translation>གོང་རིམ་ལས་ཁང་གི་ཐུམ་སྒྲིལ་ནང་གི་ཚན་པ་ཞིག་མཉེན་ཆས་འདིས་འབྲི་བ་མ་རེད། ཅི་ཡང་བླངས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="940" />
            <source>A resolution in the package is not one this program writes; the package is damaged.</source>
            <translation>ཐུམ་སྒྲིལ་ནང་གི་ཐག་གཅོད་ཅིག་མཉེན་ཆས་འདིས་འབྲི་བ་མ་རེད། ཐུམ་སྒྲིལ་ལ་སྐྱོན་ཤོར་འདུག</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="228" />
            <source>Office {code} is not registered here as an office directly below this one; a package goes only to such an office (offices add-subordinate).</source>
            <translation>ལས་ཁང་ {code} འདིར་ཐད་ཀའི་འོག་རིམ་ལས་ཁང་དུ་ཐོ་འགོད་བྱས་མེད། ཐུམ་སྒྲིལ་དེ་འདྲའི་ལས་ཁང་ཁོ་ནར་གཏོང་ (offices add-subordinate)།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="389" />
            <source>This package from office {sender} is for office {code}, not for this office ({local}); nothing of it is taken here. Give it to office {code}.</source>
            <translation>ལས་ཁང་ {sender} གི་ཐུམ་སྒྲིལ་འདི་ལས་ཁང་ {code} ལ་གཏོང་བ་ཡིན། ལས་ཁང་འདི་ ({local}) ལ་མ་རེད། འདིར་ཅི་ཡང་བླངས་མེད། ལས་ཁང་ {code} ལ་སྤྲོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="400" />
            <location filename="../app/services/sync_down.py" line="471" />
            <source>The key of the office above is not registered here, so its package cannot be checked. Register it first from its key file (offices set-upper), then take the package again.</source>
            <translation>གོང་རིམ་ལས་ཁང་གི་ལྡེ་མིག་འདིར་ཐོ་འགོད་བྱས་མེད་པས་དེའི་ཐུམ་སྒྲིལ་ཞིབ་བཤེར་བྱེད་མི་ཐུབ། སྔོན་ལ་དེའི་ལྡེ་མིག་ཡིག་ཆ་ནས་ཐོ་འགོད་ (offices set-upper) བྱས་རྗེས་ཐུམ་སྒྲིལ་ཡང་བསྐྱར་ལེན་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="407" />
            <location filename="../app/services/sync_down.py" line="478" />
            <source>This package says it comes from office {sender}, which is not the office above this one ({upper}); it is not taken.</source>
            <translation>ཐུམ་སྒྲིལ་འདིས་ལས་ཁང་ {sender} ནས་ཡིན་ཟེར་ཡང་དེ་ལས་ཁང་འདིའི་གོང་རིམ་ ({upper}) མ་རེད། བླངས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="418" />
            <source>The package's signature does not match the key registered for the office above ({code}): the package was altered, or another office made it. Nothing was taken.</source>
            <translation>ཐུམ་སྒྲིལ་གྱི་མིང་རྟགས་དང་འདིར་ཐོ་འགོད་བྱས་པའི་གོང་རིམ་ལས་ཁང་ ({code}) གི་ལྡེ་མིག་མི་མཐུན། ཐུམ་སྒྲིལ་བཟོ་བཅོས་བྱས་པའམ་ལས་ཁང་གཞན་གྱིས་བཟོས་པ་ཡིན། ཅི་ཡང་བླངས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="498" />
            <source>This is a package for an office above (from office {sender}); it is imported at the office it reports to, not taken here as a package from above.</source>
            <translation>འདི་གོང་རིམ་ལ་གཏོང་བའི་ཐུམ་སྒྲིལ་ (ལས་ཁང་ {sender} ནས་) ཡིན། དེ་ཁོང་གི་གོང་རིམ་ལས་ཁང་དུ་ནང་འདྲེན་བྱེད་དགོས། འདིར་གོང་ནས་བཏང་བའི་ཐུམ་སྒྲིལ་དུ་ལེན་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="617" />
            <source>Package {sequence} from office {code} is not newer than package {last} already taken here; an old package is never taken again (it would undo later decisions). Nothing was taken.</source>
            <translation>ལས་ཁང་ {code} གི་ཐུམ་སྒྲིལ་ཨང་ {sequence} འདིར་བླངས་ཟིན་པའི་ཨང་ {last} ལས་གསར་བ་མ་རེད། ཐུམ་སྒྲིལ་རྙིང་པ་ཡང་བསྐྱར་མི་ལེན། (རྗེས་ཀྱི་ཐག་གཅོད་ཕྱིར་འཐེན་འགྲོ།) ཅི་ཡང་བླངས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="790" />
            <source>Write the answer first.</source>
            <translation>སྔོན་ལ་ལན་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="792" />
            <source>An answer is at most {n} characters of ordinary text.</source>
            <translation>ལན་ནི་ཡི་གེ་རྒྱུན་ལྡན་ཡིག་འབྲུ་ {n} ལས་མང་བ་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="801" />
            <source>There is no question {id} from the office above. List them with: sync questions list.</source>
            <translation>གོང་རིམ་ལས་ཁང་ནས་དྲི་བ་ {id} མེད། ཐོ་གཞུང་ལྟ་བར། sync questions list</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="345" />
            <source>Took {file} from office {sender}, package {sequence}: {decisions} decisions applied, {questions} new questions, {policies} policy versions.</source>
            <translation>ལས་ཁང་ {sender} གི་ {file} (ཐུམ་སྒྲིལ་ཨང་ {sequence}) བླངས་ཟིན། ཐག་གཅོད་ {decisions} ལག་བསྟར་བྱས། དྲི་བ་གསར་པ་ {questions}། སྲིད་ཇུས་པར་གཞི་ {policies}།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="436" />
            <source>The file is {size} MB; a package from the office above is at most {limit} MB, so this is not one. Nothing was taken.</source>
            <translation>ཡིག་ཆ་ MB {size} ཡོད། གོང་རིམ་ལས་ཁང་གི་ཐུམ་སྒྲིལ་ MB {limit} ལས་མི་ཆེ་བས་འདི་དེ་མ་རེད། ཅི་ཡང་བླངས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="362" />
            <source>{name} ({id_number}) left this register: the household is in {village} of office {office} now, as the office above decided.</source>
            <translation>{name} ({id_number}) ཐོ་དེབ་འདི་ནས་ཕྱིར་སོང་། གོང་རིམ་ལས་ཁང་གི་ཐག་གཅོད་ལྟར་ཁྱིམ་ཚང་འདི་ད་ལྟ་ལས་ཁང་ {office} གི་ {village} ལ་ཡོད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="583" />
            <source>The package carries a policy table of office {source}, which is not above this office; nothing was taken.</source>
            <translation>ཐུམ་སྒྲིལ་ནང་ལས་ཁང་ {source} གི་སྲིད་ཇུས་རེའུ་མིག་ཡོད་ཀྱང་དེ་ལས་ཁང་འདིའི་གོང་རིམ་མ་རེད། ཅི་ཡང་བླངས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="918" />
            <source>The package resolves a conflict about office {code}, which is not the sending office nor below it; it is not imported.</source>
            <translation>ཐུམ་སྒྲིལ་གྱིས་ལས་ཁང་ {code} སྐོར་གྱི་འགལ་ཟླ་ཐག་བཅད་ཡོད་ཀྱང་དེ་གཏོང་མཁན་ལས་ཁང་དང་དེའི་འོག་རིམ་གང་ཡང་མ་རེད། ནང་འདྲེན་བྱས་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="557" />
            <source>Today's rules of the {product} (since {since}) would not allow this; the loan was granted on {date} under the rules then in force (the version of {then}) and is recorded with this note.</source>
            <translation>{product} ཡི་ད་ལྟའི་སྒྲིག་གཞི་ ( {since} ནས་ལག་བསྟར་བྱས་པ།) ལྟར་ན་འདི་ལྟར་སྤྲོད་མི་ཆོག དངུལ་བསྐྱིན་འདི་ {date} ལ་དུས་དེར་ལག་བསྟར་བྱེད་བཞིན་པའི་སྒྲིག་གཞི་ ( {then} ནས་ལག་བསྟར་བྱས་པའི་པར་གཞི།) ལྟར་སྤྲད་ཡོད་པས་གསལ་བཤད་འདི་དང་མཉམ་དུ་ཐོ་འགོད་བྱས།</translation>
        </message>
        <message>
            <location filename="../app/commands/offices.py" line="106" />
            <source>Registered office {code} ({name}) as the office above this one: this office's packages are now encrypted to it, and what it sends down is checked against its key.</source>
            <translation>ལས་ཁང་ {code} ({name}) ལས་ཁང་འདིའི་གོང་རིམ་དུ་ཐོ་འགོད་བྱས་ཟིན། ད་ནས་ལས་ཁང་འདིའི་ཐུམ་སྒྲིལ་དེའི་ལྡེ་མིག་གིས་གསང་སྡོམ་བྱེད་ལ། དེས་མར་བསྐུར་བ་རྣམས་དེའི་ལྡེ་མིག་གིས་ཞིབ་བཤེར་བྱེད།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="128" />
            <location filename="../app/commands/sync.py" line="183" />
            <source>, encrypted for office {code}</source>
            <translation> ལས་ཁང་ {code} ཆེད་དུ་གསང་སྡོམ་བྱས།</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="130" />
            <location filename="../app/commands/sync.py" line="185" />
            <source>, encrypted with the passphrase</source>
            <translation> གསང་ཚིག་གིས་གསང་སྡོམ་བྱས།</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="334" />
            <source>This office's profile names no office above it, and office {code} ({name}) is not above it by its code. Give a passphrase to encrypt its packages instead.</source>
            <translation>ལས་ཁང་འདིའི་ཡིག་ཆའི་ནང་གོང་རིམ་ལས་ཁང་མེད་ལ། ལས་ཁང་ {code} ({name}) ཡང་ཨང་རྟགས་ལྟར་ལས་ཁང་འདིའི་གོང་དུ་མེད། དེའི་ཚབ་ཏུ་གསང་ཚིག་གིས་ཐུམ་སྒྲིལ་གསང་སྡོམ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="344" />
            <source>The key file is office {code}'s ({name}), but the office above this one is {parent}. Ask office {parent} for its key file.</source>
            <translation>ལྡེ་མིག་ཡིག་ཆ་འདི་ལས་ཁང་ {code} ({name}) ཡི་ཡིན། འོན་ཀྱང་ལས་ཁང་འདིའི་གོང་རིམ་ནི་ {parent} རེད། ལས་ཁང་ {parent} ལ་དེའི་ལྡེ་མིག་ཡིག་ཆ་རེ་ཞུ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="355" />
            <source>Office {code} is a {level} office; only a higher-level office can be the office above this one.</source>
            <translation>ལས་ཁང་ {code} ནི་ {level} རིམ་པའི་ལས་ཁང་རེད། རིམ་པ་མཐོ་བའི་ལས་ཁང་ཁོ་ན་ལས་ཁང་འདིའི་གོང་རིམ་ཡིན་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="362" />
            <source>The key file of office {code} carries no encryption key (it was made by an older release). Ask office {code} to update the program and export its key again.</source>
            <translation>ལས་ཁང་ {code} གི་ལྡེ་མིག་ཡིག་ཆའི་ནང་གསང་སྡོམ་ལྡེ་མིག་མེད། (མཉེན་ཆས་པར་གཞི་རྙིང་པས་བཟོས་པ་རེད།) ལས་ཁང་ {code} ལ་མཉེན་ཆས་གསར་སྒྱུར་བྱས་ནས་ལྡེ་མིག་ཡང་བསྐྱར་ཕྱིར་འདྲེན་བྱེད་དགོས་ཞེས་ཞུ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="382" />
            <source>The encrypted package is damaged or incomplete, or it was altered on the way (it does not check out). Copy it again from the sending office.</source>
            <translation>གསང་སྡོམ་ཐུམ་སྒྲིལ་ལ་སྐྱོན་ཤོར་བའམ་ཆ་མི་ཚང་བ། ཡང་ན་ལམ་བར་དུ་བཟོ་བཅོས་བྱས་འདུག (ཞིབ་བཤེར་མ་འགྲིག) གཏོང་མཁན་ལས་ཁང་ནས་ཡང་བསྐྱར་འདྲ་བཤུས་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="531" />
            <source>The package cannot be encrypted yet: the key of the office above ({parent}) is not registered here. Register it once from that office's key file (Sync page: Register the office above's key, or the command offices set-upper), or give a passphrase. No package was written.</source>
            <translation>ཐུམ་སྒྲིལ་ད་ལྟ་གསང་སྡོམ་བྱེད་མི་ཐུབ། གོང་རིམ་ལས་ཁང་ ({parent}) གི་ལྡེ་མིག་འདིར་ཐོ་འགོད་བྱས་མེད། ལས་ཁང་དེའི་ལྡེ་མིག་ཡིག་ཆས་ཐེངས་གཅིག་ཐོ་འགོད་བྱེད་རོགས། (མཉམ་སྒྲིག་ཤོག་ངོས། གོང་རིམ་ལས་ཁང་གི་ལྡེ་མིག་ཐོ་འགོད། ཡང་ན་བཀའ་བརྡ་ offices set-upper) ཡང་ན་གསང་ཚིག་སྤྲོད་རོགས། ཐུམ་སྒྲིལ་གང་ཡང་འབྲི་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="523" />
            <source>The package cannot be encrypted yet: this office's profile names no office above it. Register the key of the office above from its key file (Sync page: Register the office above's key, or the command offices set-upper), or give a passphrase. No package was written.</source>
            <translation>ཐུམ་སྒྲིལ་ད་ལྟ་གསང་སྡོམ་བྱེད་མི་ཐུབ། ལས་ཁང་འདིའི་ཡིག་ཆའི་ནང་གོང་རིམ་ལས་ཁང་མེད། གོང་རིམ་ལས་ཁང་གི་ལྡེ་མིག་ཡིག་ཆས་དེའི་ལྡེ་མིག་ཐོ་འགོད་བྱེད་རོགས། (མཉམ་སྒྲིག་ཤོག་ངོས། གོང་རིམ་ལས་ཁང་གི་ལྡེ་མིག་ཐོ་འགོད། ཡང་ན་བཀའ་བརྡ་ offices set-upper) ཡང་ན་གསང་ཚིག་སྤྲོད་རོགས། ཐུམ་སྒྲིལ་གང་ཡང་འབྲི་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="843" />
            <source>This package was not encrypted: anyone who had the file could read every ID number in it. Give office {code} this office's key file (offices export-key; there: offices set-upper) so that its next packages are encrypted, and delete this file from the USB stick.</source>
            <translation>ཐུམ་སྒྲིལ་འདི་གསང་སྡོམ་བྱས་མེད། ཡིག་ཆ་འདི་ལག་ཏུ་ཐོབ་མཁན་སུས་ཀྱང་དེའི་ནང་གི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ཚང་མ་ཀློག་ཐུབ། ལས་ཁང་འདིའི་ལྡེ་མིག་ཡིག་ཆ་ (offices export-key; ཁོང་ཚོའི་སར། offices set-upper) ལས་ཁང་ {code} ལ་སྤྲོད་ནས་རྗེས་མའི་ཐུམ་སྒྲིལ་གསང་སྡོམ་བྱེད་དུ་འཇུག་རོགས། ཡིག་ཆ་འདི་ USB ནས་སུབ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="241" />
            <source>The package for office {code} cannot be encrypted: its encryption key is not registered here (its key file came from an earlier release). Register its key file again (Sync page: Register an office below, or offices add-subordinate), or give a passphrase. No package was written.</source>
            <translation>ལས་ཁང་ {code} ལ་གཏོང་རྒྱུའི་ཐུམ་སྒྲིལ་གསང་སྡོམ་བྱེད་མི་ཐུབ། དེའི་གསང་སྡོམ་ལྡེ་མིག་འདིར་ཐོ་འགོད་བྱས་མེད། (དེའི་ལྡེ་མིག་ཡིག་ཆ་མཉེན་ཆས་པར་གཞི་རྙིང་པ་ནས་ཡིན།) དེའི་ལྡེ་མིག་ཡིག་ཆ་ཡང་བསྐྱར་ཐོ་འགོད་བྱེད་རོགས། (མཉམ་སྒྲིག་ཤོག་ངོས། འོག་རིམ་ལས་ཁང་ཐོ་འགོད། ཡང་ན་བཀའ་བརྡ་ offices add-subordinate) ཡང་ན་གསང་ཚིག་སྤྲོད་རོགས། ཐུམ་སྒྲིལ་གང་ཡང་འབྲི་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="640" />
            <source>The package is encrypted for an office; it can only be opened there.</source>
            <translation>ཐུམ་སྒྲིལ་འདི་ལས་ཁང་ཞིག་གི་ཆེད་དུ་གསང་སྡོམ་བྱས་ཡོད། ལས་ཁང་དེར་ཁོ་ན་ཁ་ཕྱེ་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="691" />
            <source>The package's envelope names office {envelope} as its sender, its contents office {office}: it was altered. Ask the sending office for it again.</source>
            <translation>ཐུམ་སྒྲིལ་གྱི་ཕྱི་ཤུན་ཐོག་གཏོང་མཁན་ལས་ཁང་ {envelope} ཡིན་ཞིང་ནང་དོན་ལས་ཁང་ {office} ནས་ཡིན། ཐུམ་སྒྲིལ་བཟོ་བཅོས་བྱས་འདུག གཏོང་མཁན་ལས་ཁང་ལ་ཡང་བསྐྱར་རེ་ཞུ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/commands/backup.py" line="117" />
            <source>Restored {file} into {path} (office {office}). Sign in with your account as before (--user NAME).</source>
            <translation>{file} ནས་ {path} ནང་སླར་གསོ་བྱས་ཟིན། (ལས་ཁང་ {office})། སྔར་བཞིན་ཁྱེད་ཀྱི་ཐོ་ཁོངས་ཀྱིས་ནང་འཛུལ་བྱེད་རོགས། (--user མིང་)།</translation>
        </message>
        <message>
            <location filename="../app/commands/backup.py" line="107" />
            <source>Password of an account in the backup: </source>
            <translation>གྲབས་ཉར་ནང་གི་ཐོ་ཁོངས་གཅིག་གི་གསང་ཨང་། </translation>
        </message>
        <message>
            <location filename="../app/commands/office.py" line="80" />
            <source>Records were changed outside the program (the lines above); check --repair does not undo that. Find out who changed them, then restore the newest backup made before the change (restore FILE); the register as it is now is kept aside.</source>
            <translation>ཟིན་ཐོ་ཁ་ཤས་མཉེན་ཆས་འདིའི་ཕྱི་ནས་བཟོ་བཅོས་བྱས་ཡོད། (གོང་གི་ཐིག་ཕྲེང་) check --repair ཡིས་དེ་ཕྱིར་ལྡོག་མི་ཐུབ། སུས་བཟོ་བཅོས་བྱས་མིན་ཞིབ་དཔྱད་བྱས་རྗེས། བཟོ་བཅོས་མ་བྱས་སྔོན་གྱི་གྲབས་ཉར་གསར་ཤོས་སླར་གསོ་བྱེད་རོགས། (restore ཡིག་ཆ་) ད་ལྟའི་ཐོ་དེབ་ལོགས་སུ་ཉར་ཡོང་།</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="616" />
            <source>{n} failed sign-in attempts (wrong passwords or recovery keys) since your last sign-in. The audit log lists them; if they were not yours, change the passwords.</source>
            <translation>ཁྱེད་ཀྱིས་ཐེངས་སྔོན་མར་ནང་འཛུལ་བྱས་རྗེས་ནང་འཛུལ་ཕམ་པ་ཐེངས་ {n} བྱུང་ཡོད། (གསང་ཨང་ངམ་སླར་གསོའི་ལྡེ་མིག་ནོར་བ།) རྩིས་ཞིབ་ཉིན་ཐོ་ནང་དེ་དག་གསལ་ཡོད། གལ་ཏེ་ཁྱེད་རང་གིས་བྱས་པ་མིན་ན་གསང་ཨང་བརྗེ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="536" />
            <source>{path} is encrypted, and the key file that opens it ({keys}) is not beside it. Copy that file from the same folder or stick the backup came from (it has the same name, ending in .keys), then try again.</source>
            <translation>{path} གསང་སྡོམ་བྱས་ཡོད་ལ། དེ་ཁ་ཕྱེ་བྱེད་ཀྱི་ལྡེ་མིག་ཡིག་ཆ་ ({keys}) དེའི་འགྲམ་དུ་མེད། གྲབས་ཉར་ཡོང་སའི་ཡིག་སྣོད་དམ་ USB དེ་ཉིད་ནས་ཡིག་ཆ་དེ་འདྲ་བཤུས་བྱས་ (མིང་གཅིག་པ་ .keys ཡིས་མཇུག་སྡོམ་པ་) ནས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="546" />
            <source>{path} is encrypted: give the password of one of its accounts, or the recovery key printed when the register was encrypted.</source>
            <translation>{path} གསང་སྡོམ་བྱས་ཡོད། དེའི་ནང་གི་ཐོ་ཁོངས་གཅིག་གི་གསང་ཨང་ངམ། ཐོ་དེབ་གསང་སྡོམ་བྱས་དུས་པར་བསྐྲུན་པའི་སླར་གསོའི་ལྡེ་མིག་སྤྲོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="592" />
            <source>{path} already holds a register (an office or records), so a backup is not put in its place here. Sign in to it and restore from there (it is kept aside first), or choose another data folder.</source>
            <translation>{path} ནང་ཐོ་དེབ་ (ལས་ཁང་ངམ་ཟིན་ཐོ་) ཡོད་ཟིན་པས། འདིར་གྲབས་ཉར་གྱིས་དེའི་ཚབ་མི་བྱེད། དེའི་ནང་འཛུལ་ནས་དེ་ནས་སླར་གསོ་བྱེད་པའམ། (སྔོན་ལ་དེ་ལོགས་སུ་ཉར་) གཞི་གྲངས་ཡིག་སྣོད་གཞན་ཞིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="558" />
            <source>The key file beside {path} is damaged, so the backup cannot be opened. Use another backup.</source>
            <translation>{path} ཡི་འགྲམ་གྱི་ལྡེ་མིག་ཡིག་ཆ་སྐྱོན་ཤོར་བས་གྲབས་ཉར་ཁ་ཕྱེ་མི་ཐུབ། གྲབས་ཉར་གཞན་ཞིག་བེད་སྤྱོད་གཏོང་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="563" />
            <source>Neither the password of any account in {path} nor its recovery key is what was typed, so it was not restored. Check the password (or the recovery key on the printed sheet) and try again.</source>
            <translation>བཅུག་པ་དེ་ {path} ནང་གི་ཐོ་ཁོངས་གང་གི་གསང་ཨང་ཡང་མིན། དེའི་སླར་གསོའི་ལྡེ་མིག་ཀྱང་མིན་པས་སླར་གསོ་བྱས་མེད། གསང་ཨང་ (ཡང་ན་པར་ཤོག་ཐོག་གི་སླར་གསོའི་ལྡེ་མིག་) ཞིབ་བཤེར་བྱས་ནས་ཡང་བསྐྱར་ཚོད་ལྟ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="568" />
            <source>This recovery key does not open {path}. Check it against the printed sheet (letters A-Z and digits 2-7, in groups of four).</source>
            <translation>སླར་གསོའི་ལྡེ་མིག་འདིས་ {path} ཁ་ཕྱེ་མི་ཐུབ། པར་ཤོག་དང་བསྡུར་ནས་ཞིབ་བཤེར་བྱེད་རོགས། (ཡི་གེ་ A-Z དང་ཨང་གྲངས་ 2-7 བཞི་རེ་ཚོ་ཁག)</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="640" />
            <source>There is not enough free space to restore the backup; nothing was changed. Free some space.</source>
            <translation>གྲབས་ཉར་སླར་གསོ་བྱེད་པའི་བར་སྟོང་མི་འདང་། འགྱུར་བ་གང་ཡང་བཏང་མེད། བར་སྟོང་ཅུང་ཟད་ཕྱེ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="644" />
            <source>The backup could not be read or copied ({detail}); nothing was changed.</source>
            <translation>གྲབས་ཉར་ཀློག་པའམ་འདྲ་བཤུས་བྱེད་མ་ཐུབ། ({detail}) འགྱུར་བ་གང་ཡང་བཏང་མེད།</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="69" />
            <source>{name} (subtotal)</source>
            <translation>{name} (ཕྲན་བསྡོམས།)</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="115" />
            <source>{value} is not a code of the JR/T 0169-2018 list. Choose one from the list, or {other} for other.</source>
            <translation>{value} ནི་ JR/T 0169-2018 ཡི་ཨང་རྟགས་མ་རེད། ཐོ་གཞུང་ནས་གདམ་རོགས། གཞན་ཡིན་ན་ {other} གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="198" />
            <source>{path} is a folder, a device or a pipe, not a key file. Choose the key file itself.</source>
            <translation>{path} ནི་ཡིག་སྣོད་དམ་སྒྲིག་ཆས། ཡང་ན་རྒྱུ་ལམ་ཞིག་ཡིན་པས་ལྡེ་མིག་ཡིག་ཆ་མ་རེད། ལྡེ་མིག་ཡིག་ཆ་རང་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/commands/report.py" line="197" />
            <source>{name} ends in {suffix}, but the file written here is in .{format} format. Give it a name ending in .{format}.</source>
            <translation>{name} ཡི་མིང་གི་མཇུག་ {suffix} ཡིན་ཡང་འདིར་འབྲི་བ་ནི་ .{format} རྣམ་གཞག་གི་ཡིག་ཆ་ཡིན། མིང་གི་མཇུག་ .{format} ལ་བསྒྱུར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="47" />
            <source>{names} must be given. See --help for how the command is written.</source>
            <translation>{names} ངེས་པར་སྟོན་དགོས། བཀའ་བརྡའི་འབྲི་སྟངས་ --help ལ་ལྟོས།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="51" />
            <source>{option} takes a whole number, such as 3; {value} is not one.</source>
            <translation>{option} ལ་གྲངས་ཀ་ཧྲིལ་པོ་ཞིག་དགོས། དཔེར་ན་ 3 ལྟ་བུ། {value} གྲངས་ཀ་ཧྲིལ་པོ་མ་རེད།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="55" />
            <source>{option}: {value} is not one of the choices ({choices}).</source>
            <translation>{option}: {value} ནི་འདེམས་ཚན་ ({choices}) ཁྲོད་དུ་མེད།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="59" />
            <source>{option}: {value} is not a value it takes.</source>
            <translation>{option}: {value} ཞེས་པའི་གྲངས་ཐང་འདི་མི་ལེན།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="61" />
            <source>{option} needs a value after it.</source>
            <translation>{option} ཡི་རྗེས་སུ་གྲངས་ཐང་ཞིག་དགོས།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="64" />
            <source>{option} cannot be given together with {other}.</source>
            <translation>{option} དང་ {other} མཉམ་དུ་སྟོན་མི་ཆོག</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="66" />
            <source>Give one of {names}.</source>
            <translation>{names} ནང་ནས་གཅིག་སྟོན་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="69" />
            <source>This command does not take {names}. See --help for what it takes.</source>
            <translation>བཀའ་བརྡ་འདིས་ {names} མི་ལེན། ལེན་ཆོག་པ་དག་ --help ལ་ལྟོས།</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="91" />
            <source>The date {date} is before 1990. Check the year.</source>
            <translation>ཚེས་གྲངས་ {date} ནི་ལོ་ 1990 ལས་སྔ་བ་རེད། ལོ་གྲངས་ཞིབ་བཤེར་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/demo.py" line="255" />
            <source>The demo's date must lie between {first} and {last}; {value} was asked.</source>
            <translation>དཔེ་སྟོན་གཞི་གྲངས་ཀྱི་ཚེས་གྲངས་ {first} ནས་ {last} བར་ཡིན་དགོས། {value} རེ་བ་བྱས་འདུག</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1546" />
            <source>The package holds a record this program does not take ({parent} {parent_id}: a value no form of the program lets through, such as text too long or holding control characters, or a number or a date that is none), and records that depend on it. Ask office {office} to run the register check and send the package again.</source>
            <translation>ཐུམ་སྒྲིལ་ནང་བྱ་རིམ་འདིས་མི་ལེན་པའི་ཟིན་ཐོ་ཞིག་དང་དེ་ལ་བརྟེན་པའི་ཟིན་ཐོ་ཡོད། ({parent} {parent_id}: བྱ་རིམ་གྱི་རེའུ་མིག་གང་གིས་ཀྱང་མི་ཆོག་པའི་གྲངས་ཐང་ཡོད། དཔེར་ན་ཡི་གེ་རིང་དྲགས་པའམ་ཚོད་འཛིན་ཡིག་རྟགས་ཡོད་པ། ཡང་ན་གྲངས་ཀ་མིན་པའི་གྲངས་ཀ་དང་ཚེས་གྲངས་མིན་པའི་ཚེས་གྲངས།) ལས་ཁང་ {office} ལ་ཐོ་དེབ་ཞིབ་བཤེར་བྱས་རྗེས་ཐུམ་སྒྲིལ་ཡང་བསྐྱར་སྐུར་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="93" />
            <source>{name} is a folder, not a roster file. Open the folder and choose the roster file in it.</source>
            <translation>{name} ནི་ཡིག་སྣོད་ཅིག་ཡིན་པས་མིང་ཐོའི་ཡིག་ཆ་མ་རེད། ཡིག་སྣོད་དེ་ཁ་ཕྱེ་ནས་དེའི་ནང་གི་མིང་ཐོའི་ཡིག་ཆ་གདམ་རོགས།</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="120" />
            <source>{path} is a file, not a folder. Give the folder to write the package into, such as {parent}.</source>
            <translation>{path} ནི་ཡིག་ཆ་ཞིག་ཡིན་པས་ཡིག་སྣོད་མ་རེད། ཐུམ་སྒྲིལ་འབྲི་སའི་ཡིག་སྣོད་སྟོན་རོགས། དཔེར་ན་ {parent} ལྟ་བུ།</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>གཏན་འཁེལ།</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>ཉར་ཚགས།</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>ཚང་མ་ཉར་ཚགས།</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>ཡིན།(&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>ཚང་མ་ཡིན།(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>མིན།(&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>ཚང་མ་མིན།(&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>བར་གཅོད།</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>ཡང་བསྐྱར་ཚོད་ལྟ།</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>སྣང་མེད།</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>ཁ་རྒྱག</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ཕྱིར་འཐེན།</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>དོར་བ།</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>རོགས་རམ།</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>བེད་སྤྱོད།</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>བསྐྱར་སྒྲིག</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>སྔོན་སྒྲིག་སླར་གསོ།</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>གཏན་འཁེལ།</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>ཞིབ་ཕྲ་སྟོན།...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>ཞིབ་ཕྲ་སྦས།...</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>ཕྱིར་ལྡོག(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>བསྐྱར་བཟོ།(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>གཏུབ།(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>པར་སློག(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>སྦྱར།(&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>བསུབ་པ།</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ཚང་མ་འདེམས།</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>ཕྱིར་ལྡོག(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>བསྐྱར་བཟོ།(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>གཏུབ།(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>པར་སློག(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>སྦྱར།(&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>བསུབ་པ།</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>ཚང་མ་འདེམས།</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>སྦྲེལ་མཐུད་ཀྱི་གནས་ས་པར་སློག(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>ཚང་མ་འདེམས།(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>ཡར་སྤོ།(&amp;S)</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>མར་སྤོ།(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>ཕྱིར་འཐེན།</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>གྲངས་ཐང་ཞིག་འཇུག་རོགས།</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation>ལེགས་གྲུབ།(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>རོགས་རམ།(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>རྗེས་མ།(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>རྗེས་མ།(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; སྔོན་མ།(&amp;B)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>ཕྱིར་འཐེན།</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>ཕུལ་བ།</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>མུ་མཐུད།</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>ལེགས་གྲུབ།</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>ཕྱིར་ལོག</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>རོགས་རམ།</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
ཡིག་ཁུག་རྙེད་མ་བྱུང་།
ཡིག་ཁུག་གི་མིང་ཡང་དག་ཡིན་མིན་ཞིབ་བཤེར་གནང་རོགས།</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
ཡིག་ཆ་རྙེད་མ་བྱུང་།
ཡིག་ཆའི་མིང་ཡང་དག་ཡིན་མིན་ཞིབ་བཤེར་གནང་རོགས།</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 སྔར་ནས་ཡོད།
དེ་ཚབ་བརྗེ་བྱེད་དམ།</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>འདེམས།(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>བསུབ་པ།(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>ཡིག་ཁུག་གསར་པ།(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>ཁ་ཕྱེ།(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>མིང་བསྐྱར་འདོགས།(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>ཉར་ཚགས།(&amp;S)</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>“%1” ལ་འབྲི་འགོག་བྱས་ཡོད།
དེ་ལྟར་ཡང་བསུབ་བམ།</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>ཡིག་ཆ་ཚང་མ། (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>ཡིག་ཆ་ཚང་མ། (*)</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>“%1” བསུབ་རྒྱུ་གཏན་འཁེལ་ལམ།</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>ཕྱིར་ལོག</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>ཞིབ་ཕྲའི་མཐོང་སྣང་དུ་བརྗེ།</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>ཐོ་གཞུང་མཐོང་སྣང་དུ་བརྗེ།</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>ཡིག་ཁུག་བསུབ་མ་ཐུབ།</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>ཡིག་ཁུག་གསར་བཟོ།</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>ཡིག་ཁུག་གསར་པ་ཞིག་བཟོ།</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>བསུབ་པ།</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>ཞིབ་ཕྲའི་མཐོང་སྣང་།</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>ཡིག་ཁུག</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>ཡིག་ཁུག</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>སྡུད་སྒམ།</translation>
        </message>
        <message>
            <source>File</source>
            <translation>ཡིག་ཆ།</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>ཡིག་ཆའི་མིང་།(&amp;N)</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>ཡིག་ཁུག</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>ཡིག་ཆ།</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>ཡིག་ཆའི་རིགས།</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>ཡིག་ཁུག་འཚོལ་བ།</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>ཡིག་ཁུག</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>མདུན་སྐྱོད།</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>ཕྱིར་ལོག</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>མདུན་དུ་སྐྱོད།</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>ཡིག་ཁུག་གོང་མར་འགྲོ།</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>ཐོ་གཞུང་མཐོང་སྣང་།</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>གནས་ས་དང་དཔེ་རྟགས་ཀྱི་ཐོ།</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>འཚོལ་ས།</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>ངའི་གློག་ཀླད།</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>ཡིག་ཁུག་གསར་པ།</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>ཡིག་ཁུག་གོང་མ།</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>ཉེ་ཆར་གྱི་གནས་ས།</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>སེལ་བ།</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>གཞན་དུ་ཉར་ཚགས།</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>སྦས་པའི་ཡིག་ཆ་སྟོན།(&amp;H)</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>ཟུར་ངོས།</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>ཤེས་མེད།</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>འཚོལ་ས།(&amp;L)</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>ཡིག་ཆའི་རིགས།(&amp;T)</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>གློག་ཀླད།</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>བཟོ་བཅོས་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>ཡིག་ཆའི་མིང་ནོར་འདུག</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>རིགས།</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>ངའི་གློག་ཀླད།</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>མིང་།</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>ཆེ་ཆུང་།</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>རིགས།</translation>
        </message>
    </context>
    <context>
        <name>FontSettingsBox</name>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="13" />
            <source>Dual-base linkage office</source>
            <translation>རྨང་རིམ་གཉིས་འབྲེལ་ལས་ཁང་།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="58" />
            <source>Fonts</source>
            <translation>ཡིག་གཟུགས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="59" />
            <source>Tibetan font:</source>
            <translation>བོད་ཡིག་ཡིག་གཟུགས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="60" />
            <source>Chinese font:</source>
            <translation>རྒྱ་ཡིག་ཡིག་གཟུགས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="61" />
            <source>Choose a Tibetan font file…</source>
            <translation>བོད་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་འདེམས།…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="62" />
            <source>Choose a Chinese font file…</source>
            <translation>རྒྱ་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་འདེམས།…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="63" />
            <source>Use the installed fonts</source>
            <translation>སྒྲིག་འཇུག་བྱས་ཟིན་པའི་ཡིག་གཟུགས་བེད་སྤྱོད།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="73" />
            <source>none found</source>
            <translation>རྙེད་མ་བྱུང་།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="16" />
            <source>installed</source>
            <translation>སྒྲིག་འཇུག་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="15" />
            <source>%1 (%2), drawn %3× larger</source>
            <translation>%1 (%2)། ལྡབ་ %3 ཆེ་རུ་བཏང་ནས་སྟོན།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="98" />
            <source>Choose a Tibetan font file</source>
            <translation>བོད་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་འདེམས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="98" />
            <source>Choose a Chinese font file</source>
            <translation>རྒྱ་ཡིག་ཡིག་གཟུགས་ཀྱི་ཡིག་ཆ་འདེམས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="99" />
            <source>Font files (*.ttf *.otf *.ttc)</source>
            <translation>ཡིག་གཟུགས་ཡིག་ཆ། (*.ttf *.otf *.ttc)</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../ui/i18n.py" line="382" />
            <source>Chinese</source>
            <translation>རྒྱ་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="383" />
            <source>Tibetan</source>
            <translation>བོད་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="384" />
            <source>Bilingual</source>
            <translation>སྐད་གཉིས།</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="488" />
            <source>&amp;Language</source>
            <translation>སྐད་ཡིག(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="491" />
            <source>Tibetan first in bilingual text</source>
            <translation>སྐད་གཉིས་སྐབས་བོད་ཡིག་སྔོན་ལ།</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="492" />
            <source>Tibetan digits in Tibetan mode</source>
            <translation>བོད་ཡིག་རྣམ་པའི་སྐབས་བོད་ཀྱི་ཨང་ཀི་བེད་སྤྱོད།</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>སྡུད་སྒམ།</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>ཡིག་ཁུག</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../ui/pages/households.py" line="130" />
            <source>Name (Chinese)</source>
            <translation>མིང་། (རྒྱ་ཡིག)</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="132" />
            <source>Name (Tibetan)</source>
            <translation>མིང་། (བོད་ཡིག)</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="136" />
            <source>ID number</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="140" />
            <source>Phone</source>
            <translation>འབྲེལ་གཏུག་ཁ་པར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="143" />
            <location filename="../ui/pages/ratings.py" line="344" />
            <location filename="../ui/pages/sessions.py" line="293" />
            <source>Village</source>
            <translation>གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="147" />
            <source>Group</source>
            <translation>ཚན་ཆུང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="327" />
            <location filename="../ui/pages/households.py" line="150" />
            <location filename="../ui/pages/loans.py" line="247" />
            <source>Status</source>
            <translation>གནས་སྟངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="156" />
            <source>Size</source>
            <translation>མི་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="169" />
            <source>Updated</source>
            <translation>གསར་སྒྱུར་དུས་ཚོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="309" />
            <source>Received</source>
            <translation>ལེན་པའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="313" />
            <source>Complainant</source>
            <translation>ཞུ་གཏུག་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="316" />
            <source>Institution</source>
            <translation>ལས་ཁུངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="320" />
            <source>Channel</source>
            <translation>ལམ་ཀ</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="321" />
            <source>Business type</source>
            <translation>ལས་དོན་གྱི་རིགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="322" />
            <source>Cause</source>
            <translation>རྒྱུ་རྐྱེན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="323" />
            <source>Handler</source>
            <translation>ཐག་གཅོད་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="324" />
            <source>Due</source>
            <translation>མཇུག་སྒྲིལ་དུས་བཀག</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="163" />
            <location filename="../ui/pages/loans.py" line="221" />
            <source>Registered</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="227" />
            <location filename="../ui/pages/ratings.py" line="338" />
            <source>Household</source>
            <translation>ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="233" />
            <source>Product</source>
            <translation>ཐོན་རྫས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="239" />
            <source>Amount (yuan)</source>
            <translation>དངུལ་འབོར། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="244" />
            <source>Months</source>
            <translation>ཟླ་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="254" />
            <source>Status date</source>
            <translation>གནས་སྟངས་ཀྱི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="258" />
            <source>Bank</source>
            <translation>དངུལ་ཁང་།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="46" />
            <location filename="../ui/pages/loans.py" line="261" />
            <source>Granted (yuan)</source>
            <translation>སྤྲད་པ། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="288" />
            <source>Held on</source>
            <translation>བསྐོངས་པའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="290" />
            <source>Place</source>
            <translation>ས་གནས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="297" />
            <source>Topics</source>
            <translation>བརྗོད་གཞི།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="300" />
            <source>Language</source>
            <translation>སྐད་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="306" />
            <source>Attendance</source>
            <translation>ཞུགས་མཁན་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="313" />
            <source>Women</source>
            <translation>བུད་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="319" />
            <source>Poor households</source>
            <translation>དབུལ་ཕོངས་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="332" />
            <source>Year</source>
            <translation>ལོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="350" />
            <source>Score</source>
            <translation>སྐར་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="357" />
            <source>Grade</source>
            <translation>རིམ་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="364" />
            <source>Bank's score</source>
            <translation>དངུལ་ཁང་གི་སྐར་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="370" />
            <source>Village's score</source>
            <translation>གྲོང་ཚོའི་སྐར་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="374" />
            <source>Bank's rater</source>
            <translation>དངུལ་ཁང་ནས་གདེང་འཇོག་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="377" />
            <source>Village's rater</source>
            <translation>གྲོང་ཚོ་ནས་གདེང་འཇོག་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="382" />
            <source>Rated on</source>
            <translation>གདེང་འཇོག་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="389" />
            <source>Signed (village · bank)</source>
            <translation>མིང་རྟགས། (གྲོང་ཚོ། · དངུལ་ཁང་།)</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../ui/widgets/filter_bar.py" line="83" />
            <source>All statuses</source>
            <translation>གནས་སྟངས་ཡོངས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/filter_bar.py" line="90" />
            <source>All villages</source>
            <translation>གྲོང་ཚོ་ཡོངས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/filter_bar.py" line="115" />
            <source>Search: name, pinyin, Wylie, ID number tail, phone (Ctrl+F)</source>
            <translation>འཚོལ་བ། མིང་། པིན་ཡིན། ཝ་ལི། ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གི་མཇུག ཁ་པར། (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../ui/widgets/filter_bar.py" line="116" />
            <source>From</source>
            <translation>ནས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/filter_bar.py" line="117" />
            <source>To</source>
            <translation>བར།</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Not saved yet — %1: %2</source>
            <extracomment>the service whose validate() is the default check (set by subclasses or in __init__)</extracomment>
            <translation type="vanished">ད་དུང་ཉར་ཚགས་བྱས་མེད། — %1: %2</translation>
        </message>
        <message>
            <source>Not saved yet — %1</source>
            <translation type="vanished">ད་དུང་ཉར་ཚགས་བྱས་མེད། — %1</translation>
        </message>
        <message>
            <location filename="../ui/forms/base.py" line="492" />
            <source>Not saved yet</source>
            <extracomment>the service whose validate() is the default check (set by subclasses or in __init__)</extracomment>
            <translation>ད་དུང་ཉར་ཚགས་བྱས་མེད།</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDialog</name>
        <message>
            <location filename="../ui/pages/households.py" line="73" />
            <source>Edit household</source>
            <translation>ཞིང་འབྲོག་ཁྱིམ་ཚང་རྩོམ་སྒྲིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="73" />
            <source>New household</source>
            <translation>ཞིང་འབྲོག་ཁྱིམ་ཚང་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="77" />
            <source>Head's name in Chinese</source>
            <translation>ཁྱིམ་བདག་གི་མིང་། (རྒྱ་ཡིག)</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="78" />
            <source>Head's name in Tibetan</source>
            <translation>ཁྱིམ་བདག་གི་མིང་། (བོད་ཡིག)</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="79" />
            <source>ID number</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="80" />
            <source>Phone</source>
            <translation>འབྲེལ་གཏུག་ཁ་པར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="81" />
            <source>Village</source>
            <translation>གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="82" />
            <source>Village group</source>
            <translation>གྲོང་ཚོའི་ཚན་ཆུང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="83" />
            <source>Household size</source>
            <translation>ཁྱིམ་མི་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="84" />
            <source>Working members</source>
            <translation>ལས་ཀ་བྱེད་ནུས་མི་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="85" />
            <source>Ethnicity</source>
            <translation>མི་རིགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="86" />
            <source>Preferred language</source>
            <translation>རྒྱུན་སྤྱོད་སྐད་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="87" />
            <source>Household status</source>
            <translation>ཁྱིམ་ཚང་གི་གནས་སྟངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="88" />
            <source>Main industry</source>
            <translation>ཐོན་ལས་གཙོ་བོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="90" />
            <source>Address</source>
            <translation>གནས་ཡུལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="91" />
            <source>Notes</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <source>Registered on (建档立卡)</source>
            <translation type="vanished">ཐོ་འགོད་ཚེས་གྲངས། (建档立卡)</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="89" />
            <source>Registered on</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས། (建档立卡)</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="67" />
            <source>%1 (kept: type a full number only to replace it)</source>
            <translation>%1 (ཡོད་པ་ལྟར་ཉར། བརྗེ་དགོས་ན་མ་གཏོགས་ཨང་གྲངས་ཆ་ཚང་མ་འབྲི།)</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPicker</name>
        <message>
            <location filename="../ui/widgets/household_picker.py" line="67" />
            <source>Type a name, pinyin, Wylie or the last digits of the ID number</source>
            <translation>མིང་། པིན་ཡིན། ཝ་ལི། ཡང་ན་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གི་མཇུག་གི་ཨང་གྲངས་འབྲི་རོགས།</translation>
        </message>
    </context>
    <context>
        <name>HouseholdsPage</name>
        <message>
            <location filename="../ui/pages/households.py" line="182" />
            <source>Households</source>
            <translation>ཞིང་འབྲོག་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="185" />
            <source>Edit…</source>
            <translation>རྩོམ་སྒྲིག…</translation>
        </message>
    </context>
    <context>
        <name>LoanStepDialog</name>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="21" />
            <source>Loan demand: %1</source>
            <translation>མ་དངུལ་དགོས་མཁོ། %1</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="100" />
            <source>Date</source>
            <translation>ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="101" />
            <source>Amount granted (yuan)</source>
            <translation>སྤྲད་པའི་དངུལ་འབོར། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="102" />
            <source>Yearly rate (%)</source>
            <translation>ལོ་རེའི་སྐྱེད་ཚད། (%)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="103" />
            <source>Maturity date</source>
            <translation>དུས་ཚོད་ཧྲིལ་པོའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Interest subsidy (yuan)</source>
            <translation type="vanished">སྐྱེད་ཀ་རོགས་སྐྱོར། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="105" />
            <source>Reason</source>
            <translation>རྒྱུ་མཚན།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="105" />
            <source>Note</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="104" />
            <source>Contract number</source>
            <translation>གན་རྒྱའི་ཨང་།</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="197" />
            <source>Dual-base linkage office register</source>
            <translation>རྨང་རིམ་གཉིས་འབྲེལ་ལས་ཁང་གི་ཐོ་དེབ།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="200" />
            <source>Home</source>
            <translation>གདོང་ཤོག</translation>
        </message>
        <message>
            <source>Households</source>
            <translation type="vanished">ཞིང་འབྲོག་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <source>Loan demands</source>
            <translation type="vanished">མ་དངུལ་དགོས་མཁོ།</translation>
        </message>
        <message>
            <source>Literacy sessions</source>
            <translation type="vanished">དངུལ་རྩིས་ཤེས་བྱའི་ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར།</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation type="vanished">ཞུ་གཏུག</translation>
        </message>
        <message>
            <source>Credit ratings</source>
            <translation type="vanished">ཡིད་རྟོན་རིམ་པ་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="201" />
            <source>Reports</source>
            <translation>རེའུ་མིག</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="202" />
            <source>Sync</source>
            <translation>གཞི་གྲངས་མཉམ་སྒྲིག</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="203" />
            <source>Audit log</source>
            <translation>ཞིབ་བཤེར་ཉིན་ཐོ།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="204" />
            <source>Settings</source>
            <translation>སྒྲིག་འགོད།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="213" />
            <source>&amp;File</source>
            <translation>ཡིག་ཆ།(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="214" />
            <source>&amp;Edit</source>
            <translation>རྩོམ་སྒྲིག(&amp;E)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="215" />
            <source>&amp;View</source>
            <translation>མཐོང་སྣང་།(&amp;V)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="216" />
            <source>&amp;Help</source>
            <translation>རོགས་རམ།(&amp;H)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="217" />
            <source>&amp;Back up…</source>
            <translation>གྲབས་ཉར།(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="218" />
            <source>&amp;Export and reports…</source>
            <translation>ཕྱིར་འདྲེན་དང་རེའུ་མིག(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="220" />
            <source>&amp;Quit</source>
            <translation>ཕྱིར་ཐོན།(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="223" />
            <source>&amp;Undo</source>
            <translation>ཕྱིར་ལྡོག(&amp;U)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="224" />
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>མཐའ་མའི་བཟོ་བཅོས་ཕྱིར་ལྡོག (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="225" />
            <source>&amp;New</source>
            <translation>གསར་བཟོ།(&amp;N)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="226" />
            <source>New record in this page (Ctrl+N)</source>
            <translation>ཤོག་ངོས་འདིར་ཟིན་ཐོ་གསར་པ། (Ctrl+N)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="227" />
            <source>&amp;Find</source>
            <translation>འཚོལ་བ།(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="228" />
            <source>&amp;Refresh</source>
            <translation>གསར་བསྐྲུན།(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="229" />
            <source>&amp;About</source>
            <translation>སྐོར།(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="230" />
            <source>Toolbar</source>
            <translation>ལག་ཆའི་སྡེ།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="246" />
            <source>User: %1</source>
            <translation>སྤྱོད་མཁན། %1</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="248" />
            <source>Register file</source>
            <translation>ཐོ་དེབ་ཡིག་ཆ།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="56" />
            <source>Last backup: %1</source>
            <translation>གྲབས་ཉར་མཐའ་མ། %1</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="57" />
            <source>never</source>
            <translation>གཏན་ནས་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="360" />
            <source>Nothing to undo.</source>
            <translation>ཕྱིར་ལྡོག་བྱ་རྒྱུ་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="364" />
            <source>Undone.</source>
            <translation>ཕྱིར་ལྡོག་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="426" />
            <source>About</source>
            <translation>སྐོར།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="428" />
            <source>Dual-base linkage office register: households, loan demands, financial literacy, complaints and credit ratings of a dual-base linkage office, offline, in Chinese and Tibetan.</source>
            <translation>རྨང་རིམ་གཉིས་འབྲེལ་ལས་ཁང་གི་ཐོ་དེབ། ལས་ཁང་གི་ཞིང་འབྲོག་ཁྱིམ་ཚང་། མ་དངུལ་དགོས་མཁོ། དངུལ་རྩིས་ཤེས་བྱ། ཞུ་གཏུག ཡིད་རྟོན་རིམ་པ་གཏན་འཁེལ་བཅས། དྲ་རྒྱ་མེད་པར་བེད་སྤྱོད་ཐུབ། རྒྱ་བོད་སྐད་གཉིས།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="219" />
            <source>&amp;Import a roster…</source>
            <translation>མིང་ཐོ་ནང་འདྲེན།(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="221" />
            <source>&amp;Switch account…</source>
            <translation>ཐོ་ཁོངས་བརྗེ་བ།(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="222" />
            <source>Sign out, and sign in with another account without closing the program</source>
            <translation>བྱ་རིམ་མ་སྒོ་བར་ཐོ་ཁོངས་ད་ལྟ་བ་ནས་ཕྱིར་ཐོན་ཏེ་ཐོ་ཁོངས་གཞན་ཞིག་གིས་ནང་འཛུལ་བྱེད།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="382" />
            <source>There are no accounts yet: add them under Settings ▸ Users.</source>
            <translation>ད་དུང་ཐོ་ཁོངས་གང་ཡང་མེད། སྒྲིག་འགོད། ▸ སྤྱོད་མཁན། ནང་ཁ་སྣོན་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="394" />
            <source>Signed in as %1.</source>
            <translation>%1 ཡིས་ནང་འཛུལ་བྱས་ཟིན།</translation>
        </message>
    </context>
    <context>
        <name>OfficeDialog</name>
        <message>
            <location filename="../ui/dialogs/office.py" line="56" />
            <source>The office this register belongs to</source>
            <translation>ཐོ་དེབ་འདི་དབང་བའི་ལས་ཁང་།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="60" />
            <source>Office code</source>
            <translation>ལས་ཁང་གི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="61" />
            <source>Level</source>
            <translation>རིམ་པ།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="62" />
            <source>Name in Chinese</source>
            <translation>རྒྱ་ཡིག་གི་མིང་།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="63" />
            <source>Name in Tibetan</source>
            <translation>བོད་ཡིག་གི་མིང་།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="64" />
            <source>Parent office code</source>
            <translation>གོང་རིམ་ལས་ཁང་གི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="65" />
            <source>Partner bank branch</source>
            <translation>མཉམ་ལས་དངུལ་ཁང་གི་ཡན་ལག</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="41" />
            <source>Restore from a backup…</source>
            <extracomment>OfficeDialog's value when a backup was restored instead of an office set up</extracomment>
            <translation>གྲབས་ཉར་ནས་སླར་གསོ།…</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <location filename="../ui/app.py" line="87" />
            <location filename="../ui/errors.py" line="67" />
            <source>Error</source>
            <translation>ནོར་འཁྲུལ།</translation>
        </message>
        <message>
            <location filename="../ui/errors.py" line="65" />
            <source>Not saved</source>
            <extracomment>tests may read what was last told</extracomment>
            <translation>ཉར་ཚགས་མ་བྱས།</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../ui/pages/page.py" line="111" />
            <source>This part of the program is coming in a later version.</source>
            <extracomment>navigation order: (name, module under ui.pages, class name)</extracomment>
            <translation>མཉེན་ཆས་ཀྱི་ཆ་ཤས་འདི་རྗེས་མའི་པར་གཞིའི་ནང་འཆར།</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <location filename="../ui/pages/register_page.py" line="211" />
            <source>New…</source>
            <translation>གསར་བཟོ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="212" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="213" />
            <source>Open…</source>
            <translation>ཁ་ཕྱེ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="214" />
            <source>Enter or double-click a row</source>
            <translation>ཐིག་ཕྲེང་ཞིག་ལ་ Enter ནམ་ཐེངས་གཉིས་མནན་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="215" />
            <source>Delete</source>
            <translation>བསུབ་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="283" />
            <source>%1 records</source>
            <translation>ཟིན་ཐོ་ %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="335" />
            <source>Deleted. Ctrl+Z brings it back.</source>
            <translation>བསུབ་ཟིན། Ctrl+Z མནན་ན་སླར་གསོ་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="274" />
            <location filename="../ui/pages/register_page.py" line="280" />
            <source>Searching…</source>
            <translation>འཚོལ་བཞིན་པ།…</translation>
        </message>
    </context>
    <context>
        <name>RegisterTableModel</name>
        <message>
            <location filename="../ui/models/paged.py" line="456" />
            <source>Deleted</source>
            <extracomment>role for the row's record id (str) role for the whole row dict</extracomment>
            <translation>བསུབ་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/models/paged.py" line="458" />
            <source>Imported from office %1: read-only here</source>
            <translation>ལས་ཁང་ %1 ནས་ནང་འདྲེན་བྱས། འདིར་ཀློག་པ་ཙམ།</translation>
        </message>
    </context>
    <context>
        <name>AttendeeList</name>
        <message>
            <location filename="../ui/pages/sessions.py" line="135" />
            <source>Add</source>
            <translation>ཁ་སྣོན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="136" />
            <source>Remove</source>
            <translation>སེལ་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="140" />
            <source>%1 households linked</source>
            <translation>ཁྱིམ་ཚང་ %1 འབྲེལ་མཐུད་བྱས།</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <location filename="../ui/pages/complaints.py" line="164" />
            <source>%1 (%2 days after receipt)</source>
            <extracomment>lifecycle buttons: (target status, object name)</extracomment>
            <translation>%1 (ལེན་རྗེས་ཉིན་ %2)</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="172" />
            <source>Edit complaint</source>
            <translation>ཞུ་གཏུག་རྩོམ་སྒྲིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="172" />
            <source>New complaint</source>
            <translation>ཞུ་གཏུག་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="176" />
            <source>Received on</source>
            <translation>ལེན་པའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="177" />
            <source>Received by</source>
            <translation>ལེན་སྟངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="178" />
            <source>Complainant's household</source>
            <translation>ཞུ་གཏུག་པའི་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="179" />
            <source>Complainant (if not a household)</source>
            <translation>ཞུ་གཏུག་པ། (ཐོ་འགོད་ཁྱིམ་ཚང་མིན་ན།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="180" />
            <source>Complainant's phone</source>
            <translation>ཞུ་གཏུག་པའི་ཁ་པར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="181" />
            <source>Institution</source>
            <translation>ལས་ཁུངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="182" />
            <source>What the complaint is about</source>
            <translation>ཞུ་གཏུག་གི་ནང་དོན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="183" />
            <source>Business channel (JR/T 0169 A)</source>
            <translation>ལས་དོན་ལམ་ཀ (JR/T 0169 A)</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="184" />
            <source>Business type (JR/T 0169 B)</source>
            <translation>ལས་དོན་གྱི་རིགས། (JR/T 0169 B)</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="185" />
            <source>Cause (JR/T 0169 C)</source>
            <translation>ཞུ་གཏུག་གི་རྒྱུ་རྐྱེན། (JR/T 0169 C)</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="186" />
            <source>Handler</source>
            <translation>ཐག་གཅོད་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="187" />
            <source>Due on</source>
            <translation>མཇུག་སྒྲིལ་དུས་བཀག</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="188" />
            <source>Notes</source>
            <translation>མཆན།</translation>
        </message>
    </context>
    <context>
        <name>ComplaintStepDialog</name>
        <message>
            <location filename="../ui/pages/complaints.py" line="35" />
            <source>Complaint: %1</source>
            <translation>ཞུ་གཏུག %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="236" />
            <source>Date</source>
            <translation>ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="237" />
            <source>Transferred to</source>
            <translation>སྤྲོད་ས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="238" />
            <source>Outcome</source>
            <translation>ཐག་གཅོད་འབྲས་བུ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="239" />
            <source>Complainant's satisfaction</source>
            <translation>ཞུ་གཏུག་པའི་ཚིམ་ཚད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="240" />
            <source>Note</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="240" />
            <source>Why satisfaction was not asked</source>
            <translation>ཚིམ་ཚད་མ་དྲིས་པའི་རྒྱུ་མཚན།</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsPage</name>
        <message>
            <location filename="../ui/pages/complaints.py" line="337" />
            <source>Overdue only</source>
            <translation>དུས་ཡོལ་བ་ཁོ་ན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="337" />
            <source>Overdue or not</source>
            <translation>དུས་ཡོལ་ཡིན་མིན་གང་ཡང་རུང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="367" />
            <source>Complaints</source>
            <translation>ཞུ་གཏུག</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="370" />
            <source>Transfer…</source>
            <translation>སྤྲོད་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="370" />
            <source>Resolve…</source>
            <translation>ཐག་གཅོད།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="370" />
            <source>Close…</source>
            <translation>མཇུག་སྒྲིལ།…</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDetailPage</name>
        <message>
            <location filename="../ui/pages/household_detail.py" line="223" />
            <source>%1 people, %2 working</source>
            <translation>མི་ %1། ལས་ཀ་བྱེད་མཁན་ %2</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="328" />
            <source>◀ Back to the list</source>
            <translation>◀ ཐོ་གཞུང་དུ་ཕྱིར་ལོག</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="329" />
            <source>Edit household…</source>
            <translation>ཞིང་འབྲོག་ཁྱིམ་ཚང་རྩོམ་སྒྲིག…</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="330" />
            <source>New loan demand…</source>
            <translation>མ་དངུལ་དགོས་མཁོ་གསར་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="331" />
            <source>New complaint…</source>
            <translation>ཞུ་གཏུག་གསར་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="332" />
            <source>Print record card…</source>
            <translation>ཡིག་ཚགས་བྱང་བུ་པར་འདེབས།…</translation>
        </message>
        <message>
            <source>Record cards come with the reports part of the program.</source>
            <translation type="vanished">ཡིག་ཚགས་བྱང་བུ་ནི་མཉེན་ཆས་ཀྱི་རེའུ་མིག་ཆ་ཤས་ནས་འབྱུང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="335" />
            <source>Write this household's record card as a PDF</source>
            <translation>ཁྱིམ་ཚང་འདིའི་ཡིག་ཚགས་བྱང་བུ་ PDF ལྟར་འབྲི།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="336" />
            <location filename="../ui/pages/household_detail.py" line="342" />
            <source>Household</source>
            <translation>ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="338" />
            <source>ID number</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="339" />
            <source>Born</source>
            <translation>སྐྱེས་ཚེས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="340" />
            <source>Phone</source>
            <translation>འབྲེལ་གཏུག་ཁ་པར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="341" />
            <source>Village</source>
            <translation>གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="343" />
            <source>Ethnicity</source>
            <translation>མི་རིགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="344" />
            <source>Preferred language</source>
            <translation>རྒྱུན་སྤྱོད་སྐད་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="345" />
            <location filename="../ui/pages/household_detail.py" line="359" />
            <location filename="../ui/pages/household_detail.py" line="367" />
            <source>Status</source>
            <translation>གནས་སྟངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="346" />
            <source>Main industry</source>
            <translation>ཐོན་ལས་གཙོ་བོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="348" />
            <source>Address</source>
            <translation>གནས་ཡུལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="349" />
            <source>Notes</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="355" />
            <location filename="../ui/pages/household_detail.py" line="365" />
            <source>Date</source>
            <translation>ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="356" />
            <source>Product</source>
            <translation>ཐོན་རྫས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="357" />
            <source>Amount (yuan)</source>
            <translation>དངུལ་འབོར། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="358" />
            <source>Months</source>
            <translation>ཟླ་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="360" />
            <source>Status date</source>
            <translation>གནས་སྟངས་ཀྱི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="361" />
            <source>Granted (yuan)</source>
            <translation>སྤྲད་པ། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="362" />
            <source>Purpose / history</source>
            <translation>སྤྱོད་ཕྱོགས། / ལོ་རྒྱུས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="365" />
            <source>Place</source>
            <translation>ས་གནས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="365" />
            <source>Language</source>
            <translation>སྐད་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="365" />
            <source>Topics</source>
            <translation>བརྗོད་གཞི།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="367" />
            <source>Received</source>
            <translation>ལེན་པའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="367" />
            <source>Institution</source>
            <translation>ལས་ཁུངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="367" />
            <source>Due</source>
            <translation>མཇུག་སྒྲིལ་དུས་བཀག</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="367" />
            <source>Description</source>
            <translation>གསལ་བཤད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="370" />
            <source>Year</source>
            <translation>ལོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="370" />
            <source>Score</source>
            <translation>སྐར་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="370" />
            <source>Grade</source>
            <translation>རིམ་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="370" />
            <source>Raters</source>
            <translation>གདེང་འཇོག་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="370" />
            <source>Rated on</source>
            <translation>གདེང་འཇོག་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="377" />
            <source>Loan demands (%1)</source>
            <translation>མ་དངུལ་དགོས་མཁོ། (%1)</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="378" />
            <source>Literacy sessions attended (%1)</source>
            <translation>ཞུགས་པའི་དངུལ་རྩིས་ཤེས་བྱའི་སྦྱོང་བརྡར། (%1)</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="379" />
            <source>Complaints (%1)</source>
            <translation>ཞུ་གཏུག (%1)</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="380" />
            <source>Credit ratings (%1)</source>
            <translation>ཡིད་རྟོན་རིམ་པ་གཏན་འཁེལ། (%1)</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="451" />
            <source>Save the record card</source>
            <translation>ཡིག་ཚགས་བྱང་བུ་ཉར་ཚགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="451" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF ཡིག་ཆ། (*.pdf)</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="467" />
            <source>Writing the record card…</source>
            <translation>ཡིག་ཚགས་བྱང་བུ་འབྲི་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="464" />
            <source>Record card written: %1</source>
            <translation>ཡིག་ཚགས་བྱང་བུ་བྲིས་ཟིན། %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="347" />
            <source>Registered on</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="333" />
            <source>Print this household's record card, with a preview</source>
            <translation>ཁྱིམ་ཚང་འདིའི་ཡིག་ཚགས་བྱང་བུ་པར་འདེབས། (སྔོན་ལ་ལྟ་ཆོག)</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="334" />
            <source>Save record card as PDF…</source>
            <translation>ཡིག་ཚགས་བྱང་བུ་ PDF ལ་ཉར་ཚགས།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="436" />
            <source>Record card: %1</source>
            <translation>ཡིག་ཚགས་བྱང་བུ། %1</translation>
        </message>
    </context>
    <context>
        <name>LoanDemandDialog</name>
        <message>
            <location filename="../ui/pages/loans.py" line="129" />
            <source>Edit loan demand</source>
            <extracomment>lifecycle buttons in the order they are shown: (target status, object name)</extracomment>
            <translation>མ་དངུལ་དགོས་མཁོ་རྩོམ་སྒྲིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="129" />
            <source>New loan demand</source>
            <translation>མ་དངུལ་དགོས་མཁོ་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="39" />
            <location filename="../ui/pages/loans.py" line="133" />
            <source>Household</source>
            <translation>ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="134" />
            <source>Registered on</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="42" />
            <location filename="../ui/pages/loans.py" line="135" />
            <source>Loan product</source>
            <translation>དངུལ་བསྐྱིན་ཐོན་རྫས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="43" />
            <location filename="../ui/pages/loans.py" line="136" />
            <source>Amount asked (yuan)</source>
            <translation>རེ་ཞུའི་དངུལ་འབོར། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="137" />
            <source>Term (months)</source>
            <translation>དུས་ཚོད། (ཟླ་བ།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="138" />
            <source>Purpose</source>
            <translation>སྤྱོད་ཕྱོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="139" />
            <source>Industry</source>
            <translation>ཐོན་ལས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="140" />
            <source>Bank</source>
            <translation>དངུལ་ཁང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="141" />
            <source>Notes</source>
            <translation>མཆན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="166" />
            <source>What this product allows this household</source>
            <translation>ཐོན་རྫས་འདིས་ཁྱིམ་ཚང་འདིར་ཆོག་པའི་ཆ་རྐྱེན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="168" />
            <source>Choose the household and the loan product to see the product's rules.</source>
            <translation>ཁྱིམ་ཚང་དང་དངུལ་བསྐྱིན་ཐོན་རྫས་བདམས་ན་ཐོན་རྫས་ཀྱི་སྒྲིག་སྲོལ་མཐོང་ཐུབ།</translation>
        </message>
    </context>
    <context>
        <name>LoansPage</name>
        <message>
            <location filename="../ui/pages/loans.py" line="269" />
            <source>All products</source>
            <translation>ཐོན་རྫས་ཡོངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="342" />
            <source>Loan demands</source>
            <translation>མ་དངུལ་དགོས་མཁོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="346" />
            <source>Refer to bank…</source>
            <translation>དངུལ་ཁང་ལ་འོས་སྦྱོར།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="347" />
            <source>Approve…</source>
            <translation>ཆོག་མཆན།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="348" />
            <source>Grant…</source>
            <translation>སྤྲོད་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="349" />
            <source>Reject…</source>
            <translation>ཁས་མི་ལེན།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="350" />
            <source>Withdraw…</source>
            <translation>ཕྱིར་བསྡུ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="351" />
            <source>Mark repaid…</source>
            <translation>འཇལ་ཚར་བར་རྟགས་རྒྱག…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="370" />
            <source>History of the selected demand</source>
            <translation>བདམས་པའི་དགོས་མཁོའི་ལོ་རྒྱུས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="371" />
            <source>Date</source>
            <translation>ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="371" />
            <source>Step</source>
            <translation>གོ་རིམ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="371" />
            <source>By</source>
            <translation>ལས་བྱེད་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="371" />
            <source>Reason / details</source>
            <translation>རྒྱུ་མཚན། / ཞིབ་ཕྲ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="369" />
            <source>Selected demand:</source>
            <translation>བདམས་པའི་དགོས་མཁོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="74" />
            <source>Balance %1 yuan · maturity %2 · %3 days overdue · subsidy so far %4 yuan</source>
            <extracomment>lifecycle buttons in the order they are shown: (target status, object name) servicing buttons after the grant (app.services.loan_book): (step, object name) the selected loan's figures above the rules panel (filled per language by Language.fill)</extracomment>
            <translation>ལྷག་འཕྲོ་སྒོར་ %1 · དུས་ཚེས་ %2 · དུས་ལས་ཡོལ་བ་ཉིན་ %3 · ད་བར་གྱི་སྐྱེད་ཀ་རོགས་སྐྱོར་སྒོར་ %4</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="75" />
            <source>interest %1</source>
            <translation>སྐྱེད་ཀ་ %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="356" />
            <source>Repayment…</source>
            <translation>བུ་ལོན་འཇལ་བ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="357" />
            <source>Extend…</source>
            <translation>དུས་ཚོད་འགྱངས་བ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="358" />
            <source>Top up…</source>
            <translation>དངུལ་བསྐྱིན་ཁ་སྣོན།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="359" />
            <source>Default…</source>
            <translation>དུས་ཐོག་མ་འཇལ་བ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="360" />
            <source>Compensation claim…</source>
            <translation>ཉེན་ཁའི་གུན་གསབ་རེ་ཞུ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="361" />
            <source>Write off…</source>
            <translation>རྩིས་ཐོ་ནས་བསུབ་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="365" />
            <location filename="../ui/pages/loans.py" line="580" />
            <source>Visit list</source>
            <translation>ལྟ་སྐོར་ཐོ་འགོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="366" />
            <source>Overdue and due within 30 days…</source>
            <translation>དུས་ལས་ཡོལ་བ་དང་ཉིན་ 30 ནང་དུས་ཚེས་སླེབས་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="367" />
            <source>Overdue and due within 60 days…</source>
            <translation>དུས་ལས་ཡོལ་བ་དང་ཉིན་ 60 ནང་དུས་ཚེས་སླེབས་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="368" />
            <source>Rules for the selected loan</source>
            <translation>འདེམས་པའི་དངུལ་བསྐྱིན་གྱི་སྒྲིག་སྲོལ།</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <location filename="../ui/pages/sessions.py" line="229" />
            <source>Edit literacy session</source>
            <translation>ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར་རྩོམ་སྒྲིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="229" />
            <source>New literacy session</source>
            <translation>ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="233" />
            <source>Held on</source>
            <translation>བསྐོངས་པའི་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="234" />
            <source>Place</source>
            <translation>ས་གནས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="235" />
            <source>Village</source>
            <translation>གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="236" />
            <source>Topics</source>
            <translation>བརྗོད་གཞི།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="237" />
            <source>Language</source>
            <translation>སྐད་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="238" />
            <source>Presenters</source>
            <translation>གཙོ་གཏམ་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="239" />
            <source>Bilingual volunteers</source>
            <translation>སྐད་གཉིས་རང་འགུལ་ཞབས་ཞུ་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="240" />
            <source>Attendance (total)</source>
            <translation>ཞུགས་མཁན་གྲངས། (བསྡོམས།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="241" />
            <source>of them women</source>
            <translation>དེའི་ནང་བུད་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="242" />
            <source>from poor households</source>
            <translation>དབུལ་ཕོངས་ཁྱིམ་ཚང་ནས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="243" />
            <source>Materials handed out</source>
            <translation>བགོས་པའི་ཡིག་ཆའི་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="244" />
            <source>Which materials</source>
            <translation>ཡིག་ཆ་གང་དག</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="245" />
            <source>Attendees (households)</source>
            <translation>ཞུགས་མཁན། (ཁྱིམ་ཚང་།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="246" />
            <source>Notes</source>
            <translation>མཆན།</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/pages/sessions.py" line="327" />
            <source>All languages</source>
            <translation>སྐད་ཡིག་ཡོངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="330" />
            <source>Literacy sessions</source>
            <translation>དངུལ་རྩིས་ཤེས་བྱའི་ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར།</translation>
        </message>
    </context>
    <context>
        <name>CreditVillagesPanel</name>
        <message>
            <location filename="../ui/pages/ratings.py" line="208" />
            <source>Village</source>
            <translation>གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="209" />
            <source>Households</source>
            <translation>ཞིང་འབྲོག་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="210" />
            <source>Credit households</source>
            <translation>ཡིད་རྟོན་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="211" />
            <source>Credit households %</source>
            <translation>ཡིད་རྟོན་ཁྱིམ་ཚང་གི་བསྡུར་ཚད། %</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="212" />
            <source>Borrowers</source>
            <translation>དངུལ་བསྐྱིན་ལེན་མཁན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="213" />
            <source>Without arrears %</source>
            <translation>བུ་ལོན་སྒོར་མེད་པའི་བསྡུར་ཚད། %</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="214" />
            <source>Credit village</source>
            <translation>ཡིད་རྟོན་གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="254" />
            <source>Ratings up to the year</source>
            <translation>ལོ་དེའི་བར་གྱི་རིམ་པ་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="263" />
            <source>A village is a credit village when at least %1 of its households are credit households and at least %2 of its borrowers have no arrears (thresholds set in Settings).</source>
            <translation>གྲོང་ཚོ་ཞིག་གི་ཁྱིམ་ཚང་ཉུང་མཐར་ %1 ཡིད་རྟོན་ཁྱིམ་ཚང་ཡིན་པ་དང་། དངུལ་བསྐྱིན་ལེན་མཁན་ཉུང་མཐར་ %2 ལ་བུ་ལོན་སྒོར་མེད་ན་ཡིད་རྟོན་གྲོང་ཚོ་ཡིན། (ཚད་གཞི་སྒྲིག་འགོད་ནང་གཏན་འཁེལ།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="280" />
            <source>✓ yes</source>
            <translation>✓ ཡིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="280" />
            <source>✗ no</source>
            <translation>✗ མིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="300" />
            <source>%1 of %2 villages qualify as credit villages.</source>
            <translation>གྲོང་ཚོ་ %2 ཡི་ནང་ནས་ %1 ཡིད་རྟོན་གྲོང་ཚོའི་ཆ་རྐྱེན་དང་མཐུན།</translation>
        </message>
    </context>
    <context>
        <name>RatingDialog</name>
        <message>
            <location filename="../ui/pages/ratings.py" line="175" />
            <source>Edit credit rating</source>
            <translation>ཡིད་རྟོན་རིམ་པ་གཏན་འཁེལ་རྩོམ་སྒྲིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="175" />
            <source>New credit rating</source>
            <translation>ཡིད་རྟོན་རིམ་པ་གཏན་འཁེལ་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="179" />
            <source>Household</source>
            <translation>ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="180" />
            <source>Year</source>
            <translation>ལོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="181" />
            <source>Rated on</source>
            <translation>གདེང་འཇོག་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="182" />
            <source>Score sheet</source>
            <translation>སྐར་གྲངས་རེའུ་མིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="183" />
            <source>Bank's rater</source>
            <translation>དངུལ་ཁང་ནས་གདེང་འཇོག་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="184" />
            <source>Village's rater</source>
            <translation>གྲོང་ཚོ་ནས་གདེང་འཇོག་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="185" />
            <source>Bank's score</source>
            <translation>དངུལ་ཁང་གི་སྐར་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="186" />
            <source>Village's score</source>
            <translation>གྲོང་ཚོའི་སྐར་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="187" />
            <source>Notes</source>
            <translation>མཆན།</translation>
        </message>
    </context>
    <context>
        <name>RatingsPage</name>
        <message>
            <location filename="../ui/pages/ratings.py" line="424" />
            <source>All years</source>
            <translation>ལོ་ཡོངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="464" />
            <source>Credit ratings</source>
            <translation>ཡིད་རྟོན་རིམ་པ་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="469" />
            <source>Household ratings</source>
            <translation>ཁྱིམ་ཚང་གི་རིམ་པ་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="470" />
            <source>Credit villages</source>
            <translation>ཡིད་རྟོན་གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="418" />
            <source>All grades</source>
            <translation>རིམ་པ་ཡོངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="472" />
            <source>Sign for the village</source>
            <translation>གྲོང་ཚོའི་ཆེད་དུ་མིང་རྟགས་འགོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="473" />
            <source>Sign for the bank</source>
            <translation>དངུལ་ཁང་གི་ཆེད་དུ་མིང་རྟགས་འགོད།</translation>
        </message>
    </context>
    <context>
        <name>ScoreSheet</name>
        <message>
            <location filename="../ui/pages/ratings.py" line="40" />
            <source>Total %1 of %2 — grade %3</source>
            <translation>བསྡོམས་ %2 ཡི་ %1 — རིམ་པ་ %3</translation>
        </message>
    </context>
    <context>
        <name>HomePage</name>
        <message>
            <location filename="../ui/pages/home.py" line="361" />
            <location filename="../ui/pages/home.py" line="466" />
            <location filename="../ui/pages/home.py" line="489" />
            <location filename="../ui/pages/home.py" line="529" />
            <location filename="../ui/pages/home.py" line="538" />
            <source>Counting…</source>
            <extracomment>filters of a drill-down that the registers' filter bars have no widget for</extracomment>
            <translation>གྲངས་རྩིས་བྱེད་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="425" />
            <source>Home</source>
            <translation>གདོང་ཤོག</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="430" />
            <source>This month</source>
            <translation>ཟླ་བ་འདི།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="431" />
            <source>Last month</source>
            <translation>ཟླ་བ་སྔ་མ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="432" />
            <source>This year</source>
            <translation>ད་ལོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="439" />
            <source>Registered-poor households with a loan demand</source>
            <translation>མ་དངུལ་དགོས་མཁོ་ཡོད་པའི་ཐོ་འགོད་བྱས་པའི་དབུལ་ཕོངས་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="440" />
            <source>Registered-poor households with a granted loan</source>
            <translation>དངུལ་བསྐྱིན་ཐོབ་ཟིན་པའི་ཐོ་འགོད་བྱས་པའི་དབུལ་ཕོངས་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="441" />
            <source>Loan demands registered</source>
            <translation>ཐོ་འགོད་བྱས་པའི་མ་དངུལ་དགོས་མཁོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="442" />
            <source>Success rate (granted ÷ decided)</source>
            <translation>ལེགས་འགྲུབ་ཚད། (སྤྲད་པ ÷ ཐག་གཅོད་བྱས་པ།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="443" />
            <source>Median days from registration to decision</source>
            <translation>ཐོ་འགོད་ནས་ཐག་གཅོད་བར་གྱི་ཉིན་གྲངས་བར་མ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="444" />
            <source>530 loans outstanding</source>
            <translation>530 དངུལ་བསྐྱིན་ལྷག་མ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="445" />
            <source>530 loans past maturity</source>
            <translation>530 དངུལ་བསྐྱིན་དུས་ཡོལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="446" />
            <source>Literacy sessions</source>
            <translation>དངུལ་རྩིས་ཤེས་བྱའི་ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="447" />
            <source>Sessions in Tibetan or bilingual (this year)</source>
            <translation>བོད་སྐད་དམ་སྐད་གཉིས་ཀྱི་སྦྱོང་བརྡར། (ད་ལོ།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="448" />
            <source>Households reached by sessions (this year)</source>
            <translation>སྦྱོང་བརྡར་གྱིས་ཁྱབ་པའི་ཁྱིམ་ཚང་། (ད་ལོ།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="449" />
            <source>Complaints being handled</source>
            <translation>ཐག་གཅོད་བྱེད་བཞིན་པའི་ཞུ་གཏུག</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="450" />
            <source>Complaints overdue</source>
            <translation>དུས་ཡོལ་བའི་ཞུ་གཏུག</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="451" />
            <source>Complaints resolved within the deadline</source>
            <translation>དུས་བཀག་ནང་ཐག་གཅོད་བྱས་པའི་ཞུ་གཏུག</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="452" />
            <source>Complainants satisfied</source>
            <translation>ཚིམ་པའི་ཞུ་གཏུག་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="453" />
            <source>Credit households</source>
            <translation>ཡིད་རྟོན་ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="454" />
            <source>Credit villages</source>
            <translation>ཡིད་རྟོན་གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="462" />
            <source>Needs action today</source>
            <translation>དེ་རིང་བྱ་དགོས་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="477" />
            <source>Figures for %1, office and offices below it</source>
            <translation>%1 ཡི་གྲངས་ཀ ལས་ཁང་འདི་དང་དེའི་འོག་གི་ལས་ཁང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="485" />
            <source>%1 of %2</source>
            <translation>%2 ཡི་ %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="498" />
            <source>%1 granted, %2 yuan</source>
            <translation>སྤྲད་པ་ %1། སྒོར་ %2</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="502" />
            <source>%1 granted of %2 decided</source>
            <translation>ཐག་གཅོད་ %2 ཡི་ནང་ནས་སྤྲད་པ་ %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="505" />
            <source>days</source>
            <translation>ཉིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="507" />
            <location filename="../ui/pages/home.py" line="510" />
            <source>%1 yuan granted</source>
            <translation>སྒོར་ %1 སྤྲད་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="515" />
            <source>%1 attended; this year %2 sessions, %3 attended</source>
            <translation>ཞུགས་མཁན་ %1། ད་ལོ་ཐེངས་ %2། ཞུགས་མཁན་ %3</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="522" />
            <source>%1 received in the period</source>
            <translation>དུས་ཡུན་ནང་ལེན་པ་ %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="523" />
            <source>open past the due date</source>
            <translation>དུས་བཀག་ཡོལ་ཡང་མཇུག་མ་སྒྲིལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="532" />
            <source>of %1 villages</source>
            <translation>གྲོང་ཚོ་ %1 ཡི་ནང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="566" />
            <source>Loan demands per month (12 months)</source>
            <translation>ཟླ་རེའི་མ་དངུལ་དགོས་མཁོ། (ཟླ་བ་ 12)</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="595" />
            <source>Registered</source>
            <translation>ཐོ་འགོད་ཚེས་གྲངས།</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation type="vanished">སྤྲད་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="574" />
            <source>Literacy attendance per month</source>
            <translation>ཟླ་རེའི་སྦྱོང་བརྡར་ཞུགས་མཁན་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="574" />
            <source>People attending</source>
            <translation>ཞུགས་མཁན་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="578" />
            <source>Overdue complaints (%1)</source>
            <translation>དུས་ཡོལ་བའི་ཞུ་གཏུག (%1)</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="580" />
            <source>Due</source>
            <translation>མཇུག་སྒྲིལ་དུས་བཀག</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="580" />
            <source>Complainant</source>
            <translation>ཞུ་གཏུག་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="580" />
            <source>Institution</source>
            <translation>ལས་ཁུངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="580" />
            <source>Days overdue</source>
            <translation>དུས་ཡོལ་ཉིན་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="587" />
            <source>None — every complaint is within its deadline.</source>
            <translation>མེད། — ཞུ་གཏུག་ཚང་མ་དུས་བཀག་ནང་ཡོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="590" />
            <source>Waiting over %1 days for a bank decision (%2)</source>
            <translation>དངུལ་ཁང་གི་ཐག་གཅོད་ལ་ཉིན་ %1 ལས་བརྒལ་ནས་སྒུག་པ། (%2)</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="595" />
            <source>Household</source>
            <translation>ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="595" />
            <source>Product</source>
            <translation>ཐོན་རྫས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="595" />
            <source>Days waiting</source>
            <translation>སྒུག་པའི་ཉིན་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="611" />
            <source>None — no demand is waiting too long.</source>
            <translation>མེད། — དུས་ཡུན་རིང་དྲགས་སྒུག་པའི་དགོས་མཁོ་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="614" />
            <source>Offices that have not reported for %1 (%2)</source>
            <translation>%1 ཡི་སྙན་ཞུ་མ་ཕུལ་བའི་ལས་ཁང་། (%2)</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="618" />
            <source>Office</source>
            <translation>ལས་ཁང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="618" />
            <source>Code</source>
            <translation>ཨང་རྟགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="624" />
            <source>None — every office below this one has reported.</source>
            <translation>མེད། — འོག་རིམ་ལས་ཁང་ཚང་མས་སྙན་ཞུ་ཕུལ་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="659" />
            <source>Showing the records behind the figure on Home; change a filter to see all.</source>
            <translation>གདོང་ཤོག་གི་གྲངས་ཀའི་རྒྱབ་ཀྱི་ཟིན་ཐོ་སྟོན་བཞིན་ཡོད། ཚང་མ་ལྟ་ན་འདེམས་འཚག་བསྒྱུར་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="567" />
            <source>Demands registered</source>
            <translation>ཐོ་འགོད་བྱས་པའི་དགོས་མཁོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="567" />
            <source>Demands granted</source>
            <translation>སྤྲད་ཟིན་པའི་དངུལ་བསྐྱིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="481" />
            <source>Figures for %1, office and offices below it — counting…</source>
            <translation>%1 ཡི་གྲངས་ཀ ལས་ཁང་འདི་དང་དེའི་འོག་གི་ལས་ཁང་། གྲངས་རྩིས་བྱེད་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="455" />
            <source>Loans outstanding (balance)</source>
            <translation>དངུལ་བསྐྱིན་ལྷག་འཕྲོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="456" />
            <source>Overdue loans (balance)</source>
            <translation>དུས་ལས་ཡོལ་བའི་དངུལ་བསྐྱིན། (ལྷག་འཕྲོ།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="457" />
            <source>Repaid in the period</source>
            <translation>དུས་ཚིགས་འདིའི་བུ་ལོན་འཇལ་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="458" />
            <source>Interest subsidy due in the period</source>
            <translation>དུས་ཚིགས་འདིར་སྤྲོད་དགོས་པའི་སྐྱེད་ཀ་རོགས་སྐྱོར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="541" />
            <source>%1 loans, yuan</source>
            <translation>དངུལ་བསྐྱིན་ %1 སྒོར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="546" />
            <source>%1 loans, %2 of the balance</source>
            <translation>དངུལ་བསྐྱིན་ %1 ལྷག་འཕྲོའི་ %2</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="551" />
            <source>principal, yuan; %1 payments, interest %2</source>
            <translation>མ་དངུལ་སྒོར། ཐེངས་ %1 སྐྱེད་ཀ་ %2</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="555" />
            <source>yuan, by the policy in force</source>
            <translation>སྒོར། ད་ལྟའི་སྲིད་ཇུས་ལྟར་རྩིས་པ།</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../ui/pages/sync.py" line="351" />
            <source>Make a package for the office above</source>
            <translation>གོང་རིམ་ལས་ཁང་ལ་ཐུམ་སྒྲིལ་བཟོ་བ།</translation>
        </message>
        <message>
            <source>USB stick:</source>
            <translation type="vanished">USB ཉར་ཆས།</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation type="vanished">ཡིག་སྣོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="352" />
            <source>Month reported (YYYY-MM):</source>
            <translation>སྙན་ཞུའི་ཟླ་བ། (YYYY-MM)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="353" />
            <source>Passphrase (optional):</source>
            <translation>གསང་ཚིག (གདམ་ཀ)</translation>
        </message>
        <message>
            <source>encrypts the package; tell it to the office above by phone</source>
            <translation type="vanished">ཐུམ་སྒྲིལ་གསང་སྡོམ་བྱེད། ཁ་པར་བརྒྱུད་གོང་རིམ་ལས་ཁང་ལ་བརྡ་ཁྱབ་གནང་རོགས།</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation type="vanished">ཡིག་སྣོད་འདེམས་པ།…</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation type="vanished">ཡང་བསྐྱར་འཚོལ་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="365" />
            <source>Make package</source>
            <translation>ཐུམ་སྒྲིལ་བཟོ་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="366" />
            <source>Import packages from the offices below</source>
            <translation>འོག་རིམ་ལས་ཁང་གི་ཐུམ་སྒྲིལ་ནང་འདྲེན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="367" />
            <source>Passphrase (if encrypted):</source>
            <translation>གསང་ཚིག (གསང་སྡོམ་བྱས་ཡོད་ན།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="368" />
            <source>Check only, store nothing</source>
            <translation>ཞིབ་བཤེར་ཁོ་ན། ཉར་ཚགས་མི་བྱེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="369" />
            <source>Import packages…</source>
            <translation>ཐུམ་སྒྲིལ་ནང་འདྲེན།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="370" />
            <source>Which offices have reported</source>
            <translation>ལས་ཁང་གང་དག་གིས་སྙན་ཞུ་ཕུལ་ཡོད་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="371" />
            <source>Month:</source>
            <translation>ཟླ་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="373" />
            <source>Office code</source>
            <translation>ལས་ཁང་གི་ཨང་རྟགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="373" />
            <location filename="../ui/pages/sync.py" line="381" />
            <source>Office</source>
            <translation>ལས་ཁང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="357" />
            <location filename="../ui/pages/sync.py" line="373" />
            <source>Package</source>
            <translation>ཐུམ་སྒྲིལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="373" />
            <source>Last package received</source>
            <translation>མཐའ་མའི་ཐུམ་སྒྲིལ་འབྱོར་དུས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="375" />
            <source>Packages made and imported</source>
            <translation>བཟོས་ཟིན་པ་དང་ནང་འདྲེན་བྱས་ཟིན་པའི་ཐུམ་སྒྲིལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="378" />
            <source>Time</source>
            <translation>དུས་ཚོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="379" />
            <source>Direction</source>
            <translation>ཁ་ཕྱོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="380" />
            <source>Result</source>
            <translation>མཇུག་འབྲས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="382" />
            <source>Number</source>
            <translation>ཨང་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="383" />
            <source>Month</source>
            <translation>ཟླ་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="384" />
            <source>File</source>
            <translation>ཡིག་ཆ།</translation>
        </message>
        <message>
            <source>No USB stick found — choose a folder</source>
            <translation type="vanished">USB ཉར་ཆས་མ་རྙེད། ཡིག་སྣོད་ཅིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="364" />
            <source>Where to write the package</source>
            <translation>ཐུམ་སྒྲིལ་ཉར་ས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="429" />
            <location filename="../ui/pages/sync.py" line="440" />
            <location filename="../ui/pages/sync.py" line="716" />
            <source>Writing the package…</source>
            <translation>ཐུམ་སྒྲིལ་འབྲི་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="463" />
            <source>Package %1 for %2 written to %3 (%4 records) and checked. The USB stick can be removed.</source>
            <translation>%2 ཡི་ཐུམ་སྒྲིལ་ཨང་ %1 པ་ %3 ལ་བྲིས་ཟིན། (ཟིན་ཐོ་ %4) ཞིབ་བཤེར་ཡང་བྱས་ཟིན། USB ཉར་ཆས་ཕྱིར་འདོན་ཆོག</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="474" />
            <source>The package is encrypted: the office above needs the passphrase.</source>
            <translation>ཐུམ་སྒྲིལ་གསང་སྡོམ་བྱས་ཡོད། གོང་རིམ་ལས་ཁང་ལ་གསང་ཚིག་དགོས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="582" />
            <source>Sync packages to import</source>
            <translation>ནང་འདྲེན་བྱ་རྒྱུའི་མཉམ་འགྲིག་ཐུམ་སྒྲིལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="584" />
            <source>Sync packages (*.dbsync);;All files (*)</source>
            <translation>མཉམ་འགྲིག་ཐུམ་སྒྲིལ། (*.dbsync);;ཡིག་ཆ་ཡོངས། (*)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="609" />
            <source>Checking and importing packages…</source>
            <translation>ཐུམ་སྒྲིལ་ཞིབ་བཤེར་དང་ནང་འདྲེན་བྱེད་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="631" />
            <source>%1 of %2 packages were rejected; nothing of them was stored.</source>
            <translation>ཐུམ་སྒྲིལ་ %2 ཡི་ནང་ནས་ %1 ཁས་མ་བླངས། དེ་དག་གི་ནང་དོན་གང་ཡང་ཉར་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="898" />
            <source>received</source>
            <translation>འབྱོར་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="900" />
            <source>OVERDUE</source>
            <translation>དུས་ལས་ཡོལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="903" />
            <source>not yet (due %1)</source>
            <translation>ད་དུང་མ་འབྱོར། (དུས་མཚམས %1)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="686" />
            <location filename="../ui/pages/sync.py" line="919" />
            <source>No offices are registered below this one.</source>
            <translation>ལས་ཁང་འདིའི་འོག་ཏུ་ལས་ཁང་གང་ཡང་ཐོ་འགོད་བྱས་མེད།</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/pages/sync.py" line="921" />
            <source>%n office(s) overdue</source>
            <translation>
                <numerusform>ལས་ཁང་ %n དུས་ལས་ཡོལ།</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="931" />
            <source>made</source>
            <translation>བཟོས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="932" />
            <source>imported</source>
            <translation>ནང་འདྲེན་བྱས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="936" />
            <source>ok</source>
            <translation>ལེགས་གྲུབ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="936" />
            <source>rejected</source>
            <translation>ཁས་མ་བླངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="987" />
            <source>Package %1 made for %2: %3</source>
            <translation>%2 ཆེད་ཐུམ་སྒྲིལ་ཨང་ %1 པ་བཟོས་ཟིན། %3</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="387" />
            <source>Conflicts: the same household from two villages</source>
            <translation>འགལ་ཟླ། ཁྱིམ་ཚང་གཅིག་གྲོང་ཚོ་གཉིས་ནས་ཡོང་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="389" />
            <location filename="../ui/pages/sync.py" line="396" />
            <source>ID number</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="389" />
            <source>Here</source>
            <translation>འདི་ན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="389" />
            <source>Waiting</source>
            <translation>སྒུག་བཞིན་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="389" />
            <source>State</source>
            <translation>གནས་སྟངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="399" />
            <source>Keep the one here</source>
            <translation>འདི་ནའི་པར་གཞི་ཉར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="400" />
            <source>Keep the waiting one</source>
            <translation>སྒུག་བཞིན་པའི་པར་གཞི་ཉར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="401" />
            <source>Moved to the waiting one's village</source>
            <translation>སྒུག་བཞིན་པའི་གྲོང་ཚོར་སྤོས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="402" />
            <source>Moved to this one's village</source>
            <translation>འདི་ནའི་གྲོང་ཚོར་སྤོས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="403" />
            <source>Ask the villages…</source>
            <translation>གྲོང་ཚོ་ལ་འདྲི།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="809" />
            <source>%1: %2 (%3 records)</source>
            <translation>%1  %2 (ཟིན་ཐོ་ %3)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="819" />
            <source>open</source>
            <translation>ཐག་མ་ཆོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="820" />
            <source>asked the villages</source>
            <translation>གྲོང་ཚོ་ལ་དྲིས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="821" />
            <source>kept the one here</source>
            <translation>འདི་ནའི་པར་གཞི་ཉར་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="822" />
            <source>kept the waiting one</source>
            <translation>སྒུག་བཞིན་པའི་པར་གཞི་ཉར་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="823" />
            <location filename="../ui/pages/sync.py" line="824" />
            <source>moved</source>
            <translation>སྤོས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="844" />
            <source>No household came from two villages.</source>
            <translation>གྲོང་ཚོ་གཉིས་ནས་ཡོང་བའི་ཁྱིམ་ཚང་མེད།</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/pages/sync.py" line="847" />
            <source>%n household(s) came from two villages and wait for a decision. Nothing else of their packages was held back; each is counted once in the reports.</source>
            <translation>
                <numerusform>ཁྱིམ་ཚང་ %n གྲོང་ཚོ་གཉིས་ནས་ཡོང་སྟེ་ཐག་གཅོད་སྒུག་བཞིན་ཡོད། ཐུམ་སྒྲིལ་གྱི་གཞན་དག་ནང་འདྲེན་བྱས་ཟིན། སྙན་ཐོར་རེ་རེར་ཐེངས་གཅིག་རྩིས།</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="873" />
            <source>Ask the villages</source>
            <translation>གྲོང་ཚོ་ལ་འདྲི།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="873" />
            <source>The question for the two villages:</source>
            <translation>གྲོང་ཚོ་གཉིས་ལ་འདྲི་རྒྱུའི་གནད་དོན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="389" />
            <source>Answers</source>
            <translation>ལན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="391" />
            <source>Between offices below</source>
            <translation>འོག་རིམ་ལས་ཁང་བར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="392" />
            <source>From the office above</source>
            <translation>གོང་རིམ་ལས་ཁང་ནས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="393" />
            <source>Package for an office below…</source>
            <translation>འོག་རིམ་ལས་ཁང་ལ་ཐུམ་སྒྲིལ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="394" />
            <source>Answer…</source>
            <translation>ལན་འདེབས།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="396" />
            <source>Household</source>
            <translation>ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="396" />
            <source>Question or decision</source>
            <translation>དྲི་བའམ་ཐག་གཅོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="396" />
            <source>Answer</source>
            <translation>ལན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="676" />
            <source>applied: the household left that register</source>
            <translation>ལག་བསྟར་བྱས་ཟིན། ཁྱིམ་ཚང་དེ་ཐོ་དེབ་དེ་ནས་ཕྱིར་སོང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="678" />
            <source>applied: the household stays</source>
            <translation>ལག་བསྟར་བྱས་ཟིན། ཁྱིམ་ཚང་དེ་ཉར་ཡོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="696" />
            <source>Package for an office below</source>
            <translation>འོག་རིམ་ལས་ཁང་ལ་ཐུམ་སྒྲིལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="696" />
            <source>The office it is for:</source>
            <translation>ལེན་མཁན་ལས་ཁང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="729" />
            <source>Package %1 for office %2 written to %3: %4 questions, %5 decisions, %6 policy versions.</source>
            <translation>ལས་ཁང་ %2 ལ་གཏོང་བའི་ཐུམ་སྒྲིལ་ཨང་ %1 %3 ལ་བྲིས་ཟིན། དྲི་བ་ %4། ཐག་གཅོད་ %5། སྲིད་ཇུས་པར་གཞི་ %6།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="759" />
            <source>%1 (also registered in %2)</source>
            <translation>%1 (%2 ནའང་ཐོ་འགོད་བྱས་ཡོད།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="762" />
            <source>Decided: the household is in %1; it left this register.</source>
            <translation>ཐག་གཅོད། ཁྱིམ་ཚང་འདི་ %1 ལ་ཡོད། ཐོ་དེབ་འདི་ནས་ཕྱིར་སོང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="765" />
            <source>Decided: the household stays here.</source>
            <translation>ཐག་གཅོད། ཁྱིམ་ཚང་འདི་འདིར་ཉར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="775" />
            <source>No questions or decisions from the office above.</source>
            <translation>གོང་རིམ་ལས་ཁང་ནས་དྲི་བའམ་ཐག་གཅོད་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="778" />
            <source>Questions from the office above waiting for an answer: %1. Answers go up in the next package.</source>
            <translation>གོང་རིམ་ལས་ཁང་གི་ལན་སྒུག་བཞིན་པའི་དྲི་བ། %1། ལན་ཐུམ་སྒྲིལ་རྗེས་མར་གོང་དུ་འགྲོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="796" />
            <source>Answer the office above</source>
            <translation>གོང་རིམ་ལས་ཁང་ལ་ལན་འདེབས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="666" />
            <source>%1, decided by office %2</source>
            <translation>%1 (ལས་ཁང་ %2 གིས་ཐག་བཅད།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="933" />
            <source>made for an office below</source>
            <translation>འོག་རིམ་ལ་བཟོས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="934" />
            <source>taken from the office above</source>
            <translation>གོང་རིམ་ནས་བླངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="965" />
            <source>Package %1 for office %2: %3 questions and decisions, %4 policy versions.</source>
            <translation>ལས་ཁང་ %2 ལ་གཏོང་བའི་ཐུམ་སྒྲིལ་ཨང་ %1། དྲི་བ་དང་ཐག་གཅོད་ %3། སྲིད་ཇུས་པར་གཞི་ %4།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="967" />
            <source>Package %1 from office %2: %3 decisions applied, %4 policy versions.</source>
            <translation>ལས་ཁང་ %2 གི་ཐུམ་སྒྲིལ་ཨང་ %1། ཐག་གཅོད་ %3 ལག་བསྟར་བྱས། སྲིད་ཇུས་པར་གཞི་ %4།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="355" />
            <source>only without the office above's key; tell it to that office by phone</source>
            <translation>གོང་རིམ་ལས་ཁང་གི་ལྡེ་མིག་མེད་དུས་ཁོ་ན། ཁ་པར་ནང་ལས་ཁང་དེར་བརྗོད་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="358" />
            <source>Office keys</source>
            <translation>ལས་ཁང་གི་ལྡེ་མིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="359" />
            <source>Save this office's key file…</source>
            <translation>ལས་ཁང་འདིའི་ལྡེ་མིག་ཡིག་ཆ་ཉར་ཚགས།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="360" />
            <source>Register the office above's key…</source>
            <translation>གོང་རིམ་ལས་ཁང་གི་ལྡེ་མིག་ཐོ་འགོད།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="361" />
            <source>Register an office below…</source>
            <translation>འོག་རིམ་ལས་ཁང་ཐོ་འགོད།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="471" />
            <location filename="../ui/pages/sync.py" line="739" />
            <source>The package is encrypted for office %1: only that office can open it, no passphrase needed.</source>
            <translation>ཐུམ་སྒྲིལ་ལས་ཁང་ %1 ཆེད་དུ་གསང་སྡོམ་བྱས་ཡོད། ལས་ཁང་དེ་ཁོ་ནས་ཁ་ཕྱེ་ཐུབ། གསང་ཚིག་མི་དགོས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="483" />
            <source>This office %1 (%2): key fingerprint %3</source>
            <translation>ལས་ཁང་འདི་ %1 (%2) ལྡེ་མིག་མཛུབ་རྗེས། %3</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="493" />
            <source>Office above: %1 (%2), key fingerprint %3. Packages are encrypted to it.</source>
            <translation>གོང་རིམ་ལས་ཁང་། %1 (%2) ལྡེ་མིག་མཛུབ་རྗེས། %3 ཐུམ་སྒྲིལ་དེའི་ལྡེ་མིག་གིས་གསང་སྡོམ་བྱེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="502" />
            <source>The office above's key is not registered: a package can be made only with a passphrase until its key file is registered here.</source>
            <translation>གོང་རིམ་ལས་ཁང་གི་ལྡེ་མིག་ཐོ་འགོད་བྱས་མེད། དེའི་ལྡེ་མིག་ཡིག་ཆ་འདིར་ཐོ་འགོད་མ་བྱས་བར་གསང་ཚིག་ཁོ་ནས་ཐུམ་སྒྲིལ་བཟོ་ཐུབ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="514" />
            <source>Key file written to %1. Read its fingerprint %2 out to the office that registers it.</source>
            <translation>ལྡེ་མིག་ཡིག་ཆ་ %1 ལ་བྲིས་ཟིན། མཛུབ་རྗེས་ %2 དེ་ཐོ་འགོད་བྱེད་མཁན་ལས་ཁང་ལ་ཀློག་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="516" />
            <source>Registered office %1 as the office above. Compare the fingerprint %2 with the one that office reads out over the phone.</source>
            <translation>ལས་ཁང་ %1 གོང་རིམ་ལས་ཁང་དུ་ཐོ་འགོད་བྱས་ཟིན། མཛུབ་རྗེས་ %2 དེ་ལས་ཁང་དེས་ཁ་པར་ནང་ཀློག་པ་དང་བསྡུར་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="520" />
            <source>Registered office %1 below this office. Compare the fingerprint %2 with the one that office reads out over the phone.</source>
            <translation>ལས་ཁང་ %1 ལས་ཁང་འདིའི་འོག་ཏུ་ཐོ་འགོད་བྱས་ཟིན། མཛུབ་རྗེས་ %2 དེ་ལས་ཁང་དེས་ཁ་པར་ནང་ཀློག་པ་དང་བསྡུར་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="548" />
            <source>Save this office's key file</source>
            <translation>ལས་ཁང་འདིའི་ལྡེ་མིག་ཡིག་ཆ་ཉར་ཚགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="548" />
            <source>Office key files (*.dbkey)</source>
            <translation>ལས་ཁང་ལྡེ་མིག་ཡིག་ཆ། (*.dbkey)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="557" />
            <source>The other office's key file</source>
            <translation>ལས་ཁང་གཞན་གྱི་ལྡེ་མིག་ཡིག་ཆ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="559" />
            <source>Office key files (*.dbkey);;All files (*)</source>
            <translation>ལས་ཁང་ལྡེ་མིག་ཡིག་ཆ། (*.dbkey);;ཡིག་ཆ་ཡོངས། (*)</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="101" />
            <source>New account</source>
            <translation>ཐོ་ཁོངས་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="101" />
            <source>Password of %1</source>
            <translation>%1 ཡི་གསང་ཨང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="104" />
            <source>Account name</source>
            <translation>ཐོ་ཁོངས་མིང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="105" />
            <source>Full name</source>
            <translation>མིང་ཆ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="106" />
            <source>Role</source>
            <translation>འགན་གནས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="107" />
            <source>Current password</source>
            <translation>ད་ལྟའི་གསང་ཨང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="108" />
            <source>New password</source>
            <translation>གསང་ཨང་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="109" />
            <source>The same password again</source>
            <translation>གསང་ཨང་དེ་ཉིད་ཡང་བསྐྱར་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="113" />
            <source>Village cadre</source>
            <translation>གྲོང་ཚོའི་ལས་བྱེད་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="114" />
            <source>Bank officer</source>
            <translation>དངུལ་ཁང་གི་ལས་བྱེད་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="115" />
            <source>Office head (administrator)</source>
            <translation>ལས་ཁང་གི་འགན་འཛིན། (དོ་དམ་པ།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="124" />
            <source>The two passwords differ.</source>
            <translation>གསང་ཨང་གཉིས་མི་མཐུན།</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../ui/pages/audit.py" line="137" />
            <location filename="../ui/pages/audit.py" line="147" />
            <source>User</source>
            <translation>སྤྱོད་མཁན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="137" />
            <location filename="../ui/pages/audit.py" line="147" />
            <source>Table</source>
            <translation>རེའུ་མིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="137" />
            <location filename="../ui/pages/audit.py" line="147" />
            <source>Action</source>
            <translation>བྱ་སྤྱོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="139" />
            <source>From</source>
            <translation>ནས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="140" />
            <source>To</source>
            <translation>བར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="141" />
            <source>Verify chain</source>
            <translation>སྦྲེལ་ཐག་ཞིབ་བཤེར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="142" />
            <source>Check that no entry of the log was changed or removed</source>
            <translation>ཉིན་ཐོའི་ནང་གི་ཟིན་ཐོ་གང་ཡང་བཟོ་བཅོས་སམ་བསུབ་མེད་པ་ཞིབ་བཤེར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="143" />
            <source>Show more</source>
            <translation>མང་བ་སྟོན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="144" />
            <source>Before</source>
            <translation>བཟོ་བཅོས་སྔོན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="145" />
            <source>After</source>
            <translation>བཟོ་བཅོས་རྗེས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="147" />
            <source>No.</source>
            <translation>ཨང་།</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation type="vanished">དུས་ཚོད། (UTC)</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="147" />
            <source>Record</source>
            <translation>ཟིན་ཐོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="149" />
            <source>Your account cannot read the audit log. Ask the office head.</source>
            <translation>ཁྱེད་ཀྱི་ཐོ་ཁོངས་ཀྱིས་ཞིབ་བཤེར་ཉིན་ཐོ་ཀློག་མི་ཐུབ། ལས་ཁང་གི་འགན་འཛིན་ལ་འདྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="152" />
            <location filename="../ui/pages/audit.py" line="207" />
            <source>All</source>
            <translation>ཚང་མ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="288" />
            <source>%1 of %2 entries</source>
            <translation>ཟིན་ཐོ་ %2 ནང་ནས་ %1།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="320" />
            <source>The audit log is intact: %1 entries, none changed or removed.</source>
            <translation>ཞིབ་བཤེར་ཉིན་ཐོ་ཆ་ཚང་ཡོད། ཟིན་ཐོ་ %1 ཡོད་པའི་ནང་ནས་བཟོ་བཅོས་སམ་བསུབ་པ་གང་ཡང་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="326" />
            <source>The audit log was tampered with: %1 problems found. Keep this computer as it is and tell the office above.</source>
            <translation>ཞིབ་བཤེར་ཉིན་ཐོར་བཟོ་བཅོས་བྱས་འདུག དཀའ་ངལ་ %1 རྙེད། གློག་ཀླད་འདི་ད་ལྟའི་གནས་སྟངས་ལྟར་ཉར་ནས་གོང་རིམ་ལས་ཁང་ལ་སྙན་སེང་ཞུ་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="331" />
            <source>Audit log</source>
            <translation>ཞིབ་བཤེར་ཉིན་ཐོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="167" />
            <source>created</source>
            <translation>གསར་བཟོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="168" />
            <source>changed</source>
            <translation>བཟོ་བཅོས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="169" />
            <source>deleted</source>
            <translation>བསུབ་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="170" />
            <source>restored</source>
            <translation>སླར་གསོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="171" />
            <source>undone</source>
            <translation>ཕྱིར་ལྡོག</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="172" />
            <source>next step</source>
            <translation>གོ་རིམ་རྗེས་མ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="173" />
            <source>demo data added</source>
            <translation>དཔེ་སྟོན་གཞི་གྲངས་སྣོན་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="174" />
            <source>imported</source>
            <translation>ནང་འདྲེན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="175" />
            <source>signed in</source>
            <translation>ནང་འཛུལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="176" />
            <source>wrong password</source>
            <translation>གསང་ཨང་ནོར་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="177" />
            <source>account locked</source>
            <translation>ཐོ་ཁོངས་ཟྭ་བརྒྱབ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="178" />
            <source>password changed</source>
            <translation>གསང་ཨང་བསྒྱུར་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="179" />
            <source>account enabled</source>
            <translation>ཐོ་ཁོངས་སྤྱོད་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="180" />
            <source>account disabled</source>
            <translation>ཐོ་ཁོངས་བཀག་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="181" />
            <source>role changed</source>
            <translation>འགན་གནས་བསྒྱུར་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="182" />
            <source>account unlocked</source>
            <translation>ཐོ་ཁོངས་ཟྭ་ཕྱེ་བ།</translation>
        </message>
        <message>
            <source>Office</source>
            <translation type="vanished">ལས་ཁང་།</translation>
        </message>
        <message>
            <source>Village</source>
            <translation type="vanished">གྲོང་ཚོ།</translation>
        </message>
        <message>
            <source>Household</source>
            <translation type="vanished">ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <source>Loan demand</source>
            <translation type="vanished">མ་དངུལ་དགོས་མཁོ།</translation>
        </message>
        <message>
            <source>Loan demand step</source>
            <translation type="vanished">མ་དངུལ་དགོས་མཁོའི་གོ་རིམ།</translation>
        </message>
        <message>
            <source>Literacy session</source>
            <translation type="vanished">དངུལ་རྩིས་ཤེས་བྱའི་ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར།</translation>
        </message>
        <message>
            <source>Session attendee</source>
            <translation type="vanished">ཞུགས་མཁན།</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation type="vanished">ཞུ་གཏུག</translation>
        </message>
        <message>
            <source>Complaint step</source>
            <translation type="vanished">ཞུ་གཏུག་གི་གོ་རིམ།</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation type="vanished">ཡིད་རྟོན་རིམ་པ་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <source>User account</source>
            <translation type="vanished">སྤྱོད་མཁན་གྱི་ཐོ་ཁོངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="193" />
            <source>Demo data</source>
            <translation>དཔེ་སྟོན་གཞི་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="147" />
            <source>When</source>
            <translation>དུས་ཚོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="183" />
            <source>signing keys made</source>
            <translation>མིང་རྟགས་ལྡེ་མིག་བཟོས་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="184" />
            <source>package imported</source>
            <translation>གཞི་གྲངས་ཐུམ་སྒྲིལ་ནང་འདྲེན་བྱས་ཟིན།</translation>
        </message>
    </context>
    <context>
        <name>FirstAccountDialog</name>
        <message>
            <location filename="../ui/dialogs/login.py" line="290" />
            <source>The office head's account</source>
            <translation>ལས་ཁང་གི་འགན་འཛིན་གྱི་ཐོ་ཁོངས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="293" />
            <source>Create the office head's account. Once there is an account, everyone signs in, and only the office head manages accounts, settings and restores.</source>
            <translation>ལས་ཁང་གི་འགན་འཛིན་གྱི་ཐོ་ཁོངས་གསར་བཟོ་བྱེད་རོགས། ཐོ་ཁོངས་ཡོད་རྗེས་མི་ཚང་མས་ནང་འཛུལ་བྱེད་དགོས། ཐོ་ཁོངས་དང་སྒྲིག་འགོད། གྲབས་ཉར་སླར་གསོ་བཅས་ལས་ཁང་གི་འགན་འཛིན་ཁོ་ནས་དོ་དམ་བྱེད།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="299" />
            <source>Account name</source>
            <translation>ཐོ་ཁོངས་མིང་།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="299" />
            <source>Full name</source>
            <translation>མིང་ཆ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="299" />
            <source>Password</source>
            <translation>གསང་ཨང་།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="299" />
            <source>The same password again</source>
            <translation>གསང་ཨང་དེ་ཉིད་ཡང་བསྐྱར་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="302" />
            <source>Later</source>
            <translation>རྗེས་སུ།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="308" />
            <source>The two passwords differ.</source>
            <translation>གསང་ཨང་གཉིས་མི་མཐུན།</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/dialogs/login.py" line="88" />
            <source>Locked</source>
            <translation>ཟྭ་བརྒྱབ་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="88" />
            <source>Sign in</source>
            <translation>ནང་འཛུལ།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="100" />
            <source>The window was locked after a time without use. Type your password to go on, or Cancel to close the program.</source>
            <translation>དུས་ཡུན་ཞིག་རིང་བེད་སྤྱོད་མ་བྱས་པས་སྒེའུ་ཁུང་ཟྭ་བརྒྱབ་ཟིན། མུ་མཐུད་པར་གསང་ཨང་འབྲི་རོགས། ཡང་ན་“ཕྱིར་འཐེན།”མནན་ནས་མཉེན་ཆས་ཁ་རྒྱག་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="105" />
            <source>Sign in with your account to open the register.</source>
            <translation>ཐོ་དེབ་ཁ་ཕྱེ་བར་ཁྱེད་ཀྱི་ཐོ་ཁོངས་ཀྱིས་ནང་འཛུལ་བྱེད་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="106" />
            <source>Account name</source>
            <translation>ཐོ་ཁོངས་མིང་།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="107" />
            <source>Password</source>
            <translation>གསང་ཨང་།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="109" />
            <source>Recovery key…</source>
            <translation>སླར་གསོའི་ལྡེ་མིག…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="177" />
            <source>Encrypting the register (once, at the first sign-in since this release)…</source>
            <translation>ཐོ་དེབ་གསང་སྡོམ་བྱེད་བཞིན་པ། (པར་གཞི་འདིའི་རྗེས་ཀྱི་ནང་འཛུལ་ཐེངས་དང་པོར་ཐེངས་གཅིག་ཁོ་ན།)…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="189" />
            <location filename="../ui/dialogs/login.py" line="196" />
            <location filename="../ui/dialogs/login.py" line="201" />
            <location filename="../ui/dialogs/recovery_key.py" line="19" />
            <source>Recovery key</source>
            <translation>སླར་གསོའི་ལྡེ་མིག</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="189" />
            <source>Type the recovery key printed when the register was encrypted:</source>
            <translation>ཐོ་དེབ་གསང་སྡོམ་བྱས་སྐབས་པར་བསྐྲུན་བྱས་པའི་སླར་གསོའི་ལྡེ་མིག་འབྲི་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="196" />
            <source>The office head's account to give a new password:</source>
            <translation>གསང་ཨང་གསར་པ་སྤྲོད་དགོས་པའི་ལས་ཁང་འགན་འཛིན་གྱི་ཐོ་ཁོངས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="201" />
            <source>New password</source>
            <translation>གསང་ཨང་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" line="24" />
            <source>The register is now encrypted. Its recovery key is:</source>
            <translation>ཐོ་དེབ་ད་ལྟ་གསང་སྡོམ་བྱས་ཟིན། དེའི་སླར་གསོའི་ལྡེ་མིག་ནི།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" line="29" />
            <source>Write it down or print it, and keep it in the office safe. It opens the register if every password is lost. It is shown only this once.</source>
            <translation>དེ་བྲིས་པའམ་པར་བསྐྲུན་ནས་ལས་ཁང་གི་ཉེན་སྲུང་སྒམ་ནང་ཉར་རོགས། གསང་ཨང་ཚང་མ་བརླག་ན་དེས་ཐོ་དེབ་ཁ་ཕྱེ་ཐུབ། དེ་ཐེངས་འདི་གཅིག་ཁོ་ན་མངོན།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="88" />
            <source>Switch account</source>
            <translation>ཐོ་ཁོངས་བརྗེ་བ།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="93" />
            <source>Sign in with the account that works now (for example the bank officer's, to record the bank's decision). Cancel keeps %1 signed in.</source>
            <translation>ད་ལྟ་ལས་ཀ་བྱེད་མཁན་གྱི་ཐོ་ཁོངས་ཀྱིས་ནང་འཛུལ་བྱེད་རོགས། (དཔེར་ན། དངུལ་ཁང་གི་ཐག་གཅོད་ཐོ་འགོད་བྱེད་པར་དངུལ་ཁང་གི་ལས་བྱེད་ཀྱི་ཐོ་ཁོངས།) ཕྱིར་འཐེན་བྱས་ན་ %1 ནང་འཛུལ་ཐོག་ལུས་ངེས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="237" />
            <source>Failed sign-ins</source>
            <translation>ནང་འཛུལ་ཕམ་པ།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="239" />
            <source>%1 failed sign-in attempts (wrong passwords or recovery keys) since your last sign-in. The audit log lists them; if they were not yours, change the passwords.</source>
            <translation>ཁྱེད་ཀྱིས་ཐེངས་སྔོན་མར་ནང་འཛུལ་བྱས་རྗེས་ནང་འཛུལ་ཕམ་པ་ཐེངས་ %1 བྱུང་ཡོད། (གསང་ཨང་ངམ་སླར་གསོའི་ལྡེ་མིག་ནོར་བ།) རྩིས་ཞིབ་ཉིན་ཐོ་ནང་དེ་དག་གསལ་ཡོད། གལ་ཏེ་ཁྱེད་རང་གིས་བྱས་པ་མིན་ན་གསང་ཨང་བརྗེ་རོགས།</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="266" />
            <source>Reports and exports</source>
            <translation>སྙན་ཞུ་དང་ཕྱིར་འདྲེན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="267" />
            <source>What to make</source>
            <translation>བཟོ་རྒྱུའི་རིགས།</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation type="vanished">ཟླ་རེའི་སྙན་ཞུ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="293" />
            <source>Household record cards (PDF)</source>
            <translation>ཞིང་འབྲོག་ཁྱིམ་ཚང་གི་ཡིག་ཚགས་བྱང་བུ། (PDF)</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="294" />
            <source>Register export (.xlsx)</source>
            <translation>ཐོ་དེབ་ཕྱིར་འདྲེན། (.xlsx)</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="295" />
            <source>Options</source>
            <translation>འདེམས་ཚན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="274" />
            <location filename="../ui/pages/reports.py" line="296" />
            <source>Month</source>
            <translation>ཟླ་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="297" />
            <source>Format</source>
            <translation>རྣམ་གཞག</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="298" />
            <source>Language of the document</source>
            <translation>ཡིག་ཆའི་སྐད་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="299" />
            <source>Chinese</source>
            <translation>རྒྱ་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="300" />
            <source>Tibetan</source>
            <translation>བོད་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="301" />
            <source>Bilingual</source>
            <translation>སྐད་གཉིས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="302" />
            <source>Households</source>
            <translation>ཁྱིམ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="303" />
            <source>Or one household (ID number)</source>
            <translation>ཡང་ན་ཁྱིམ་ཚང་གཅིག (ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="304" />
            <source>ID number of one household</source>
            <translation>ཁྱིམ་ཚང་གཅིག་གི་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="305" />
            <source>Register</source>
            <translation>ཐོ་དེབ།</translation>
        </message>
        <message>
            <source>Loan demands</source>
            <translation type="vanished">དངུལ་བསྐྱིན་དགོས་མཁོ།</translation>
        </message>
        <message>
            <source>Literacy sessions</source>
            <translation type="vanished">དངུལ་རྩིས་ཤེས་བྱའི་ཁྱབ་བསྒྲགས་སྦྱོང་བརྡར།</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation type="vanished">ཞུ་གཏུག</translation>
        </message>
        <message>
            <source>Credit ratings</source>
            <translation type="vanished">ཡིད་རྟོན་རིམ་པ་གཏན་འཁེལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="309" />
            <source>Full ID numbers (otherwise masked)</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ཆ་ཚང་། (མིན་ན་བར་གྱི་ཨང་གྲངས་སྦས་ཡོད།)</translation>
        </message>
        <message>
            <source>Your account may not export full ID numbers.</source>
            <translation type="vanished">ཁྱེད་ཀྱི་ཐོ་ཁོངས་ལ་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་ཆ་ཚང་ཕྱིར་འདྲེན་བྱེད་པའི་དབང་ཚད་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="311" />
            <source>Where to write it</source>
            <translation>ཉར་ས།</translation>
        </message>
        <message>
            <source>USB stick</source>
            <translation type="vanished">USB ཉར་ཆས།</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation type="vanished">ཡང་བསྐྱར་འཚོལ།</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation type="vanished">ཡིག་སྣོད།</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">འདེམས།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="313" />
            <source>File name</source>
            <translation>ཡིག་ཆའི་མིང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="314" />
            <source>Make and save</source>
            <translation>བཟོས་ནས་ཉར་ཚགས།</translation>
        </message>
        <message>
            <source>No USB stick found: choose a folder</source>
            <translation type="vanished">USB མ་རྙེད། ཡིག་སྣོད་ཅིག་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="330" />
            <source>All households</source>
            <translation>ཁྱིམ་ཚང་ཡོངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="491" />
            <source>%1 records, as filtered on the register's page.</source>
            <translation>ཐོ་དེབ་ཤོག་ངོས་སུ་འདེམས་པ་ལྟར་ཟིན་ཐོ་ %1།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="493" />
            <source>All %1 records (open the register's page to export a filtered list).</source>
            <translation>ཟིན་ཐོ་ཡོངས་རྫོགས་ %1། (འདེམས་ཟིན་པའི་ཐོ་ཕྱིར་འདྲེན་བྱེད་ན་ཐོ་དེབ་ཀྱི་ཤོག་ངོས་ཁ་ཕྱེ་རོགས།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="312" />
            <source>Where to write the file</source>
            <translation>ཡིག་ཆ་ཉར་ས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="664" />
            <location filename="../ui/pages/reports.py" line="692" />
            <source>Writing %1…</source>
            <translation>%1 འབྲི་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="674" />
            <source>Written and checked: %1. The USB stick can now be removed.</source>
            <translation>བྲིས་ནས་ཞིབ་བཤེར་བྱས་ཟིན། %1། ད་ USB ཕྱིར་འཐེན་ཆོག</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="687" />
            <source>Cancelled: no file was written.</source>
            <translation>ཕྱིར་འཐེན་བྱས། ཡིག་ཆ་གང་ཡང་བྲིས་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="317" />
            <source>Print…</source>
            <translation>པར་འདེབས།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="319" />
            <source>Print the report or the cards, with a preview (registers are printed from the saved spreadsheet)</source>
            <translation>ཟླ་རེའི་སྙན་ཞུ་འམ་ཡིག་ཚགས་བྱང་བུ་པར་འདེབས། (སྔོན་ལ་ལྟ་ཆོག) ཐོ་དེབ་ནི་ཉར་ཚགས་བྱས་པའི་རེའུ་མིག་ནས་པར་འདེབས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="624" />
            <source>Monthly report %1</source>
            <translation>ཟླ་རེའི་སྙན་ཞུ། %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="632" />
            <source>Household record cards: %1</source>
            <translation>ཁྱིམ་ཚང་གི་ཡིག་ཚགས་བྱང་བུ། %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="270" />
            <source>Report for a period</source>
            <translation>དུས་ཡུན་གྱི་སྙན་ཞུ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="271" />
            <source>Period</source>
            <translation>སྙན་ཞུའི་དུས་ཡུན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="275" />
            <source>Half-year (due 15 July / 15 January)</source>
            <translation>ལོ་ཕྱེད། (ཟླ་ 7 ཚེས་ 15 / ཟླ་ 1 ཚེས་ 15 སྔོན་ལ་སྤྲོད།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="276" />
            <source>Quarter</source>
            <translation>དུས་ཚིགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="277" />
            <source>Year</source>
            <translation>ལོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="278" />
            <source>Any dates</source>
            <translation>ཚེས་གྲངས་གང་རུང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="282" />
            <source>Which</source>
            <translation>གང་ཞིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="283" />
            <source>From</source>
            <translation>ནས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="284" />
            <source>to</source>
            <translation>བར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="285" />
            <source>New developments and problems</source>
            <translation>གནས་ཚུལ་གསར་པ་དང་གནད་དོན་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="288" />
            <source>What is new this period, and what problems the office met (printed in the report and kept with it)</source>
            <translation>དུས་ཡུན་འདིའི་གནས་ཚུལ་གསར་པ་དང་ལས་ཁང་གིས་ཐུག་པའི་གནད་དོན། (སྙན་ཞུའི་ནང་པར་དུ་བསྐྲུན་ནས་མཉམ་དུ་ཉར་ངེས།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="291" />
            <source>Prepared by</source>
            <translation>སྙན་ཐོ་འགོད་མཁན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="292" />
            <source>Reviewed by</source>
            <translation>ཞིབ་བཤེར་བྱེད་མཁན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="426" />
            <source>%1, first half</source>
            <translation>%1 ལོའི་ལོ་ཕྱེད་སྔ་མ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="426" />
            <source>%1, second half</source>
            <translation>%1 ལོའི་ལོ་ཕྱེད་ཕྱི་མ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="428" />
            <source>%1, quarter %2</source>
            <translation>%1 ལོའི་དུས་ཚིགས་ %2 པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="469" />
            <source>This period has not begun yet: there is nothing to report.</source>
            <translation>དུས་ཡུན་འདི་ད་དུང་འགོ་མ་ཚུགས་པས་སྙན་ཞུ་བྱ་རྒྱུ་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="471" />
            <source>Provisional: the period has not ended yet, and its figures can still change.</source>
            <translation>གནས་སྐབས་ཀྱི་གྲངས་ཀ དུས་ཡུན་འདི་ད་དུང་མཇུག་མ་རྫོགས་པས་གྲངས་ཀ་འགྱུར་སྲིད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="473" />
            <source>Due upward by %1.</source>
            <translation>%1 སྔོན་ལ་གོང་དུ་སྤྲོད་དགོས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="315" />
            <source>Open the folder</source>
            <translation>ཡིག་ཁུག་ཁ་ཕྱེ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="316" />
            <source>Show the written file in the file manager</source>
            <translation>བྲིས་ཟིན་པའི་ཡིག་ཆ་ཡིག་ཆའི་དོ་དམ་ཆས་ནང་སྟོན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="676" />
            <source>Written and checked: %1.</source>
            <translation>བྲིས་ནས་ཞིབ་བཤེར་བྱས་ཟིན། %1།</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/pages/settings.py" line="309" />
            <source>Users</source>
            <translation>སྤྱོད་མཁན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="310" />
            <source>Security</source>
            <translation>བདེ་འཇགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="311" />
            <location filename="../ui/pages/settings.py" line="515" />
            <source>Backup</source>
            <translation>གྲབས་ཉར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="312" />
            <source>Fonts and language</source>
            <translation>ཡིག་གཟུགས་དང་སྐད་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="318" />
            <source>Account</source>
            <translation>ཐོ་ཁོངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="318" />
            <source>Full name</source>
            <translation>མིང་ཆ་ཚང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="318" />
            <source>Role</source>
            <translation>འགན་གནས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="318" />
            <source>State</source>
            <translation>གནས་སྟངས།</translation>
        </message>
        <message>
            <source>Last sign-in (UTC)</source>
            <translation type="vanished">ཉེ་ཆར་ནང་འཛུལ། (UTC)</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="320" />
            <source>Add account…</source>
            <translation>ཐོ་ཁོངས་སྣོན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="321" />
            <source>Set password…</source>
            <translation>གསང་ཨང་སྒྲིག་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="322" />
            <source>Unlock</source>
            <translation>ཟྭ་འབྱེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="323" />
            <source>Change my password…</source>
            <translation>ངའི་གསང་ཨང་བསྒྱུར་བ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="324" />
            <source>Role of the selected account</source>
            <translation>འདེམས་ཟིན་པའི་ཐོ་ཁོངས་ཀྱི་འགན་གནས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="327" />
            <source>Lock the window after this many idle minutes (0: never)</source>
            <translation>བེད་སྤྱོད་མེད་པའི་སྐར་མ་འདི་ཙམ་རྗེས་སྒེའུ་ཁུང་ཟྭ་རྒྱག (0: ནམ་ཡང་མི་རྒྱག)</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="328" />
            <source>Minutes an account stays locked after 5 wrong passwords</source>
            <translation>གསང་ཨང་ཐེངས་ 5 ནོར་རྗེས་ཐོ་ཁོངས་ཟྭ་རྒྱག་པའི་སྐར་མ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="329" />
            <source>Save</source>
            <translation>ཉར་ཚགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="330" />
            <source>Back up now</source>
            <translation>ད་ལྟ་གྲབས་ཉར་བྱེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="331" />
            <source>Back up to a folder or USB stick…</source>
            <translation>ཡིག་ཁུག་གམ་ USB ལ་གྲབས་ཉར།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="332" />
            <source>Restore from a backup…</source>
            <translation>གྲབས་ཉར་ནས་སླར་གསོ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="335" />
            <source>A backup is made every day and when the program closes; the last 7 days and 12 months are kept. Restoring keeps the current register aside first.</source>
            <translation>ཉིན་རེ་དང་མཉེན་ཆས་ཁ་རྒྱག་སྐབས་གྲབས་ཉར་རང་འགུལ་བྱེད། ཉིན་ 7 དང་ཟླ་བ་ 12 ནང་གི་གྲབས་ཉར་ཉར་ཚགས་བྱེད། སླར་གསོ་མ་བྱས་གོང་ད་ལྟའི་ཐོ་དེབ་ཟུར་དུ་ཉར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="340" />
            <source>Automatic backups</source>
            <translation>རང་འགུལ་གྲབས་ཉར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="341" />
            <source>Language</source>
            <translation>སྐད་ཡིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="342" />
            <source>Tibetan first in bilingual text</source>
            <translation>སྐད་གཉིས་ཡི་གེའི་ནང་བོད་ཡིག་སྔོན་ལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="343" />
            <source>Tibetan digits in Tibetan mode</source>
            <translation>བོད་ཡིག་རྣམ་པའི་ནང་བོད་ཡིག་གི་ཨང་ཀི།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="348" />
            <source>Village cadre</source>
            <translation>གྲོང་ཚོའི་ལས་བྱེད་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="349" />
            <source>Bank officer</source>
            <translation>དངུལ་ཁང་གི་ལས་བྱེད་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="350" />
            <source>Office head (administrator)</source>
            <translation>ལས་ཁང་གི་འགན་འཛིན། (དོ་དམ་པ།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="375" />
            <source>active</source>
            <translation>སྤྱོད་བཞིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="375" />
            <source>disabled</source>
            <translation>བཀག་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="377" />
            <source>locked</source>
            <translation>ཟྭ་བརྒྱབ་ཟིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="395" />
            <source>There are no accounts yet: everyone works as the office head. Add the office head's account (role: office head) to require signing in.</source>
            <translation>ད་དུང་ཐོ་ཁོངས་མེད། མི་ཚང་མས་ལས་ཁང་གི་འགན་འཛིན་གྱི་ཐོབ་ཐང་གིས་ལས་ཀ་བྱེད། ལས་ཁང་གི་འགན་འཛིན་གྱི་ཐོ་ཁོངས་ (འགན་གནས། ལས་ཁང་གི་འགན་འཛིན།) སྣོན་རྗེས་ནང་འཛུལ་བྱེད་དགོས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="400" />
            <source>Accounts of this office. Only the office head manages them.</source>
            <translation>ལས་ཁང་འདིའི་ཐོ་ཁོངས། ལས་ཁང་གི་འགན་འཛིན་ཁོ་ནས་དོ་དམ་བྱེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="402" />
            <source>Only the office head manages accounts; you can change your own password.</source>
            <translation>ཐོ་ཁོངས་ལས་ཁང་གི་འགན་འཛིན་ཁོ་ནས་དོ་དམ་བྱེད། ཁྱེད་ཀྱིས་རང་གི་གསང་ཨང་བསྒྱུར་ཆོག</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="409" />
            <source>Only the office head changes these settings.</source>
            <translation>སྒྲིག་འགོད་འདི་དག་ལས་ཁང་གི་འགན་འཛིན་ཁོ་ནས་བསྒྱུར་ཆོག</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="51" />
            <source>Last backup: %1</source>
            <translation>ཉེ་ཆར་གྲབས་ཉར། %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="52" />
            <source>never</source>
            <translation>ནམ་ཡང་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="457" />
            <source>Enable</source>
            <translation>སྤྱོད་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="457" />
            <source>Disable</source>
            <translation>འགོག་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="513" />
            <source>Backup written and checked: %1</source>
            <translation>གྲབས་ཉར་བྲིས་ནས་ཞིབ་བཤེར་བྱས་ཟིན། %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="525" />
            <location filename="../ui/pages/settings.py" line="536" />
            <source>Making a backup…</source>
            <translation>གྲབས་ཉར་བྱེད་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="533" />
            <source>Back up to a folder or USB stick</source>
            <translation>ཡིག་ཁུག་གམ་ USB ལ་གྲབས་ཉར།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="546" />
            <source>Restore from a backup</source>
            <translation>གྲབས་ཉར་ནས་སླར་གསོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="546" />
            <source>Register backups (*.sqlite)</source>
            <translation>ཐོ་དེབ་ཀྱི་གྲབས་ཉར། (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="553" />
            <location filename="../ui/pages/settings.py" line="570" />
            <source>Restore</source>
            <translation>སླར་གསོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="554" />
            <source>Replace the register with the backup %1? The current register is kept aside first.</source>
            <translation>གྲབས་ཉར་ %1 ཡིས་ཐོ་དེབ་ཚབ་བྱེད་དམ། ད་ལྟའི་ཐོ་དེབ་སྔོན་ལ་ཟུར་དུ་ཉར་རྒྱུ་ཡིན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="560" />
            <source>Restoring…</source>
            <translation>སླར་གསོ་བྱེད་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="568" />
            <source>Restored. The register as it was before is kept in %1.</source>
            <translation>སླར་གསོ་བྱས་ཟིན། སྔོན་གྱི་ཐོ་དེབ་ %1 ནང་ཉར་ཡོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="313" />
            <source>Loan policy</source>
            <translation>དངུལ་བསྐྱིན་སྲིད་ཇུས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="318" />
            <source>Last sign-in</source>
            <translation>ཉེ་ཆར་ནང་འཛུལ།</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="128" />
            <location filename="../ui/pages/import_wizard.py" line="139" />
            <source>Choose the roster file</source>
            <translation>མིང་ཐོའི་ཡིག་ཆ་འདེམས་པ།</translation>
        </message>
        <message>
            <source>An Excel or WPS roster (.xlsx, .xls or .ods) of households, with or without their loan demands. Nothing is written before the last step.</source>
            <translation type="vanished">Excel ཡང་ན་ WPS ཡི་ཞིང་འབྲོག་ཁྱིམ་ཚང་གི་མིང་ཐོ། (.xlsx, .xls ཡང་ན་ .ods) དངུལ་བསྐྱིན་དགོས་མཁོ་ཡོད་མེད་གང་ཡིན་རུང་ཆོག མཐའ་མའི་གོ་རིམ་མ་སླེབས་གོང་ཅི་ཡང་ཉར་ཚགས་མི་བྱེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="135" />
            <source>Browse…</source>
            <translation>བཤར་ལྟ།…</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xls *.ods)</source>
            <translation type="vanished">རེའུ་མིག (*.xlsx *.xls *.ods)</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="131" />
            <source>An Excel or WPS roster (.xlsx, .xls or .ods) or a CSV file exported by another system, of households, with or without their loan demands. Nothing is written before the last step.</source>
            <translation>Excel ཡང་ན་ WPS ཡི་མིང་ཐོ། (.xlsx, .xls ཡང་ན་ .ods) ཡང་ན་མ་ལག་གཞན་ནས་ཕྱིར་འདོན་བྱས་པའི་ CSV ཡིག་ཆ། ཞིང་འབྲོག་ཁྱིམ་ཚང་དང་དེའི་མ་དངུལ་དགོས་མཁོ་ཡོད་མེད་གང་རུང་། གོ་རིམ་མཇུག་མའི་སྔོན་དུ་གང་ཡང་མི་འབྲི།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="139" />
            <source>Spreadsheets and CSV (*.xlsx *.xls *.ods *.csv)</source>
            <translation>རེའུ་མིག་དང་ CSV (*.xlsx *.xls *.ods *.csv)</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="719" />
            <source>Import a roster</source>
            <translation>མིང་ཐོ་ནང་འདྲེན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="720" />
            <source>Next</source>
            <translation>རྗེས་མ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="721" />
            <source>Back</source>
            <translation>ཕྱིར་ལོག</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="722" />
            <source>Cancel</source>
            <translation>ཕྱིར་འཐེན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="800" />
            <source>Checking the rows…</source>
            <translation>ཐིག་ཕྲེང་ཞིབ་བཤེར་བྱེད་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="814" />
            <location filename="../ui/pages/import_wizard.py" line="825" />
            <source>Rows with errors</source>
            <translation>ནོར་འཁྲུལ་ཡོད་པའི་ཐིག་ཕྲེང་།</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/pages/import_wizard.py" line="815" />
            <source>%n row(s) with errors were saved. Fix them and import the file again.</source>
            <translation>
                <numerusform>ནོར་འཁྲུལ་ཡོད་པའི་ཐིག་ཕྲེང་ %n ཉར་ཚགས་བྱས་ཟིན། བཅོས་རྗེས་ཡིག་ཆ་སླར་ཡང་ནང་འདྲེན་བྱོས།</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/pages/import_wizard.py" line="826" />
            <source>%n row(s) have errors and will be left out. Import the other rows?</source>
            <translation>
                <numerusform>ཐིག་ཕྲེང་ %n ལ་ནོར་འཁྲུལ་ཡོད་པས་ནང་འདྲེན་མི་བྱེད། ཐིག་ཕྲེང་གཞན་རྣམས་ནང་འདྲེན་བྱེད་དམ།</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="847" />
            <source>Importing…</source>
            <translation>ནང་འདྲེན་བྱེད་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="858" />
            <source>Import finished</source>
            <translation>ནང་འདྲེན་ལེགས་གྲུབ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="859" />
            <source>New households: %1. Households updated: %2. Loan demands: %3. Rows left out: %4.</source>
            <translation>ཁྱིམ་ཚང་གསར་པ། %1 ཁྱིམ་ཚང་གསར་བཅོས། %2 དངུལ་བསྐྱིན་དགོས་མཁོ། %3 ནང་འདྲེན་མ་བྱས་པའི་ཐིག་ཕྲེང་། %4</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="61" />
            <source>Row</source>
            <translation>ཐིག་ཕྲེང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="62" />
            <source>Action</source>
            <translation>བྱ་བ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="63" />
            <source>Name</source>
            <translation>མིང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="64" />
            <source>ID number</source>
            <translation>ཐོབ་ཐང་ལག་ཁྱེར་ཨང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="65" />
            <source>Village</source>
            <translation>གྲོང་ཚོ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="66" />
            <source>Loan (yuan)</source>
            <translation>དངུལ་བསྐྱིན། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="67" />
            <source>Errors and notes</source>
            <translation>ནོར་འཁྲུལ་དང་མཆན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="70" />
            <source>New household</source>
            <translation>ཁྱིམ་ཚང་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="71" />
            <source>Update stored household</source>
            <translation>ཐོ་འགོད་ཟིན་པའི་ཁྱིམ་ཚང་གསར་བཅོས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="72" />
            <source>Skipped: duplicate</source>
            <translation>མཆོང་བ། བསྐྱར་ཟློས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="73" />
            <source>Not imported: error</source>
            <translation>ནང་འདྲེན་མ་བྱས། ནོར་འཁྲུལ་ཡོད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="76" />
            <source>same ID number as row %1</source>
            <translation>ཐིག་ཕྲེང་ %1 པ་དང་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གཅིག་མཚུངས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="77" />
            <source>already registered: %1</source>
            <translation>ཐོ་འགོད་ཟིན། %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="751" />
            <source>Reading the roster…</source>
            <translation>མིང་ཐོ་ཀློག་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="79" />
            <source>%1 granted, balance %2</source>
            <translation>སྤྲད་ཟིན་ %1  བུན་ལྷག་ %2</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="74" />
            <source>Skipped: a row of totals</source>
            <translation>བཞག་པ། བསྡོམས་གྲངས་ཀྱི་ཐིག་ཕྲེང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="78" />
            <source>this loan is already recorded: %1</source>
            <translation>དངུལ་བསྐྱིན་འདི་སྔར་ཐོ་འགོད་བྱས་ཟིན། %1</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="331" />
            <source>Columns</source>
            <translation>སྟར་ཕྲེང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="334" />
            <source>Choose what each column holds. Columns marked “not imported” are left out. Your choice is remembered for rosters with the same columns.</source>
            <translation>སྟར་ཕྲེང་རེ་རེའི་ནང་དོན་འདེམས་རོགས། “ནང་འདྲེན་མི་བྱེད” ཅེས་རྟགས་བཀོད་པའི་སྟར་ཕྲེང་དོར་རྒྱུ་ཡིན། ཁྱེད་ཀྱི་འདེམས་ཁ་དྲན་འཛིན་བྱས་ཏེ་སྟར་ཕྲེང་གཅིག་མཚུངས་ཀྱི་མིང་ཐོར་བེད་སྤྱོད་བྱེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="339" />
            <source>Column</source>
            <translation>སྟར་ཕྲེང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="339" />
            <source>Header</source>
            <translation>གདོང་ཐིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="339" />
            <source>First value</source>
            <translation>ཐོག་མའི་གྲངས་ཐང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="339" />
            <source>Imported as</source>
            <translation>ནང་འདྲེན་བྱེད་ཡུལ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="341" />
            <source>Loan product for rows that name none:</source>
            <translation>དངུལ་བསྐྱིན་རིགས་མ་བཀོད་པའི་ཐིག་ཕྲེང་ལ་སྤྱོད་རྒྱུ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="358" />
            <source>(none: such rows are errors)</source>
            <translation>(མེད། ཐིག་ཕྲེང་དེ་དག་ནོར་འཁྲུལ་ཡིན།)</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="81" />
            <source>Each field can come from one column only: %1.</source>
            <translation>ཡིག་དུམ་རེ་རེ་སྟར་ཕྲེང་གཅིག་ཁོ་ན་ནས་ཡོང་དགོས། %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="400" />
            <source>Choose the column of the household head's name and the column of the ID number: rows are matched to households by them.</source>
            <translation>ཁྱིམ་བདག་གི་མིང་གི་སྟར་ཕྲེང་དང་ཐོབ་ཐང་ལག་ཁྱེར་ཨང་གི་སྟར་ཕྲེང་འདེམས་རོགས། ཐིག་ཕྲེང་རྣམས་དེ་དག་བརྟེན་ནས་ཁྱིམ་ཚང་དང་མཐུན་སྒྲིག་བྱེད།</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="583" />
            <source>Preview</source>
            <translation>སྔོན་ལྟ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="584" />
            <source>What the import will do, row by row. Nothing has been written yet.</source>
            <translation>ནང་འདྲེན་གྱིས་ཐིག་ཕྲེང་རེ་རེར་ཅི་བྱེད་མིན། ད་ལྟ་ཅི་ཡང་ཉར་ཚགས་བྱས་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="585" />
            <source>A household already registered, or twice in the file:</source>
            <translation>ཐོ་འགོད་ཟིན་པའི་ཁྱིམ་ཚང་ངམ་ཡིག་ཆའི་ནང་ཐེངས་གཉིས་ཡོད་པ།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="586" />
            <source>Skip the row</source>
            <translation>ཐིག་ཕྲེང་དེ་མཆོང་།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="587" />
            <source>Update the stored household</source>
            <translation>ཐོ་འགོད་ཟིན་པའི་ཁྱིམ་ཚང་གསར་བཅོས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="588" />
            <source>Only rows with errors, duplicates or notes</source>
            <translation>ནོར་འཁྲུལ་དང་བསྐྱར་ཟློས། མཆན་ཡོད་པའི་ཐིག་ཕྲེང་ཁོ་ན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="589" />
            <source>Save the rows with errors…</source>
            <translation>ནོར་འཁྲུལ་ཡོད་པའི་ཐིག་ཕྲེང་ཉར་ཚགས།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="639" />
            <source>Checking the rows…</source>
            <translation>ཐིག་ཕྲེང་ཞིབ་བཤེར་བྱེད་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="640" />
            <source>Import</source>
            <translation>ནང་འདྲེན།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="646" />
            <source>Rows read: %1. New households: %2. Households updated: %3. Loan demands: %4. Duplicates skipped: %5. Rows with errors (left out): %6.</source>
            <translation>ཀློག་ཟིན་པའི་ཐིག་ཕྲེང་། %1 ཁྱིམ་ཚང་གསར་པ། %2 ཁྱིམ་ཚང་གསར་བཅོས། %3 དངུལ་བསྐྱིན་དགོས་མཁོ། %4 མཆོང་བའི་བསྐྱར་ཟློས། %5 ནོར་འཁྲུལ་ཡོད་པའི་ཐིག་ཕྲེང་། (ནང་འདྲེན་མི་བྱེད) %6</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/pages/import_wizard.py" line="674" />
            <source>Import %n row(s)</source>
            <translation>
                <numerusform>ཐིག་ཕྲེང་ %n ནང་འདྲེན།</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="681" />
            <source>Save the rows with errors</source>
            <translation>ནོར་འཁྲུལ་ཡོད་པའི་ཐིག་ཕྲེང་ཉར་ཚགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="681" />
            <source>rows-to-fix.xlsx</source>
            <translation>བཅོས་དགོས་པའི་ཐིག་ཕྲེང་།.xlsx</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="681" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel ལས་དེབ། (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="82" />
            <source>Column %1 “%2” is read as: %3. %4</source>
            <translation>སྟར་ཕྲེང་ %1 “%2” ནི་ %3 ལྟར་ཀློག %4</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="83" />
            <source>Column %1 “%2” is read as: %3, as you chose.</source>
            <translation>སྟར་ཕྲེང་ %1 “%2” ནི་ཁྱེད་ཀྱིས་བདམས་པ་ལྟར་ %3 ལྟར་ཀློག</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="590" />
            <source>Change how columns are read…</source>
            <translation>སྟར་ཕྲེང་ཀློག་སྟངས་བསྒྱུར།…</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="665" />
            <source>Rows of totals skipped: %1 (rows %2).</source>
            <translation>བསྡོམས་གྲངས་ཀྱི་ཐིག་ཕྲེང་ %1 བཞག་པ་ཡིན། (ཐིག་ཕྲེང་ %2)</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="670" />
            <source>Sheet %1 left out: %2</source>
            <translation>ལས་ཤོག་ %1 ནང་འདྲེན་མ་བྱས། %2</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="659" />
            <source>Of these, loans already granted (a ledger's rows, with their balances): %1.</source>
            <translation>དེའི་ནང་སྤྲད་ཟིན་པའི་དངུལ་བསྐྱིན། (ཐོ་དེབ་ཀྱི་ཐིག་ཕྲེང་། བུན་ལྷག་བཅས།) %1</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="203" />
            <source>Sheet and header row</source>
            <translation>ལས་ཤོག་དང་གདོང་ཐིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="206" />
            <source>The header row names the columns. It was looked for in the first rows; change it if another row holds the column names.</source>
            <translation>གདོང་ཐིག་གིས་སྟར་ཕྲེང་གི་མིང་སྟོན། ཐོག་མའི་ཐིག་ཕྲེང་ཁག་ནང་འཚོལ་ཟིན། སྟར་ཕྲེང་གི་མིང་ཐིག་ཕྲེང་གཞན་ཞིག་ན་ཡོད་ན་བསྒྱུར་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="210" />
            <source>Sheet</source>
            <translation>ལས་ཤོག</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="211" />
            <source>Header row</source>
            <translation>གདོང་ཐིག</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="274" />
            <source>No header row was recognised: choose the row that names the columns.</source>
            <translation>གདོང་ཐིག་ངོས་ཟིན་མ་སོང་། སྟར་ཕྲེང་གི་མིང་ཡོད་པའི་ཐིག་ཕྲེང་འདེམས་རོགས།</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/pages/import_wizard.py" line="276" />
            <source>%n column(s) recognised.</source>
            <translation>
                <numerusform>སྟར་ཕྲེང་ %n ངོས་ཟིན།</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="214" />
            <source>Import these sheets together (one per village; a sheet without a village column gives its rows the sheet's name as village):</source>
            <translation>ལས་ཤོག་འདི་དག་མཉམ་དུ་ནང་འདྲེན་བྱེད། (གྲོང་ཚོ་རེར་ལས་ཤོག་རེ། གྲོང་ཚོའི་སྟར་ཕྲེང་མེད་པའི་ལས་ཤོག་གི་མིང་གྲོང་ཚོའི་མིང་དུ་བཀོལ།)</translation>
        </message>
    </context>
    <context>
        <name>DestinationChooser</name>
        <message>
            <location filename="../ui/widgets/destination.py" line="73" />
            <source>USB stick:</source>
            <extracomment>the folder dialog's title, set by the page in its translateUI ("Where to write the package")</extracomment>
            <translation>USB ཉར་ཆས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/destination.py" line="73" />
            <source>USB stick</source>
            <translation>USB ཉར་ཆས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/destination.py" line="74" />
            <source>Folder:</source>
            <translation>ཡིག་སྣོད།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/destination.py" line="74" />
            <source>Folder</source>
            <translation>ཡིག་སྣོད།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/destination.py" line="75" />
            <source>Look again</source>
            <translation>ཡང་བསྐྱར་འཚོལ།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/destination.py" line="76" />
            <source>Choose folder…</source>
            <translation>ཡིག་སྣོད་འདེམས་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/destination.py" line="83" />
            <source>No USB stick found: choose a folder</source>
            <translation>USB ཉར་ཆས་མ་རྙེད། ཡིག་སྣོད་ཅིག་འདེམས་རོགས།</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../ui/dialogs/__init__.py" line="14" />
            <source>Delete %1?</source>
            <extracomment>filled per language by Language.fill (marked here so the translation tools collect it)</extracomment>
            <translation>%1 བསུབ་བམ།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/__init__.py" line="24" />
            <source>Delete</source>
            <translation>བསུབ་པ།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/__init__.py" line="32" />
            <source>The record is marked as deleted and kept in the audit log. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
            <translation>ཟིན་ཐོ་འདི་བསུབ་ཟིན་པར་རྟགས་བཀོད་དེ་ཞིབ་བཤེར་ཉིན་ཐོའི་ནང་ཉར་ཡོད། རྩོམ་སྒྲིག ▸ ཕྱིར་ལྡོག (Ctrl+Z) མནན་ན་སླར་གསོ་ཐུབ།</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../ui/printing.py" line="274" />
            <source>The printer could not be opened. Check that it is switched on and connected, or choose another printer.</source>
            <extracomment>the preview draws pages at this resolution (screen), not the printer's beyond this many pages the preview is skipped (it keeps a picture of every page) the printer's resolution, up to this: 1200 dpi would quadruple the spool for no visible gain on 8-9 pt text, and some drivers report it a page is rendered in horizontal bands of at most this many pixels (memory stays ~50 MB even at 600 dpi, where one A4 page is 35 million pixels)</extracomment>
            <translation>པར་འདེབས་འཕྲུལ་འཁོར་ཁ་ཕྱེ་མ་ཐུབ། འཕྲུལ་འཁོར་སྒོ་ཕྱེ་ཡོད་མེད་དང་སྦྲེལ་ཡོད་མེད་ལ་ཞིབ་བཤེར་གྱིས། ཡང་ན་པར་འདེབས་འཕྲུལ་འཁོར་གཞན་ཞིག་འདེམས།</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="296" />
            <source>of %1</source>
            <translation>ཤོག་ངོས་ %1 ཡི་ནང་ནས།</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="297" />
            <source>Zoom in</source>
            <translation>ཆེ་རུ་གཏོང་།</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="299" />
            <source>Zoom out</source>
            <translation>ཆུང་དུ་གཏོང་།</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="301" />
            <source>Fit width</source>
            <translation>ཞེང་ཚད་དང་མཐུན་པ།</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="305" />
            <source>Print…</source>
            <translation>པར་འདེབས།…</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="309" />
            <source>Close</source>
            <translation>སྒོ་རྒྱག</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="314" />
            <source>Page</source>
            <translation>ཤོག་ངོས།</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="385" />
            <source>Preparing %1 for printing…</source>
            <translation>%1 པར་འདེབས་ཀྱི་གྲ་སྒྲིག་བྱེད་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="424" />
            <source>Print %1</source>
            <translation>%1 པར་འདེབས།</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="460" />
            <source>Printing %1…</source>
            <translation>%1 པར་འདེབས་བཞིན་པ།…</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="475" />
            <source>There is nothing to print: no page was made.</source>
            <translation>པར་འདེབས་རྒྱུ་ཅི་ཡང་མེད། ཤོག་ངོས་གཅིག་ཀྱང་བཟོས་མེད།</translation>
        </message>
    </context>
    <context>
        <name>LoanServicingDialog</name>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="20" />
            <source>Loan: %1</source>
            <translation>དངུལ་བསྐྱིན། %1</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="57" />
            <source>Date</source>
            <translation>ཚེས་གྲངས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="58" />
            <source>Principal repaid (yuan)</source>
            <translation>འཇལ་བའི་མ་དངུལ། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="59" />
            <source>Interest paid (yuan)</source>
            <translation>སྤྲད་པའི་སྐྱེད་ཀ (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="60" />
            <source>Amount (yuan)</source>
            <translation>དངུལ་གྲངས། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="61" />
            <source>New maturity date</source>
            <translation>དུས་ཚེས་གསར་པ།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="62" />
            <source>Reason</source>
            <translation>རྒྱུ་མཚན།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="63" />
            <source>Note</source>
            <translation>མཆན།</translation>
        </message>
    </context>
    <context>
        <name>LoanPolicyBox</name>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="123" />
            <location filename="../ui/widgets/loan_policy.py" line="136" />
            <source>Product</source>
            <translation>ཐོན་རྫས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="124" />
            <source>From</source>
            <translation>འགོ་ཚུགས་ཚེས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="125" />
            <source>Per loan (yuan)</source>
            <translation>ཐེངས་རེའི་ཚད། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="126" />
            <source>Per household (yuan)</source>
            <translation>ཁྱིམ་ཚང་རེའི་ཚད། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="127" />
            <source>Longest term (months)</source>
            <translation>དུས་ཚོད་རིང་ཤོས། (ཟླ་བ།)</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="128" />
            <location filename="../ui/widgets/loan_policy.py" line="142" />
            <source>Rate rule</source>
            <translation>སྐྱེད་ཚད་ཀྱི་སྒྲིག་སྲོལ།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="129" />
            <source>Subsidy share</source>
            <translation>སྐྱེད་ཀ་རོགས་སྐྱོར་གྱི་བསྡུར་ཚད།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="130" />
            <source>Set by</source>
            <translation>གཏན་འཁེལ་བྱེད་མཁན།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="137" />
            <source>In force from</source>
            <translation>ནུས་ལྡན་འགོ་ཚུགས་ཚེས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="138" />
            <source>Interest subsidy share</source>
            <translation>སྐྱེད་ཀ་རོགས་སྐྱོར་གྱི་བསྡུར་ཚད།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="139" />
            <source>Limit per household across the programme (yuan)</source>
            <translation>ལས་གཞི་འདིའི་ཁྱིམ་ཚང་རེའི་ཚད། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="140" />
            <source>Limit per loan (yuan)</source>
            <translation>དངུལ་བསྐྱིན་ཐེངས་རེའི་ཚད། (སྒོར།)</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="141" />
            <source>Longest term (months, 0: none)</source>
            <translation>དུས་ཚོད་རིང་ཤོས། (ཟླ་བ། 0 ནི་ཚད་མེད།)</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="143" />
            <source>County's rate cap (%)</source>
            <translation>རྫོང་གིས་གཏན་འཁེལ་བྱས་པའི་སྐྱེད་ཚད་མཐོ་ཚད། (%)</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="149" />
            <source>Save as a new version</source>
            <translation>པར་གཞི་གསར་པ་ལྟར་ཉར་ཚགས།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="152" />
            <source>Each version applies to loans from its date on; older loans keep the rules of their own dates. Versions set by the county are shown and cannot be changed here.</source>
            <translation>པར་གཞི་རེ་རེ་དེའི་ཚེས་གྲངས་ནས་བཟུང་བའི་དངུལ་བསྐྱིན་ལ་འཚམ། སྔོན་གྱི་དངུལ་བསྐྱིན་རྣམས་ལ་རང་རང་གི་ཚེས་གྲངས་ཀྱི་སྒྲིག་སྲོལ་ཉར། རྫོང་གིས་གཏན་འཁེལ་བྱས་པའི་པར་གཞི་སྟོན་པ་ཙམ་ཡིན་པས་འདིར་བཟོ་བཅོས་བྱེད་མི་ཆོག</translation>
        </message>
        <message>
            <source>Base rate: 1-year LPR up to 12 months, 5-year LPR beyond</source>
            <translation type="vanished">གཞི་རྩའི་སྐྱེད་ཚད། ཟླ་བ་ 12 ཡན་ལ་ལོ་ 1 ཅན་གྱི་ LPR དེ་ལས་བརྒལ་ན་ལོ་ 5 ཅན་གྱི་ LPR</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="164" />
            <source>The county's own cap</source>
            <translation>རྫོང་རང་གིས་གཏན་འཁེལ་བྱས་པའི་མཐོ་ཚད།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="165" />
            <source>No cap</source>
            <translation>མཐོ་ཚད་མེད།</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="189" />
            <source>release</source>
            <translation>མཉེན་ཆས་ཀྱིས་སྔོན་སྒྲིག</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="161" />
            <source>Base rate of the grant date: the PBOC benchmark rate of the term before 2019-08-20, then the 1-year LPR up to 12 months and the 5-year LPR beyond</source>
            <translation>དངུལ་སྤྲོད་ཉིན་གྱི་གཞི་རྩའི་སྐྱེད་ཚད། 2019-08-20 སྔོན་ལ་མི་དམངས་དངུལ་ཁང་གི་དུས་ཚོད་མཚུངས་པའི་གཞི་རྩའི་སྐྱེད་ཚད། དེ་རྗེས་ཟླ་བ་ 12 ཡན་ལ་ལོ་ 1 ཅན་གྱི་ LPR དེ་ལས་བརྒལ་ན་ལོ་ 5 ཅན་གྱི་ LPR</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>གདམ་ཁ།(&amp;O) &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>གདམ་ཁ།(&amp;O) &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>པར་འདེབས།(&amp;P)</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>ཤོག་ངོས་ཡོངས།</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>ཤོག་ངོས་ཆ་གྲངས།</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>ཤོག་ངོས་ཡ་གྲངས།</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>པར་འདེབས།</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>ཡིག་ཆར་པར་འདེབས། (PDF)</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation>ཤོག་ངོས་གོ་རིམ་ལྟར་སྒྲིག</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>ཚོན་ལྡན།</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>ཚོན་མདོག་གི་རྣམ་པ།</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>པར་གྲངས།</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>པར་གྲངས།</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>ད་ལྟའི་ཤོག་ངོས།</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>ངོས་གཉིས་པར་འདེབས།</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>ཐལ་མདོག</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>ཞེང་རིང་ངོས་ནས་སྒྲིལ་བ།</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>མེད།</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>གདམ་ཁ།</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>ཕྱིར་འདོན་སྒྲིག་འགོད།</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>ཤོག་ངོས་ཚོ།(&amp;S)</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>ཤོག་ངོས།</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>ཤོག་ངོས་འདི་ནས།</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>ཚང་མ་པར་འདེབས།</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>པར་འདེབས་ཁྱབ་ཚད།</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>གོ་རིམ་ལྡོག་པ།</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>བདམས་པའི་ཆ།</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>ཞེང་ཐུང་ངོས་ནས་སྒྲིལ་བ།</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>ཤོག་ངོས་སམ་ཁྱབ་ཚད་བར་དུ་ཚེག་ལྷག (,) འཇོག ཁྱབ་ཚད་ནི་ཨང་གྲངས་གཉིས་ཀྱི་བར་དུ་ཐིག་ཕྲན (-) འཇོག དཔེར་ན། 3,5-7,9 ཞེས་པས་ཤོག་ངོས་ 3, 5, 6, 7 དང་ 9 པར་འདེབས།</translation>
        </message>
        <message>
            <source>to</source>
            <translation>བར།</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation>མིང་།(&amp;N)</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>གནས་ས།</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>ཕྱིར་འདོན་ཡིག་ཆ།(&amp;F)</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>ཁྱད་ཆོས།(&amp;R)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>སྔོན་ལྟ།</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>པར་འདེབས་འཕྲུལ་འཁོར།</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>རིགས།</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <location filename="../ui/permissions.py" line="25" />
            <source>Only an account with the role %1 may do this.</source>
            <extracomment>filled per language by Language.fill (marked here so the translation tools collect it)</extracomment>
            <translation>ལས་འགན་ %1 ཡོད་པའི་ཐོ་ཁོངས་ཁོ་ནས་འདི་བྱེད་ཆོག</translation>
        </message>
        <message>
            <location filename="../ui/permissions.py" line="27" />
            <source> or </source>
            <extracomment>between the roles when more than one may ("office head or bank officer")</extracomment>
            <translation> ཡང་ན་ </translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../ui/dialogs/restore.py" line="77" />
            <location filename="../ui/dialogs/restore.py" line="95" />
            <source>Restore from a backup</source>
            <translation>གྲབས་ཉར་ནས་སླར་གསོ།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="80" />
            <source>Choose a backup of the register (a file ending in .sqlite, with the file of the same name ending in .keys beside it). It is opened with the password of one of its accounts, or with the recovery key kept in the office safe, and checked before it is used.</source>
            <translation>ཐོ་དེབ་ཀྱི་གྲབས་ཉར་ཞིག་འདེམས་རོགས། (.sqlite ཡིས་མཇུག་སྡོམ་པའི་ཡིག་ཆ། དེའི་འགྲམ་དུ་མིང་གཅིག་པ་ .keys ཡིས་མཇུག་སྡོམ་པའི་ཡིག་ཆ་ཡོད་དགོས།) དེ་ནི་དེའི་ནང་གི་ཐོ་ཁོངས་གཅིག་གི་གསང་ཨང་ངམ། ལས་ཁང་གི་ཉེན་སྲུང་སྒམ་ནང་ཉར་བའི་སླར་གསོའི་ལྡེ་མིག་གིས་ཁ་ཕྱེ་ནས། བེད་སྤྱོད་མ་བཏང་གོང་ཞིབ་བཤེར་བྱེད།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="86" />
            <source>Backup file</source>
            <translation>གྲབས་ཉར་ཡིག་ཆ།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="86" />
            <source>Password</source>
            <translation>གསང་ཨང་།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="86" />
            <source>or the recovery key</source>
            <translation>ཡང་ན་སླར་གསོའི་ལྡེ་མིག</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="89" />
            <source>Choose…</source>
            <translation>འདེམས།…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="95" />
            <source>Backups (*.sqlite)</source>
            <translation>གྲབས་ཉར། (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="107" />
            <source>Choose the backup file first.</source>
            <translation>སྔོན་ལ་གྲབས་ཉར་ཡིག་ཆ་འདེམས་རོགས།</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="119" />
            <source>Restoring the backup (copied, then checked)…</source>
            <translation>གྲབས་ཉར་སླར་གསོ་བྱེད་བཞིན་པ། (འདྲ་བཤུས་བྱས་རྗེས་ཞིབ་བཤེར།)…</translation>
        </message>
    </context>
    <context>
        <name>CodeTreeCombo</name>
        <message>
            <location filename="../ui/pages/complaints.py" line="79" />
            <source>%1 (not a code of the JR/T 0169-2018 list)</source>
            <extracomment>lifecycle buttons: (target status, object name)</extracomment>
            <translation>%1 (JR/T 0169-2018 ཡི་ཨང་རྟགས་མ་རེད།)</translation>
        </message>
    </context>
</TS>
