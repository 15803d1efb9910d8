<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
    <context>
        <name>Fonts</name>
        <message>
            <location filename="../ui/fonts.py" line="169" />
            <source>No Tibetan font is installed, so Tibetan text shows as empty boxes. Install the Windows optional feature “Tibetan Supplemental Fonts” (Microsoft Himalaya), or choose a Tibetan font file in Settings.</source>
            <translation>未安装藏文字体，藏文会显示为空白方框。请安装 Windows 可选功能“藏文补充字体”（Microsoft Himalaya），或在“设置”中选择一个藏文字体文件。</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="178" />
            <source>No Tibetan font is installed, so Tibetan text shows as empty boxes. Install %1, or choose a Tibetan font file in Settings.</source>
            <translation>未安装藏文字体，藏文会显示为空白方框。请安装 %1，或在“设置”中选择一个藏文字体文件。</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="186" />
            <source>No Chinese font is installed. Install Microsoft YaHei or SimSun (Windows) or WenQuanYi Micro Hei / Noto Sans CJK SC (Linux), or choose a font file in Settings.</source>
            <translation>未安装中文字体。请安装微软雅黑或宋体（Windows），或文泉驿微米黑 / Noto Sans CJK SC（Linux），或在“设置”中选择一个字体文件。</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="396" />
            <source>The Tibetan font file %1 could not be loaded.</source>
            <translation>无法加载藏文字体文件 %1。</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="402" />
            <source>The Chinese font file %1 could not be loaded.</source>
            <translation>无法加载中文字体文件 %1。</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="549" />
            <source>This file is not a font Qt can use: %1</source>
            <translation>此文件不是可用的字体：%1</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="553" />
            <source>This font has no Tibetan letters: %1</source>
            <translation>此字体不含藏文字母：%1</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="556" />
            <source>This font has no Chinese characters: %1</source>
            <translation>此字体不含汉字：%1</translation>
        </message>
        <message>
            <location filename="../ui/fonts.py" line="610" />
            <source>Fonts missing</source>
            <translation>缺少字体</translation>
        </message>
    </context>
    <context>
        <name>TibetanLineEdit</name>
        <message>
            <source>Type Tibetan script here. Chinese characters belong in the Chinese name field.</source>
            <translation type="vanished">此处请输入藏文。汉字请填在中文姓名栏中。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="147" />
            <source>“%1” is not valid Wylie. Correct it, or type the text in Tibetan script.</source>
            <translation>“%1”不是有效的威利转写。请改正，或直接输入藏文。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="141" />
            <source>Type Tibetan script here, not Latin letters. To type Tibetan with Latin letters, switch on Wylie input (the W button).</source>
            <translation>此处请输入藏文，不要输入拉丁字母。如需用拉丁字母输入藏文，请打开威利输入（W 按钮）。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="307" />
            <source>Wylie input is on: type Latin letters (bkra shis) and they become Tibetan script. Click W to type with a Tibetan keyboard instead.</source>
            <translation>威利输入已打开：输入拉丁字母（bkra shis）会转换为藏文。点击 W 可改用藏文键盘输入。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="311" />
            <source>Wylie input is off: type with a Tibetan keyboard. Click W to type Tibetan with Latin letters (Wylie).</source>
            <translation>威利输入已关闭：请用藏文键盘输入。点击 W 可用拉丁字母（威利）输入藏文。</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="317" />
            <source>Wylie input</source>
            <translation>威利输入</translation>
        </message>
        <message>
            <location filename="../ui/widgets/tibetan_edit.py" line="138" />
            <source>Type Tibetan script here: Chinese characters are not allowed in this field.</source>
            <translation>此处请输入藏文：本栏不允许输入汉字。</translation>
        </message>
    </context>
    <context>
        <name>domain</name>
        <message>
            <location filename="../app/cli.py" line="213" />
            <source>There is no register at {path}. Create it first with the init command.</source>
            <translation>{path} 处没有台账。请先用 init 命令创建。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="427" />
            <source>Stopped.</source>
            <translation>已停止。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="432" />
            <source>The file could not be written or read: {detail}. Check the disk or the USB stick and try again; nothing stored was changed.</source>
            <translation>无法读写文件：{detail}。请检查磁盘或U盘后重试；已保存的数据没有改变。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="451" />
            <source>Something went wrong that the program did not expect. Nothing stored was lost. Details are in {path}.</source>
            <translation>程序发生了意外错误。已保存的数据没有丢失。详细信息见 {path}。</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="35" />
            <location filename="../app/domain/dates.py" line="63" />
            <source>{value} is not a date. Enter a date as year-month-day, such as 2023-05-01.</source>
            <translation>{value}不是日期。请按“年-月-日”输入日期，如2023-05-01。</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="39" />
            <source>The spreadsheet holds 29 February 1900, a day that did not exist. Enter the real date.</source>
            <translation>表格中的日期是1900年2月29日，这一天并不存在。请输入真实日期。</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="53" />
            <location filename="../app/domain/dates.py" line="58" />
            <source>Enter a date as year-month-day, such as 2023-05-01.</source>
            <translation>请按“年-月-日”输入日期，如2023-05-01。</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="86" />
            <location filename="../app/domain/lifecycle.py" line="86" />
            <source>The date {date} is in the future; today is {today}.</source>
            <translation>日期{date}晚于今天（今天是{today}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="70" />
            <source>{value} is not a real date: check the month and the day.</source>
            <translation>{value}不是有效日期：请检查月份和日。</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="160" />
            <source>This record was changed elsewhere after you opened it. Close it and open it again.</source>
            <translation>您打开此记录后，它已在别处被修改。请关闭后重新打开。</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="148" />
            <source>Record not found: {key}</source>
            <translation>未找到记录：{key}</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="170" />
            <location filename="../app/services/auth.py" line="103" />
            <source>Your account is not allowed to do this: {action}</source>
            <translation>您的账户无权执行此操作：{action}</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="116" />
            <source>Enter the household head's 18-character resident ID number.</source>
            <translation>请输入户主的18位居民身份证号码。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="119" />
            <source>This is an old 15-digit ID number. Enter the 18-character number of the current ID card.</source>
            <translation>这是旧的15位身份证号码。请输入现行身份证上的18位号码。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="124" />
            <source>An ID number has 18 characters; this one has {count}. Check for a missing or extra digit.</source>
            <translation>身份证号码应为18位，这个号码有{count}位。请检查是否漏输或多输了数字。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="131" />
            <source>An ID number holds only digits, and an X only as its last character; "{char}" is not allowed.</source>
            <translation>身份证号码只能包含数字，只有最后一位可以是X；不能出现“{char}”。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="139" />
            <source>The ID number starts with {code}, which is not a province code. Check the first two digits.</source>
            <translation>身份证号码以{code}开头，这不是省级行政区代码。请检查前两位数字。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="158" />
            <source>The birth date in the ID number ({birth}) is in the future. Check digits 7 to 14.</source>
            <translation>身份证号码中的出生日期（{birth}）晚于今天。请检查第7至14位。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="164" />
            <source>The birth date in the ID number ({birth}) is before 1900. Check digits 7 to 14.</source>
            <translation>身份证号码中的出生日期（{birth}）早于1900年。请检查第7至14位。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="172" />
            <source>The ID number's check digit is wrong: the last character should be {expected}. If the card shows {actual}, another digit was mistyped: compare the number with the card.</source>
            <translation>身份证号码的校验码不对：最后一位应为{expected}。如果证件上就是{actual}，说明其他某位输错了，请对照证件核对号码。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="152" />
            <source>The birth date in the ID number ({digits}) is not a real date. Check digits 7 to 14.</source>
            <translation>身份证号码中的出生日期（{digits}）不是有效日期。请检查第7至14位。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="188" />
            <source>The area code {code} of this ID number is not in the list of county codes. The number can be saved; check it against the ID card.</source>
            <translation>该身份证号码的地区码{code}不在县级行政区划代码表中。号码可以保存，请对照身份证核对。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="204" />
            <source>The area code {code} was retired in {year}, before the birth year {birth_year}. The number can be saved; check it against the ID card.</source>
            <translation>地区码{code}已于{year}年停用，早于出生年份{birth_year}。号码可以保存，请对照身份证核对。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="96" />
            <source>The date {date} is before the record was registered ({first_date}).</source>
            <translation>日期{date}早于登记日期（{first_date}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="150" />
            <source>A loan demand that is {from_status} cannot become {to_status}.</source>
            <translation>状态为“{from_status}”的融资需求不能改为“{to_status}”。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="161" />
            <source>Give the reason why the loan demand is {to_status}.</source>
            <translation>请说明融资需求“{to_status}”的原因。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="235" />
            <source>A complaint that is {from_status} cannot become {to_status}.</source>
            <translation>状态为“{from_status}”的投诉不能改为“{to_status}”。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="104" />
            <source>The date {date} is before the previous step ({previous}, {previous_date}).</source>
            <translation>日期{date}早于上一步（{previous}，{previous_date}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="174" />
            <source>Enter the amount the bank granted (more than zero).</source>
            <translation>请输入银行发放的金额（大于零）。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="400" />
            <location filename="../app/domain/lifecycle.py" line="187" />
            <source>A rate cannot be negative.</source>
            <translation>利率不能为负数。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="189" />
            <source>The interest subsidy cannot be negative.</source>
            <translation>贴息金额不能为负数。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="246" />
            <source>Enter the institution the complaint is transferred to.</source>
            <translation>请输入投诉转办的机构。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="179" />
            <source>The amount granted ({granted_yuan} yuan) is more than the amount asked ({asked_yuan} yuan). If the household asked for more, correct the demand first.</source>
            <translation>发放金额（{granted_yuan}元）大于申请金额（{asked_yuan}元）。如果该户实际申请更多，请先修改融资需求。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="372" />
            <location filename="../app/domain/lifecycle.py" line="199" />
            <source>The maturity date {maturity} must be after the grant date {date}.</source>
            <translation>到期日{maturity}必须晚于发放日{date}。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="251" />
            <source>Describe the outcome: how the complaint was resolved.</source>
            <translation>请填写办理结果：投诉是如何解决的。</translation>
        </message>
        <message>
            <location filename="../app/domain/lifecycle.py" line="258" />
            <source>Record whether the complainant is satisfied, or give the reason why this could not be asked.</source>
            <translation>请记录投诉人是否满意，或说明无法询问的原因。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="43" />
            <source>{value} is not an amount. Enter yuan, such as 50000, 5万 or 50,000.00.</source>
            <translation>{value}不是金额。请以元为单位输入，如50000、5万或50,000.00。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="62" />
            <location filename="../app/domain/money.py" line="129" />
            <location filename="../app/domain/money.py" line="73" />
            <source>Enter an amount in yuan, such as 50000 or 5万.</source>
            <translation>请输入以元为单位的金额，如50000或5万。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="90" />
            <source>The amount cannot be negative: {value}.</source>
            <translation>金额不能为负数：{value}。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="92" />
            <location filename="../app/domain/money.py" line="131" />
            <source>The amount must be more than zero.</source>
            <translation>金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="102" />
            <source>An amount has at most two decimals (fen); {value} has more.</source>
            <translation>金额最多两位小数（到分）；{value}的小数位太多。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="144" />
            <location filename="../app/domain/money.py" line="155" />
            <source>Enter the yearly rate in percent, such as 4.35.</source>
            <translation>请以百分数输入年利率，如4.35。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="162" />
            <source>A rate cannot be negative: {value}.</source>
            <translation>利率不能为负数：{value}。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="167" />
            <source>A rate has at most two decimals in percent (4.35 for 4.35%); {value} has more.</source>
            <translation>利率按百分数最多两位小数（4.35%输入4.35）；{value}的小数位太多。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="173" />
            <source>A yearly rate of {value}% cannot be right: enter the rate in percent, such as 4.35.</source>
            <translation>年利率{value}%不可能正确：请以百分数输入利率，如4.35。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="148" />
            <location filename="../app/domain/money.py" line="158" />
            <source>{value} is not a rate. Enter the yearly rate in percent, such as 4.35.</source>
            <translation>{value}不是利率。请以百分数输入年利率，如4.35。</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="22" />
            <source>An office code has 6 digits (county, GB/T 2260) or 9 or 12 digits (township or village statistical code).</source>
            <translation>工作室代码为 6 位（县，GB/T 2260），或 9 位、12 位（乡镇或村的统计代码）。</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="31" />
            <source>The level must be county, township or village.</source>
            <translation>级别必须是县、乡或村。</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="33" />
            <source>The office needs a Chinese name.</source>
            <translation>工作室需要中文名称。</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="35" />
            <source>The parent office code has 6, 9 or 12 digits.</source>
            <translation>上级工作室代码为 6、9 或 12 位。</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="29" />
            <source>Office codes in Qinghai start with 63.</source>
            <translation>青海的工作室代码以 63 开头。</translation>
        </message>
        <message>
            <location filename="../app/domain/phone.py" line="31" />
            <source>{value} is not a phone number. Enter an 11-digit mobile number such as 13812345678, or a landline with its area code such as 0971-8123456.</source>
            <translation>{value}不是电话号码。请输入11位手机号码（如13812345678），或带区号的固定电话（如0971-8123456）。</translation>
        </message>
        <message>
            <location filename="../app/domain/phone.py" line="67" />
            <source>The landline number {value} needs its area code in front, such as 0971-8123456.</source>
            <translation>固定电话{value}前面需要加区号，如0971-8123456。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="113" />
            <source>The borrower must be at most {max_age} years old on the registration date; the household head is {age}.</source>
            <translation>借款人在登记日的年龄不能超过{max_age}周岁；户主为{age}周岁。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="293" />
            <location filename="../app/domain/products.py" line="96" />
            <source>The borrower must be between {min_age} and {max_age} years old on the registration date; the household head is {age}.</source>
            <translation>借款人在登记日的年龄须在{min_age}至{max_age}周岁之间；户主为{age}周岁。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="105" />
            <source>The borrower must be at least {min_age} years old on the registration date; the household head is {age}.</source>
            <translation>借款人在登记日的年龄须满{min_age}周岁；户主为{age}周岁。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="246" />
            <source>Up to {max_yuan} yuan.</source>
            <translation>最高{max_yuan}元。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="248" />
            <source>A term of up to {max_months} months.</source>
            <translation>期限最长{max_months}个月。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="250" />
            <source>For production use only: note what the loan is for.</source>
            <translation>仅限生产用途：请注明贷款用途。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="252" />
            <source>No collateral and no guarantee needed.</source>
            <translation>无需抵押，无需担保。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="254" />
            <source>The interest is subsidised.</source>
            <translation>享受贴息。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="113" />
            <location filename="../app/domain/products.py" line="256" />
            <source>The {product} is no longer offered.</source>
            <translation>{product}已停办。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="140" />
            <location filename="../app/domain/products.py" line="215" />
            <source>The {product} is only for these households: {allowed}. This household is: {status}.</source>
            <translation>{product}仅面向以下农牧户：{allowed}。该户为：{status}。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="169" />
            <source>The {product} allows at most {max_yuan} yuan; {amount_yuan} yuan was asked.</source>
            <translation>{product}最高{max_yuan}元；申请的是{amount_yuan}元。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="181" />
            <source>The {product} allows a term of at most {max_months} months; {months} months was asked.</source>
            <translation>{product}期限最长{max_months}个月；申请的是{months}个月。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="226" />
            <source>The {product} is for these households: {allowed}.</source>
            <translation>{product}面向以下农牧户：{allowed}。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="153" />
            <source>The household head's birth date is unknown, so the age limit of the {product} cannot be checked. Enter the ID number of the household head.</source>
            <translation>户主出生日期不明，无法核对{product}的年龄限制。请输入户主的身份证号码。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="237" />
            <source>Borrowers aged {min_age} to {max_age}.</source>
            <translation>借款人年龄{min_age}至{max_age}周岁。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="242" />
            <source>Borrowers aged {min_age} or more.</source>
            <translation>借款人年龄{min_age}周岁及以上。</translation>
        </message>
        <message>
            <location filename="../app/domain/products.py" line="244" />
            <source>Borrowers aged {max_age} or less.</source>
            <translation>借款人年龄{max_age}周岁及以下。</translation>
        </message>
        <message>
            <location filename="../app/domain/script.py" line="117" />
            <source>This is not valid Wylie: {text}</source>
            <translation>这不是有效的威利转写：{text}</translation>
        </message>
        <message>
            <location filename="../app/services/households.py" line="96" />
            <source>This ID number is already registered for household {name}.</source>
            <translation>此身份证号码已登记在农牧户 {name} 名下。</translation>
        </message>
        <message>
            <location filename="../app/services/households.py" line="104" />
            <source>Choose a village from the list.</source>
            <translation>请从列表中选择村。</translation>
        </message>
        <message>
            <location filename="../app/services/loans.py" line="143" />
            <source>A demand that is already decided cannot be edited; record the next step instead.</source>
            <translation>已有决定的需求不能再修改；请记录下一步。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="78" />
            <location filename="../app/services/loans.py" line="94" />
            <source>Choose a loan product from the list.</source>
            <translation>请从列表中选择贷款产品。</translation>
        </message>
        <message>
            <location filename="../app/services/loans.py" line="98" />
            <source>Choose the household this demand is for.</source>
            <translation>请选择此需求所属的农牧户。</translation>
        </message>
        <message>
            <location filename="../app/services/ratings.py" line="60" />
            <source>Choose the household this rating is for.</source>
            <translation>请选择此评级所属的农牧户。</translation>
        </message>
        <message>
            <location filename="../app/services/ratings.py" line="88" />
            <source>This household already has a rating for {year}; open it to change it.</source>
            <translation>该农牧户已有 {year} 年的评级；如需修改请打开它。</translation>
        </message>
        <message>
            <location filename="../app/domain/offices.py" line="57" />
            <source>This register has no office profile yet. Create it first (command: init, or the first-start form).</source>
            <translation>此台账还没有工作室信息。请先创建（命令 init，或首次启动表单）。</translation>
        </message>
        <message>
            <location filename="../app/services/workspace.py" line="328" />
            <source>This register already belongs to office {code}.</source>
            <translation>此台账已属于工作室 {code}。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="316" />
            <source>This register was written by a newer release of the program (schema {found}, this program knows {known}). Install the newer release; the file was not changed.</source>
            <translation>此台账由更新版本的程序写入（结构 {found}，本程序支持 {known}）。请安装新版本；文件未被改动。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="245" />
            <source>{path} is a folder, not a register file.</source>
            <translation>{path} 是文件夹，不是台账文件。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="105" />
            <source>{path} is not a register file or it is damaged ({detail}). Restore a backup.</source>
            <translation>{path} 不是台账文件或已损坏（{detail}）。请恢复备份。</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="61" />
            <source>The {script} font file chosen in Settings cannot be used for PDF output: {path} ({reason}).</source>
            <translation>“设置”中选择的{script}字体文件不能用于 PDF 输出：{path}（{reason}）。</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="17" />
            <source>Tibetan</source>
            <translation>藏文</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="18" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="19" />
            <source>Latin (digits and letters)</source>
            <translation>拉丁字母和数字</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="24" />
            <source>No Tibetan font was found for PDF output. On Debian or Ubuntu install it with `sudo apt install fonts-noto-core` (Noto Serif Tibetan) or `sudo apt install fonts-tibetan-machine`; on Windows the font Microsoft Himalaya (himalaya.ttf) is needed. You can also choose a Tibetan TrueType font file in Settings.</source>
            <translation>未找到可用于 PDF 输出的藏文字体。Debian 或 Ubuntu 上请用 `sudo apt install fonts-noto-core`（Noto Serif Tibetan）或 `sudo apt install fonts-tibetan-machine` 安装；Windows 上需要 Microsoft Himalaya 字体（himalaya.ttf）。也可以在“设置”中选择一个藏文 TrueType 字体文件。</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="31" />
            <source>No Chinese font was found for PDF output. On Debian or Ubuntu install it with `sudo apt install fonts-wqy-microhei`; on Windows the font SimSun (simsun.ttc) or Microsoft YaHei (msyh.ttc) is needed. You can also choose a Chinese TrueType font file in Settings.</source>
            <translation>未找到可用于 PDF 输出的中文字体。Debian 或 Ubuntu 上请用 `sudo apt install fonts-wqy-microhei` 安装；Windows 上需要宋体（simsun.ttc）或微软雅黑（msyh.ttc）。也可以在“设置”中选择一个中文 TrueType 字体文件。</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="37" />
            <source>No Latin font was found for PDF output. On Debian or Ubuntu install it with `sudo apt install fonts-dejavu-core`; on Windows the font Arial (arial.ttf) is needed. You can also choose a TrueType font file in Settings.</source>
            <translation>未找到可用于 PDF 输出的拉丁字体。Debian 或 Ubuntu 上请用 `sudo apt install fonts-dejavu-core` 安装；Windows 上需要 Arial 字体（arial.ttf）。也可以在“设置”中选择一个 TrueType 字体文件。</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="52" />
            <source>the file does not exist</source>
            <translation>文件不存在</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="53" />
            <source>it has PostScript (CFF) outlines, which PDF export cannot embed; choose a TrueType font (.ttf, or a .ttc with TrueType outlines)</source>
            <translation>该字体为 PostScript（CFF）轮廓，PDF 输出无法嵌入；请选择 TrueType 字体（.ttf，或 TrueType 轮廓的 .ttc）</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="57" />
            <source>it is not a TrueType font file</source>
            <translation>不是 TrueType 字体文件</translation>
        </message>
        <message>
            <location filename="../exports/pdf/errors.py" line="58" />
            <source>it does not contain the letters of this script</source>
            <translation>该字体不含这种文字</translation>
        </message>
        <message>
            <location filename="../app/commands/office.py" line="91" />
            <source>The register is sound.</source>
            <translation>台账完好。</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="81" />
            <source>Describe what the complaint is about.</source>
            <translation>请填写投诉内容。</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="87" />
            <source>Choose the complainant's household, or enter the complainant's name.</source>
            <translation>请选择投诉人所在农牧户，或输入投诉人姓名。</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="101" />
            <source>{value} is not a way a complaint can reach the office. Choose one from the list.</source>
            <translation>{value}不是投诉受理渠道。请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="145" />
            <source>No handler is named: every complaint should have one.</source>
            <translation>未指定经办人：每件投诉都应有经办人。</translation>
        </message>
        <message>
            <source>{value} is not a code of the JR/T 0169-2018 list. Choose one from the list, or 99 for other.</source>
            <translation type="vanished">{value}不是JR/T 0169-2018中的代码。请从列表中选择，其他情况选99。</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="138" />
            <source>The due date {due} is before the date the complaint was received ({received}).</source>
            <translation>办结期限{due}早于受理日期（{received}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="179" />
            <source>{value} is not an ethnicity of the list. Choose one from the list.</source>
            <translation>{value}不在民族列表中。请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="186" />
            <source>{value} is not an industry of the list. Choose one from the list.</source>
            <translation>{value}不在产业列表中。请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="102" />
            <source>Enter the household head's name in Chinese or in Tibetan script (at least one of the two).</source>
            <translation>请输入户主的中文姓名或藏文姓名（至少填一个）。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="108" />
            <source>The Chinese name holds Tibetan letters. Put the Tibetan name in the Tibetan name field.</source>
            <translation>中文姓名中含有藏文字母。请把藏文姓名填在藏文姓名栏中。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="115" />
            <source>The Tibetan name must be in Tibetan script only. Without a Tibetan keyboard, switch the field to Wylie input and type the name in Wylie, such as bkra shis.</source>
            <translation>藏文姓名只能使用藏文字符。没有藏文键盘时，请把该栏切换为威利（Wylie）输入，用威利转写输入姓名，如 bkra shis。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="169" />
            <source>The household has {size} members, so it cannot have {labour} workers.</source>
            <translation>该户有{size}口人，劳动力不能是{labour}人。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="193" />
            <source>{value} is not a household status of the list. Choose one from the list.</source>
            <translation>{value}不在农牧户类别列表中。请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="202" />
            <source>The preferred language must be Chinese, Tibetan or both; {value} was given.</source>
            <translation>常用语言须为中文、藏文或双语；填写的是{value}。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="135" />
            <source>By the ID number the household head is {age} years old. Check that this is the head of the household.</source>
            <translation>按身份证号码，户主为{age}周岁。请核实此人是否为户主。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="156" />
            <source>A household has at least 1 member; enter the number of people in the household.</source>
            <translation>每户至少1口人；请输入家庭人口数。</translation>
        </message>
        <message>
            <location filename="../app/domain/idnumber.py" line="100" />
            <location filename="../app/domain/idnumber.py" line="110" />
            <source>The spreadsheet stored the ID number as a number, which loses its last digits. Format the column as text and type the number again.</source>
            <translation>表格把身份证号码存成了数字，末尾几位已丢失。请把该列设为文本格式后重新输入号码。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="71" />
            <source>Choose the household that asks for the loan.</source>
            <translation>请选择申请贷款的农牧户。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="86" />
            <location filename="../app/services/roster/plan.py" line="725" />
            <source>Enter the amount asked, in yuan.</source>
            <translation>请输入申请金额（元）。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="107" />
            <source>The product {code} does not match the product checked.</source>
            <translation>贷款产品{code}与所核对的产品不一致。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="148" />
            <source>The {product} is for production use: note what the loan is for.</source>
            <translation>{product}限于生产用途：请注明贷款用途。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="88" />
            <source>The amount asked must be more than zero.</source>
            <translation>申请金额必须大于零。</translation>
        </message>
        <message>
            <location filename="../app/domain/loans.py" line="99" />
            <source>The term is a whole number of months, at least 1.</source>
            <translation>期限为整月数，至少1个月。</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="43" />
            <location filename="../app/domain/numbers.py" line="46" />
            <location filename="../app/domain/numbers.py" line="55" />
            <source>{value} is not a whole number.</source>
            <translation>{value}不是整数。</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="61" />
            <source>The number must be at least {minimum}; {value} was entered.</source>
            <translation>数字不能小于{minimum}；输入的是{value}。</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="40" />
            <source>Enter a whole number.</source>
            <translation>请输入整数。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="80" />
            <source>Choose the household that is rated.</source>
            <translation>请选择被评定的农牧户。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="97" />
            <source>A rating for {year} cannot be made on {rated_on}, before that year.</source>
            <translation>{year}年度的评定不能在{rated_on}（该年度之前）进行。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="146" />
            <source>Name the bank's rater: the bank and the village rate each household together.</source>
            <translation>请填写银行评定人：每户都由银行和村里共同评定。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="151" />
            <source>Name the village's rater: the bank and the village rate each household together.</source>
            <translation>请填写村评定人：每户都由银行和村里共同评定。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="92" />
            <source>Enter the year the rating is for, such as {year}.</source>
            <translation>请输入评定年度，如{year}。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="109" />
            <source>Give the points for {criterion} (0 to {max}).</source>
            <translation>请填写“{criterion}”的得分（0至{max}分）。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="122" />
            <source>The points for {criterion} must be from 0 to {max}; {points} was given.</source>
            <translation>“{criterion}”的得分须在0至{max}分之间；填写的是{points}。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="131" />
            <source>{criterion} is not a criterion of the score sheet.</source>
            <translation>“{criterion}”不是评分表中的项目。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="142" />
            <source>A score is from 0 to 100; {points} was given.</source>
            <translation>分数须在0至100之间；填写的是{points}。</translation>
        </message>
        <message>
            <location filename="../app/domain/ratings.py" line="170" />
            <source>The points add up to {score}, more than 100: the score sheet's maximum points must add up to 100.</source>
            <translation>各项得分合计{score}分，超过100分：评分表各项满分之和必须为100。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="84" />
            <source>Choose at least one topic the session was about.</source>
            <translation>请至少选择一个宣传主题。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="97" />
            <source>The language of a session must be Chinese, Tibetan or both; {value} was given.</source>
            <translation>宣传活动的语言须为中文、藏文或双语；填写的是{value}。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="115" />
            <source>The number of women ({count}) cannot be more than the total attendance ({total}).</source>
            <translation>女性人数（{count}）不能多于参加总人数（{total}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="119" />
            <source>The number of people from poor households ({count}) cannot be more than the total attendance ({total}).</source>
            <translation>贫困户人数（{count}）不能多于参加总人数（{total}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="131" />
            <source>The attendance ({total}) cannot be below the number of linked attendees ({attendees}). Raise the count or remove attendees from the list.</source>
            <translation>参加人数（{total}）不能少于已关联的参加户数（{attendees}）。请调高人数，或从名单中移除参加者。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="140" />
            <source>No attendance is recorded for this session.</source>
            <translation>本次宣传活动没有记录参加人数。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="89" />
            <source>{value} is not a topic of the list. Choose one from the list.</source>
            <translation>{value}不在宣传主题列表中。请从列表中选择。</translation>
        </message>
        <message>
            <location filename="../app/domain/sessions.py" line="108" />
            <source>A count cannot be negative.</source>
            <translation>人数或数量不能为负数。</translation>
        </message>
        <message>
            <location filename="../app/commands/backup.py" line="54" />
            <source>Backup written and checked: {path}</source>
            <translation>备份已写入并校验：{path}</translation>
        </message>
        <message>
            <location filename="../app/commands/backup.py" line="81" />
            <source>Restored from {file}. The register as it was before is kept in {aside}.</source>
            <translation>已从 {file} 恢复。恢复前的台账保存在 {aside}。</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="221" />
            <source>would be imported</source>
            <translation>将导入</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="221" />
            <source>imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="191" />
            <source>Sheet {sheet}, header in row {row}. Columns: {columns}</source>
            <translation>工作表 {sheet}，表头在第 {row} 行。列：{columns}</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="220" />
            <source>Rows read: {rows}</source>
            <translation>已读取行数：{rows}</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="224" />
            <source>Households {verb}: {created} new, {updated} updated ({unchanged} already up to date).</source>
            <translation>农牧户{verb}：新增 {created}，更新 {updated}（{unchanged} 户已是最新）。</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="233" />
            <source>Loan demands: {loans}. New villages: {villages}.</source>
            <translation>融资需求：{loans}。新增村：{villages}。</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="256" />
            <source>Skipped: {skipped}. Rows with errors: {errors}.</source>
            <translation>跳过：{skipped}。有错误的行：{errors}。</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="219" />
            <source>Dry run: nothing was written.</source>
            <translation>试运行：没有写入任何数据。</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="248" />
            <source>Duplicates ({count}, {action}): rows {rows}</source>
            <translation>重复（{count} 条，{action}）：第 {rows} 行</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="277" />
            <source>… and {count} more rows with errors (see the error list file).</source>
            <translation>……另有 {count} 行有错误（见错误清单文件）。</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="283" />
            <source>Nothing was imported: with --strict every row must be valid.</source>
            <translation>没有导入任何数据：使用 --strict 时每一行都必须有效。</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="169" />
            <location filename="../app/commands/import_roster.py" line="113" />
            <source>The {count} rows with errors were written to {path}.</source>
            <translation>{count} 行有错误的数据已写入 {path}。</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="94" />
            <source>{code} is not a loan product code. The codes are: {codes}.</source>
            <translation>{code} 不是贷款产品代码。可用代码为：{codes}。</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="251" />
            <source>skipped</source>
            <translation>已跳过</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="251" />
            <location filename="../app/services/sync.py" line="206" />
            <source>updated</source>
            <translation>已更新</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="272" />
            <source>Row {row}</source>
            <translation>第 {row} 行</translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="78" />
            <source>New password: </source>
            <translation>新密码：</translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="79" />
            <source>The same password again: </source>
            <translation>再次输入同一密码：</translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="81" />
            <source>The two passwords differ; nothing was changed.</source>
            <translation>两次输入的密码不一致；没有做任何修改。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="237" />
            <location filename="../app/cli.py" line="286" />
            <source>This register has accounts: give your account name with --user NAME.</source>
            <translation>此台账设有账户：请用 --user 名称 指定您的账户名。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="321" />
            <source>Password for {name}: </source>
            <translation>{name} 的密码：</translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="94" />
            <source>Account {name} created ({role}).</source>
            <translation>已创建账户 {name}（{role}）。</translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="132" />
            <source>The password of {name} was changed.</source>
            <translation>{name} 的密码已修改。</translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="147" />
            <source>Account {name}: done.</source>
            <translation>账户 {name}：已完成。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="35" />
            <source>Office head (administrator)</source>
            <translation>工作室负责人（管理员）</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="36" />
            <source>Village cadre</source>
            <translation>村干部</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="37" />
            <source>Bank officer</source>
            <translation>银行人员</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="56" />
            <source>change the registers</source>
            <translation>修改台账</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="57" />
            <source>record a bank decision on a loan demand (approve, grant, reject)</source>
            <translation>登记银行对融资需求的决定（审批、发放、拒绝）</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="58" />
            <source>give the bank's score of a credit rating</source>
            <translation>给出信用评级的银行评分</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="59" />
            <source>see full ID numbers</source>
            <translation>查看完整身份证号码</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="60" />
            <source>manage user accounts</source>
            <translation>管理用户账户</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="61" />
            <source>change the settings</source>
            <translation>修改设置</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="62" />
            <source>make a backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="63" />
            <source>restore a backup</source>
            <translation>恢复备份</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="64" />
            <source>read the audit log</source>
            <translation>查看审计日志</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="396" />
            <source>This account is locked after {n} wrong passwords. Try again in {minutes} minutes, or ask the office head to unlock it.</source>
            <translation>密码错误 {n} 次，此账户已被锁定。请 {minutes} 分钟后重试，或请工作室负责人解锁。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="67" />
            <source>The account name or the password is wrong.</source>
            <translation>账户名或密码错误。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="200" />
            <source>Type a password; an account cannot have an empty one.</source>
            <translation>请输入密码；账户密码不能为空。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="203" />
            <source>The password is too short: use at least {n} characters.</source>
            <translation>密码太短：至少使用 {n} 个字符。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="206" />
            <source>The password must not be the account name.</source>
            <translation>密码不能与账户名相同。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="216" />
            <source>Type a name for the account.</source>
            <translation>请输入账户名。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="218" />
            <source>An account name has at most 40 characters and no spaces.</source>
            <translation>账户名最多 40 个字符，且不能有空格。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="224" />
            <source>Choose a role: admin, cadre or bank_officer.</source>
            <translation>请选择角色：admin、cadre 或 bank_officer。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="255" />
            <source>The first account must be the office head's (role admin), so that someone can manage the others.</source>
            <translation>第一个账户必须是工作室负责人的（角色 admin），以便管理其他账户。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="261" />
            <source>There is already an account named {name}.</source>
            <translation>已有名为 {name} 的账户。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="326" />
            <location filename="../app/services/auth.py" line="349" />
            <location filename="../app/services/auth.py" line="362" />
            <location filename="../app/services/auth.py" line="303" />
            <source>There is no account named {name}.</source>
            <translation>没有名为 {name} 的账户。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="352" />
            <source>This is the last active admin account; create another admin before disabling it.</source>
            <translation>这是最后一个有效的管理员账户；停用前请先创建另一个管理员。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="364" />
            <source>This is the last active admin account; make another account admin first.</source>
            <translation>这是最后一个有效的管理员账户；请先把另一个账户设为管理员。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="440" />
            <source>This account is disabled. Ask the office head.</source>
            <translation>此账户已停用。请联系工作室负责人。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="457" />
            <source>The account name or the password is wrong. {left} tries left before the account is locked.</source>
            <translation>账户名或密码错误。再错 {left} 次账户将被锁定。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="160" />
            <source>The lock time must be between 1 and 1440 minutes.</source>
            <translation>锁定时间必须在 1 到 1440 分钟之间。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="164" />
            <source>The idle time must be between 0 (never) and 480 minutes.</source>
            <translation>空闲时间必须在 0（从不）到 480 分钟之间。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="331" />
            <source>The current password is wrong.</source>
            <translation>当前密码错误。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="168" />
            <location filename="../app/services/backup.py" line="531" />
            <source>There is no backup file at {path}.</source>
            <translation>{path} 处没有备份文件。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="463" />
            <source>{path} belongs to another office ({other}), not to this register's office ({mine}); it was not restored.</source>
            <translation>{path} 属于另一个工作室（{other}），不属于本台账的工作室（{mine}）；未恢复。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="181" />
            <source>{path} cannot be opened as a register ({detail}).</source>
            <translation>{path} 无法作为台账打开（{detail}）。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="196" />
            <source>{path} is damaged (integrity check: {detail}); it cannot be used.</source>
            <translation>{path} 已损坏（完整性检查：{detail}）；无法使用。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="202" />
            <source>{path} was made by a newer release of the program (schema {found}, this program knows {known}). Install the newer release to restore it.</source>
            <translation>{path} 由更新版本的程序生成（结构 {found}，本程序支持 {known}）。请安装新版本后再恢复。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="218" />
            <source>{path} holds no office register (no office profile); it cannot be used.</source>
            <translation>{path} 中没有工作室台账（无工作室信息）；无法使用。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="277" />
            <source>The backup folder {path} cannot be created ({detail}).</source>
            <translation>无法创建备份文件夹 {path}（{detail}）。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="491" />
            <source>The current register could not be kept aside ({detail}), so nothing was restored.</source>
            <translation>无法另存当前台账（{detail}），因此没有恢复任何内容。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="501" />
            <source>The backup could not be copied in ({detail}). The register as it was is kept in {aside}.</source>
            <translation>无法复制备份（{detail}）。原台账保存在 {aside}。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="190" />
            <source>{path} is not a register or it is damaged ({detail}); it cannot be used.</source>
            <translation>{path} 不是台账或已损坏（{detail}）；无法使用。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="302" />
            <source>The backup copy in {path} failed its check, so it was deleted; the register itself is unchanged. Try another folder or stick.</source>
            <translation>{path} 中的备份副本校验失败，已删除；台账本身未改变。请换一个文件夹或U盘重试。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="310" />
            <source>There is not enough free space in {path} for the backup. Nothing was written there and the register is unchanged; free some space or use another stick.</source>
            <translation>{path} 没有足够的空间存放备份。没有写入任何内容，台账未改变；请释放空间或换一个U盘。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="318" />
            <source>The backup could not be written to {path} ({detail}). The register is unchanged; check the folder or the stick and try again.</source>
            <translation>无法将备份写入 {path}（{detail}）。台账未改变；请检查文件夹或U盘后重试。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="485" />
            <source>There is not enough free space to keep the current register aside, so nothing was restored. Free some space and try again.</source>
            <translation>没有足够的空间另存当前台账，因此没有恢复任何内容。请释放空间后重试。</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="93" />
            <location filename="../app/services/indicators.py" line="101" />
            <source>The end date {end} is before the start date {start}.</source>
            <translation>结束日期 {end} 早于开始日期 {start}。</translation>
        </message>
        <message>
            <location filename="../app/services/indicators.py" line="91" />
            <source>A month is written as year-month, such as {example}.</source>
            <translation>月份的写法为 年-月，例如 {example}。</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="182" />
            <source>This is not an office key file of this program ({detail}).</source>
            <translation>这不是本程序的工作室密钥文件（{detail}）。</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="269" />
            <location filename="../app/services/keys.py" line="326" />
            <source>This key file is this office's own key.</source>
            <translation>此密钥文件是本工作室自己的密钥。</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="273" />
            <source>Office {code} ({name}) is under office {parent}, not under this office ({local}). Only offices directly below this one can be registered here.</source>
            <translation>工作室 {code}（{name}）隶属于工作室 {parent}，不隶属于本工作室（{local}）。这里只能登记本工作室的直属下级。</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="285" />
            <source>Office {code} is a {level} office; only lower-level offices can report to this one.</source>
            <translation>工作室 {code} 是{level}级工作室；只有下级工作室才能向本工作室报送。</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="204" />
            <source>The key file {path} cannot be read: {detail}.</source>
            <translation>无法读取密钥文件 {path}：{detail}。</translation>
        </message>
        <message>
            <location filename="../app/services/lock.py" line="269" />
            <location filename="../app/services/lock.py" line="285" />
            <location filename="../app/services/lock.py" line="288" />
            <source>network drive</source>
            <translation>网络驱动器</translation>
        </message>
        <message>
            <location filename="../app/services/lock.py" line="272" />
            <location filename="../app/services/lock.py" line="274" />
            <location filename="../app/services/lock.py" line="290" />
            <source>removable drive (USB stick or memory card)</source>
            <translation>可移动驱动器（U盘或存储卡）</translation>
        </message>
        <message>
            <location filename="../app/services/lock.py" line="301" />
            <source>The register {path} is on a {reason}. The program keeps its register only on this computer's own disk, because such drives can lose saved changes. Copy the file to the computer (or restore it from a backup) and open it there; use Backup to carry it on a stick.</source>
            <translation>台账 {path} 位于{reason}上。本程序只把台账放在本机磁盘上，因为这类驱动器可能丢失已保存的修改。请把文件复制到本机（或从备份恢复）后再打开；需要用U盘携带时请使用“备份”。</translation>
        </message>
        <message>
            <location filename="../app/services/lock.py" line="127" />
            <source>The register {path} is already open in another copy of the program. Close that copy first, then try again.</source>
            <translation>台账 {path} 已在另一个程序窗口中打开。请先关闭它，然后重试。</translation>
        </message>
        <message>
            <location filename="../app/services/lock.py" line="119" />
            <source>The register {path} is already open in another copy of the program ({holder}). Close that copy first, then try again.</source>
            <translation>台账 {path} 已在另一个程序窗口中打开（{holder}）。请先关闭它，然后重试。</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="31" />
            <location filename="../app/services/reports.py" line="245" />
            <source>Give the month as year-month, for example 2026-10.</source>
            <translation>请按 年-月 填写月份，例如 2026-10。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/__init__.py" line="231" />
            <source>No header row was found in the sheet {sheet} of {name}: none of its first rows names columns such as 户主姓名 or 身份证号码. Choose the header row and the columns in the import wizard.</source>
            <translation>在 {name} 的工作表 {sheet} 中找不到表头行：前几行都没有“户主姓名”“身份证号码”之类的列名。请在导入向导中选择表头行和列。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/__init__.py" line="242" />
            <source>The sheet {sheet} of {name} has no column for the household head's name or for the ID number, so its rows cannot be matched to households. Name the columns 户主姓名 and 身份证号码, or choose them in the import wizard.</source>
            <translation>{name} 的工作表 {sheet} 没有户主姓名列或身份证号码列，无法将各行对应到农牧户。请把列命名为“户主姓名”和“身份证号码”，或在导入向导中选择。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="36" />
            <source>Household head's name</source>
            <translation>户主姓名</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="66" />
            <source>Name in Tibetan script</source>
            <translation>藏文姓名</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="170" />
            <location filename="../app/registry.py" line="254" />
            <location filename="../app/services/cards.py" line="196" />
            <location filename="../app/services/report_document.py" line="485" />
            <location filename="../app/services/roster/columns.py" line="82" />
            <source>ID number</source>
            <translation>身份证号码</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="20" />
            <location filename="../app/registry.py" line="257" />
            <location filename="../app/services/cards.py" line="199" />
            <location filename="../app/services/roster/columns.py" line="109" />
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="260" />
            <location filename="../app/services/cards.py" line="202" />
            <location filename="../app/services/roster/columns.py" line="131" />
            <source>Household size</source>
            <translation>家庭人口</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="150" />
            <source>Workers</source>
            <translation>劳动力</translation>
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
            <translation>村</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="18" />
            <location filename="../app/registry.py" line="259" />
            <location filename="../app/services/cards.py" line="201" />
            <location filename="../app/services/roster/columns.py" line="162" />
            <source>Group</source>
            <translation>组</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="264" />
            <location filename="../app/services/cards.py" line="206" />
            <location filename="../app/services/roster/columns.py" line="168" />
            <source>Household status</source>
            <translation>农户类别</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="262" />
            <location filename="../app/services/cards.py" line="204" />
            <location filename="../app/services/roster/columns.py" line="188" />
            <source>Ethnicity</source>
            <translation>民族</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="191" />
            <source>Main industry</source>
            <translation>主要产业</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="206" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="357" />
            <location filename="../app/services/roster/columns.py" line="228" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="231" />
            <source>Loan amount</source>
            <translation>贷款金额</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="259" />
            <source>Loan term</source>
            <translation>贷款期限</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="28" />
            <location filename="../app/domain/visits.py" line="21" />
            <location filename="../app/registry.py" line="301" />
            <location filename="../app/services/cards.py" line="261" />
            <location filename="../app/services/report_document.py" line="487" />
            <location filename="../app/services/roster/columns.py" line="277" />
            <source>Loan product</source>
            <translation>贷款产品</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="283" />
            <source>Registration date</source>
            <translation>登记日期</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="302" />
            <location filename="../app/services/roster/columns.py" line="302" />
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="306" />
            <location filename="../app/services/roster/columns.py" line="308" />
            <source>Bank</source>
            <translation>银行</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="415" />
            <source>(not imported)</source>
            <translation>（不导入）</translation>
        </message>
        <message>
            <location filename="../app/services/roster/errors_xlsx.py" line="60" />
            <source>Row in the roster</source>
            <translation>花名册中的行</translation>
        </message>
        <message>
            <location filename="../app/services/roster/errors_xlsx.py" line="61" />
            <source>What to fix</source>
            <translation>需要改正的内容</translation>
        </message>
        <message>
            <location filename="../app/services/roster/errors_xlsx.py" line="113" />
            <location filename="../app/services/roster/errors_xlsx.py" line="39" />
            <source>Rows to fix</source>
            <translation>需要改正的行</translation>
        </message>
        <message>
            <location filename="../app/services/roster/plan.py" line="774" />
            <source>No registration date: the demand is registered with today's date.</source>
            <translation>没有登记日期：需求按今天的日期登记。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/plan.py" line="604" />
            <source>{value} is not an ethnicity of the list; it is recorded as Other.</source>
            <translation>{value} 不在民族列表中；记为“其他”。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/plan.py" line="621" />
            <source>{value} is not an industry of the list; it is recorded as Other.</source>
            <translation>{value} 不在产业列表中；记为“其他”。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/plan.py" line="675" />
            <location filename="../app/services/roster/plan.py" line="744" />
            <source>{value} is not a loan product of the list. Write one of: {products}.</source>
            <translation>{value} 不在贷款产品列表中。请填写以下之一：{products}。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/plan.py" line="758" />
            <source>The row asks for a loan but names no loan product. Add a product column, or choose the product for rows without one.</source>
            <translation>该行申请贷款但没有写贷款产品。请增加产品列，或为没有产品的行选择产品。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="164" />
            <source>{name} contains macros. Macros are never run here: open it in Excel or WPS, save it as an .xlsx workbook without macros, and import that file.</source>
            <translation>{name} 含有宏。本程序从不运行宏：请在 Excel 或 WPS 中打开，另存为不含宏的 .xlsx 工作簿，再导入该文件。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="210" />
            <source>{name} is not a spreadsheet, whatever its name says (it may be damaged, or another kind of file). Open it in Excel or WPS and save it as an .xlsx workbook.</source>
            <translation>不管文件名如何，{name} 都不是电子表格（可能已损坏，或是其他类型的文件）。请在 Excel 或 WPS 中打开并另存为 .xlsx 工作簿。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="291" />
            <source>{name} would unpack to {size_mb} MB, far more than a roster holds (at most {max_mb} MB, or {ratio} times its size). It was not opened. If it really is a roster, save it again in Excel or WPS.</source>
            <translation>{name} 解压后有 {size_mb} MB，远超花名册应有的大小（最多 {max_mb} MB，或其大小的 {ratio} 倍）。未打开该文件。如果它确实是花名册，请在 Excel 或 WPS 中重新保存。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="97" />
            <source>The file {name} was not found. Choose the roster file again.</source>
            <translation>找不到文件 {name}。请重新选择花名册文件。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="108" />
            <source>{name} is a workbook that can hold macros ({suffix}). Macros are never run here: open it in Excel or WPS, save it as an .xlsx workbook, and import that file.</source>
            <translation>{name} 是可含宏的工作簿（{suffix}）。本程序从不运行宏：请在 Excel 或 WPS 中打开，另存为 .xlsx 工作簿，再导入该文件。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/reader.py" line="293" />
            <location filename="../app/services/roster/safety.py" line="118" />
            <source>{name} is not a spreadsheet this program reads. Save the roster as .xlsx, .xls or .ods.</source>
            <translation>本程序无法读取 {name} 这种表格。请将花名册保存为 .xlsx、.xls 或 .ods。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="124" />
            <source>{name} is {size_mb} MB; rosters up to {max_mb} MB are read. Split the roster into smaller files.</source>
            <translation>{name} 大小为 {size_mb} MB；只能读取不超过 {max_mb} MB 的花名册。请把花名册拆分成较小的文件。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="192" />
            <source>{name} is a web page saved with a spreadsheet's name, not a workbook. Open it in Excel or WPS, save it as an .xlsx workbook, and import that file.</source>
            <translation>{name} 是以表格文件名保存的网页，不是工作簿。请在 Excel 或 WPS 中打开，另存为 .xlsx 工作簿，再导入该文件。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="200" />
            <source>{name} is named .xls but is a newer .xlsx workbook. Rename it to end in .xlsx and import it again.</source>
            <translation>{name} 的扩展名是 .xls，但实际上是较新的 .xlsx 工作簿。请把扩展名改为 .xlsx 后重新导入。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="205" />
            <source>{name} is named {suffix} but is an old .xls workbook. Rename it to end in .xls and import it again.</source>
            <translation>{name} 的扩展名是 {suffix}，但实际上是旧的 .xls 工作簿。请把扩展名改为 .xls 后重新导入。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="625" />
            <source>The sheet {sheet} of {name} has {rows} rows; at most {max_rows} are imported at once. Split the roster into smaller files.</source>
            <translation>{name} 的工作表 {sheet} 有 {rows} 行；一次最多导入 {max_rows} 行。请把花名册拆分成较小的文件。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="636" />
            <source>The sheet {sheet} of {name} reaches column {columns} and row {rows}: far more than a roster needs. Delete the cells far right or far below the roster (or copy the roster to a new sheet) and try again.</source>
            <translation>{name} 的工作表 {sheet} 延伸到第 {columns} 列、第 {rows} 行，远超花名册所需。请删除花名册右侧或下方很远处的单元格（或把花名册复制到新工作表）后重试。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="223" />
            <location filename="../app/services/roster/safety.py" line="282" />
            <source>{name} is damaged: its contents cannot be unpacked. Open it in Excel or WPS and save it again.</source>
            <translation>{name} 已损坏：内容无法解压。请在 Excel 或 WPS 中打开并重新保存。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="241" />
            <source>{name} is a zip archive, not an Excel workbook. Open the roster in Excel or WPS and save it as an .xlsx workbook.</source>
            <translation>{name} 是 zip 压缩包，不是 Excel 工作簿。请在 Excel 或 WPS 中打开花名册并另存为 .xlsx 工作簿。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="254" />
            <source>{name} is a zip archive, not an OpenDocument spreadsheet. Open it and save it as .xlsx or .ods.</source>
            <translation>{name} 是 zip 压缩包，不是 OpenDocument 电子表格。请打开后另存为 .xlsx 或 .ods。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="234" />
            <source>{name} is named .xlsx but is an OpenDocument (.ods) spreadsheet. Rename it to end in .ods and import it again.</source>
            <translation>{name} 的扩展名是 .xlsx，但实际上是 OpenDocument（.ods）电子表格。请把扩展名改为 .ods 后重新导入。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="250" />
            <source>{name} is named .ods but is an .xlsx workbook. Rename it to end in .xlsx and import it again.</source>
            <translation>{name} 的扩展名是 .ods，但实际上是 .xlsx 工作簿。请把扩展名改为 .xlsx 后重新导入。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/books.py" line="63" />
            <location filename="../app/services/roster/safety.py" line="146" />
            <location filename="../app/services/roster/safety.py" line="275" />
            <source>{name} is protected by a password. Open it in Excel or WPS, remove the password, save it, and import it again.</source>
            <translation>{name} 受密码保护。请在 Excel 或 WPS 中打开，取消密码并保存后重新导入。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/values.py" line="93" />
            <source>{value} is not a whole number of months.</source>
            <translation>{value} 不是整数个月。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/values.py" line="76" />
            <location filename="../app/services/roster/values.py" line="86" />
            <source>{value} is not a term. Enter the number of months, such as 36.</source>
            <translation>{value} 不是期限。请输入月数，例如 36。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/books.py" line="161" />
            <location filename="../app/services/roster/csv_book.py" line="128" />
            <source>Every sheet of {name} is empty.</source>
            <translation>{name} 的所有工作表都是空的。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="613" />
            <source>{name} has no sheet called {sheet}. Its sheets are: {sheets}.</source>
            <translation>{name} 中没有名为 {sheet} 的工作表。其工作表有：{sheets}。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/books.py" line="160" />
            <source>{name} has no sheets.</source>
            <translation>{name} 中没有工作表。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/books.py" line="70" />
            <location filename="../app/services/roster/csv_book.py" line="118" />
            <location filename="../app/services/roster/reader.py" line="317" />
            <source>{name} cannot be read as a spreadsheet ({detail}). Open it in Excel or WPS and save it again as .xlsx.</source>
            <translation>{name} 无法作为电子表格读取（{detail}）。请在 Excel 或 WPS 中打开并重新另存为 .xlsx。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/books.py" line="120" />
            <source>The sheet {sheet} of {name} cannot be read ({detail}). Open the file in Excel or WPS and save it again as .xlsx.</source>
            <translation>无法读取 {name} 的工作表 {sheet}（{detail}）。请在 Excel 或 WPS 中打开该文件并重新另存为 .xlsx。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="562" />
            <source>The package is damaged or incomplete (it is not a readable sync package). Copy it again from the sending office.</source>
            <translation>数据包已损坏或不完整（不是可读取的同步数据包）。请从发送方工作室重新复制。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="631" />
            <source>There is no package file at {path}.</source>
            <translation>{path} 处没有数据包文件。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="700" />
            <location filename="../app/services/sync.py" line="628" />
            <location filename="../app/services/sync_package.py" line="753" />
            <source>This file is not a sync package of this program.</source>
            <translation>此文件不是本程序的同步数据包。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="757" />
            <source>The package is in format version {found}; this program reads version {known}. Use the same release of the program at both offices.</source>
            <translation>数据包格式版本为 {found}；本程序读取版本 {known}。请两个工作室使用相同版本的程序。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="385" />
            <location filename="../app/services/sync_package.py" line="778" />
            <source>The package's manifest is incomplete; it was not made by this program or it is damaged.</source>
            <translation>数据包清单不完整；它不是本程序生成的，或已损坏。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="162" />
            <source>The package is encrypted but incomplete (the file was cut short). Copy it again from the sending office.</source>
            <translation>数据包已加密但不完整（文件被截断）。请从发送方工作室重新复制。</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="204" />
            <location filename="../app/services/sync_package.py" line="173" />
            <source>The package is encrypted in a format this program does not know. Update the program or ask for a new package.</source>
            <translation>数据包的加密格式本程序无法识别。请更新程序或索取新的数据包。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="179" />
            <source>The package is encrypted. Give the passphrase the sending office used.</source>
            <translation>数据包已加密。请输入发送方工作室使用的口令。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="674" />
            <source>The package has no manifest or no signature; it was not made by this program or it is damaged.</source>
            <translation>数据包没有清单或签名；它不是本程序生成的，或已损坏。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="716" />
            <source>The package holds files its manifest does not list ({names}); it was altered.</source>
            <translation>数据包中含有清单未列出的文件（{names}）；数据包已被改动。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="200" />
            <source>The package could not be decrypted: the passphrase is wrong, or the file was damaged or altered on the way. Check the passphrase; if it is right, ask for the package again.</source>
            <translation>无法解密数据包：口令错误，或文件在传递中损坏或被改动。请检查口令；如口令正确，请重新索取数据包。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="722" />
            <source>The package lacks {name}, which its manifest lists; it is incomplete.</source>
            <translation>数据包缺少清单中列出的 {name}；数据包不完整。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="734" />
            <source>The contents of {name} do not match the package's manifest: the package was damaged or altered.</source>
            <translation>{name} 的内容与数据包清单不符：数据包已损坏或被改动。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="39" />
            <source>The disk is full, so the change was not saved; everything saved before is still there. Free some space on the disk, then try again.</source>
            <translation>磁盘已满，本次修改未保存；之前保存的内容都还在。请释放磁盘空间后重试。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="46" />
            <source>The disk could not be written ({detail}), so the change was not saved; everything saved before is still there. Check the disk, then try again.</source>
            <translation>无法写入磁盘（{detail}），本次修改未保存；之前保存的内容都还在。请检查磁盘后重试。</translation>
        </message>
        <message>
            <location filename="../app/domain/privacy.py" line="19" />
            <source>Your account is not allowed to export full ID numbers; the export shows them masked (632122********1234).</source>
            <translation>您的账户无权导出完整身份证号码；导出文件中显示为遮蔽形式（632122********1234）。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/errors_xlsx.py" line="121" />
            <location filename="../exports/pdf/layout.py" line="26" />
            <location filename="../exports/xlsx/print_setup.py" line="27" />
            <source>Page {page} of {pages}</source>
            <translation>第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <location filename="../exports/pdf/layout.py" line="27" />
            <source>Page {page}</source>
            <translation>第 {page} 页</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="38" />
            <location filename="../exports/pdf/layout.py" line="176" />
            <source>Prepared by</source>
            <translation>填报人</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="38" />
            <location filename="../exports/pdf/layout.py" line="176" />
            <source>Reviewed by</source>
            <translation>审核人</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="26" />
            <location filename="../app/services/cards.py" line="46" />
            <location filename="../app/services/report_document.py" line="38" />
            <location filename="../app/services/report_document.py" line="483" />
            <location filename="../exports/pdf/layout.py" line="176" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="80" />
            <source>Loan pipeline in the month (number of demands)</source>
            <translation>本月贷款办理进度（需求笔数）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="51" />
            <source>Villages: loans</source>
            <translation>各村：贷款</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="52" />
            <source>Villages: sessions, complaints and credit</source>
            <translation>各村：宣传培训、投诉和信用</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="81" />
            <source>Annex: loan steps in the month</source>
            <translation>附件：本月贷款办理环节</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="82" />
            <source>No loan steps were recorded in this month.</source>
            <translation>本月没有登记贷款办理环节。</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="144" />
            <location filename="../app/registry.py" line="220" />
            <location filename="../app/services/report_document.py" line="110" />
            <source>Households</source>
            <translation>农牧户</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="111" />
            <source>Demands registered</source>
            <translation>登记需求</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="304" />
            <location filename="../app/services/cards.py" line="262" />
            <location filename="../app/services/report_document.py" line="112" />
            <source>Amount asked (yuan)</source>
            <translation>需求金额（元）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="115" />
            <source>Granted</source>
            <translation>已发放</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="312" />
            <location filename="../app/services/cards.py" line="264" />
            <location filename="../app/services/report_document.py" line="116" />
            <source>Amount granted (yuan)</source>
            <translation>发放金额（元）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="120" />
            <source>530 outstanding</source>
            <translation>530 贷款余额</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="121" />
            <source>530 outstanding (yuan)</source>
            <translation>530 贷款余额（元）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="122" />
            <location filename="../app/services/report_document.py" line="306" />
            <source>Sessions</source>
            <translation>场次</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="352" />
            <location filename="../app/services/report_document.py" line="123" />
            <location filename="../app/services/report_document.py" line="306" />
            <location filename="../app/services/report_document.py" line="297" />
            <source>Attendance</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="353" />
            <location filename="../app/services/report_document.py" line="124" />
            <source>Women</source>
            <translation>妇女</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="354" />
            <location filename="../app/services/report_document.py" line="125" />
            <source>Poor households</source>
            <translation>贫困户</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="126" />
            <source>Complaints received</source>
            <translation>受理投诉</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="127" />
            <source>Complaints resolved</source>
            <translation>办结投诉</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="128" />
            <source>Complaints overdue</source>
            <translation>逾期投诉</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="129" />
            <location filename="../app/services/report_document.py" line="430" />
            <location filename="../app/services/report_document.py" line="337" />
            <source>Credit households</source>
            <translation>信用户</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="19" />
            <location filename="../app/registry.py" line="144" />
            <location filename="../app/services/report_document.py" line="484" />
            <source>Household</source>
            <translation>农户</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="259" />
            <location filename="../app/services/report_document.py" line="488" />
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="31" />
            <location filename="../app/services/report_document.py" line="259" />
            <location filename="../app/services/report_document.py" line="263" />
            <location filename="../app/services/report_document.py" line="489" />
            <location filename="../app/services/report_document.py" line="280" />
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="23" />
            <source>Monthly report</source>
            <translation>月报</translation>
        </message>
        <message>
            <source>Monthly report of the dual-base office</source>
            <translation type="vanished">双基联动工作室月报</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="31" />
            <source>Period</source>
            <translation>期间</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="32" />
            <source>Offices included</source>
            <translation>纳入统计的机构</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="33" />
            <source>Made on</source>
            <translation>制表日期</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="54" />
            <source>Credit village</source>
            <translation>信用村</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="55" />
            <source>No village given</source>
            <translation>未填村</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="56" />
            <source>Total</source>
            <translation>合计</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="57" />
            <source>yes</source>
            <translation>是</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="57" />
            <source>no</source>
            <translation>否</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="113" />
            <source>Referred</source>
            <translation>已推荐</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="114" />
            <source>Approved</source>
            <translation>已审批</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="117" />
            <source>Rejected</source>
            <translation>已拒绝</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="118" />
            <source>Withdrawn</source>
            <translation>已撤回</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="119" />
            <source>530 granted</source>
            <translation>530 贷款发放</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="74" />
            <source>Loan demands in the month</source>
            <translation>本月融资需求</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="262" />
            <source>530 credit loans</source>
            <translation>530 信用贷款</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="293" />
            <source>Financial literacy sessions</source>
            <translation>金融知识宣传培训</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="305" />
            <source>Sessions by language</source>
            <translation>按语言统计的场次</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="150" />
            <location filename="../app/registry.py" line="363" />
            <location filename="../app/services/cards.py" line="280" />
            <location filename="../app/services/report_document.py" line="312" />
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="326" />
            <source>Complaints by business type (JR/T 0169)</source>
            <translation>按业务类型统计的投诉（JR/T 0169）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="333" />
            <source>Credit households and villages</source>
            <translation>信用户和信用村</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="259" />
            <location filename="../app/services/report_document.py" line="263" />
            <location filename="../app/services/report_document.py" line="294" />
            <location filename="../app/services/report_document.py" line="313" />
            <location filename="../app/services/report_document.py" line="334" />
            <location filename="../app/services/report_document.py" line="280" />
            <source>Number</source>
            <translation>数量</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="263" />
            <location filename="../app/services/report_document.py" line="294" />
            <location filename="../app/services/report_document.py" line="313" />
            <location filename="../app/services/report_document.py" line="334" />
            <location filename="../app/services/report_document.py" line="280" />
            <source>Item</source>
            <translation>项目</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="349" />
            <location filename="../app/services/cards.py" line="275" />
            <location filename="../app/services/report_document.py" line="306" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="393" />
            <location filename="../app/services/cards.py" line="283" />
            <location filename="../app/services/report_document.py" line="327" />
            <source>Business type</source>
            <translation>业务类型</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="66" />
            <location filename="../app/services/report_document.py" line="327" />
            <source>Received</source>
            <translation>已受理</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="66" />
            <location filename="../app/services/report_document.py" line="327" />
            <source>Resolved</source>
            <translation>已办结</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="12" />
            <location filename="../app/services/report_document.py" line="66" />
            <location filename="../app/services/report_document.py" line="327" />
            <source>Overdue</source>
            <translation>逾期</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="75" />
            <source>Granted in the month</source>
            <translation>本月发放</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="76" />
            <source>Outstanding at month end</source>
            <translation>月末余额</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="296" />
            <source>Sessions held</source>
            <translation>举办场次</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="298" />
            <source>of whom women</source>
            <translation>其中妇女</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="299" />
            <source>of whom from poor households</source>
            <translation>其中贫困户</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="77" />
            <source>Received in the month</source>
            <translation>本月受理</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="78" />
            <source>Resolved in the month</source>
            <translation>本月办结</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="79" />
            <source>Overdue at month end</source>
            <translation>月末逾期</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="336" />
            <source>Households on the register</source>
            <translation>在册农牧户</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="431" />
            <location filename="../app/services/report_document.py" line="338" />
            <source>Credit villages</source>
            <translation>信用村</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="339" />
            <source>Villages assessed</source>
            <translation>参评村数</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="328" />
            <source>none</source>
            <translation>无</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="67" />
            <source>The USB stick (or disk) is full: {name} was not saved. Free some space or use another stick, then export again.</source>
            <translation>U盘（或磁盘）已满：{name} 未保存。请释放空间或换一个U盘后重新导出。</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="71" />
            <source>The USB stick was removed (or its folder disappeared) while {name} was being written: the file was not saved. Put the stick back in and export again.</source>
            <translation>写入 {name} 时U盘被拔出（或其文件夹消失）：文件未保存。请重新插入U盘后再次导出。</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="75" />
            <source>The USB stick is write-protected or read-only: {name} was not saved. Unlock the stick or choose another place.</source>
            <translation>U盘有写保护或为只读：{name} 未保存。请解除U盘锁定或选择其他位置。</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="78" />
            <source>{name} reads back differently from what was written, so the stick may be failing. The file was removed; export again to another stick.</source>
            <translation>{name} 读回的内容与写入的不一致，U盘可能已损坏。文件已删除；请导出到另一个U盘。</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="90" />
            <source>{name} could not be written: {detail}. Check the stick or the folder and export again.</source>
            <translation>无法写入 {name}：{detail}。请检查U盘或文件夹后重新导出。</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="145" />
            <location filename="../app/registry.py" line="272" />
            <source>Loan demands</source>
            <translation>融资需求</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="24" />
            <source>Loan steps</source>
            <translation>贷款办理环节</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="148" />
            <location filename="../app/registry.py" line="323" />
            <source>Literacy sessions</source>
            <translation>金融知识宣传培训</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="152" />
            <location filename="../app/registry.py" line="409" />
            <location filename="../app/services/cards.py" line="293" />
            <source>Credit ratings</source>
            <translation>信用评级</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="168" />
            <source>Household (Chinese)</source>
            <translation>农牧户（中文）</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="169" />
            <source>Household (Tibetan)</source>
            <translation>农牧户（藏文）</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="252" />
            <location filename="../app/services/cards.py" line="194" />
            <source>Name (Chinese)</source>
            <translation>姓名（中文）</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="253" />
            <location filename="../app/services/cards.py" line="195" />
            <source>Name (Tibetan)</source>
            <translation>姓名（藏文）</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="255" />
            <location filename="../app/services/cards.py" line="197" />
            <source>Sex</source>
            <translation>性别</translation>
        </message>
        <message>
            <location filename="../app/domain/privacy.py" line="48" />
            <location filename="../app/registry.py" line="256" />
            <location filename="../app/services/cards.py" line="198" />
            <source>Birth date</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="261" />
            <location filename="../app/services/cards.py" line="203" />
            <source>Labourers</source>
            <translation>劳动力</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="263" />
            <location filename="../app/services/cards.py" line="205" />
            <source>Preferred language</source>
            <translation>常用语言</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="265" />
            <location filename="../app/registry.py" line="303" />
            <location filename="../app/services/cards.py" line="207" />
            <source>Industry</source>
            <translation>产业</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="266" />
            <location filename="../app/registry.py" line="299" />
            <location filename="../app/services/cards.py" line="208" />
            <location filename="../app/services/cards.py" line="260" />
            <source>Registered on</source>
            <translation>登记日期</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="305" />
            <source>Term (months)</source>
            <translation>期限（月）</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="307" />
            <location filename="../app/registry.py" line="397" />
            <location filename="../app/services/cards.py" line="263" />
            <location filename="../app/services/cards.py" line="285" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="308" />
            <location filename="../app/registry.py" line="398" />
            <source>Status date</source>
            <translation>状态日期</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="309" />
            <source>Referred on</source>
            <translation>推荐日期</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="310" />
            <source>Decided on</source>
            <translation>决定日期</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="311" />
            <source>Granted on</source>
            <translation>发放日期</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="313" />
            <location filename="../app/services/cards.py" line="265" />
            <source>Interest rate</source>
            <translation>利率</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="314" />
            <location filename="../app/services/cards.py" line="266" />
            <source>Maturity</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="315" />
            <source>Interest subsidy (yuan)</source>
            <translation>贴息（元）</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="316" />
            <source>Repaid on</source>
            <translation>还清日期</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="33" />
            <location filename="../app/registry.py" line="317" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="29" />
            <source>From status</source>
            <translation>原状态</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="30" />
            <source>To status</source>
            <translation>新状态</translation>
        </message>
        <message>
            <location filename="../app/domain/report_document.py" line="32" />
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="345" />
            <location filename="../app/services/cards.py" line="275" />
            <source>Held on</source>
            <translation>举办日期</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="347" />
            <location filename="../app/services/cards.py" line="275" />
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="348" />
            <location filename="../app/services/cards.py" line="275" />
            <source>Topics</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="350" />
            <source>Presenters</source>
            <translation>主讲人</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="351" />
            <source>Volunteers</source>
            <translation>志愿者</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="355" />
            <source>Materials handed out</source>
            <translation>发放资料数</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="356" />
            <source>Materials</source>
            <translation>资料</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="385" />
            <location filename="../app/services/cards.py" line="282" />
            <source>Received on</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="386" />
            <source>Received via</source>
            <translation>受理渠道</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="388" />
            <source>Complainant</source>
            <translation>投诉人</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="389" />
            <source>Complainant phone</source>
            <translation>投诉人电话</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="390" />
            <source>Institution</source>
            <translation>机构</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="391" />
            <location filename="../app/services/cards.py" line="284" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="392" />
            <source>Business channel</source>
            <translation>业务办理渠道</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="394" />
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="395" />
            <source>Handler</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="23" />
            <location filename="../app/registry.py" line="396" />
            <source>Due on</source>
            <translation>到期日</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="399" />
            <source>Transferred to</source>
            <translation>转交至</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="400" />
            <location filename="../app/services/cards.py" line="286" />
            <source>Resolved on</source>
            <translation>办结日期</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="401" />
            <source>Closed on</source>
            <translation>结案日期</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="402" />
            <source>Outcome</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="403" />
            <location filename="../app/services/cards.py" line="287" />
            <source>Satisfaction</source>
            <translation>满意度</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="428" />
            <location filename="../app/services/cards.py" line="294" />
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="430" />
            <location filename="../app/services/cards.py" line="294" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="431" />
            <location filename="../app/services/cards.py" line="294" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="432" />
            <source>Bank score</source>
            <translation>银行评分</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="433" />
            <source>Village score</source>
            <translation>村评分</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="434" />
            <location filename="../app/services/cards.py" line="294" />
            <source>Bank rater</source>
            <translation>银行评定人</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="435" />
            <location filename="../app/services/cards.py" line="294" />
            <source>Village rater</source>
            <translation>村评定人</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="436" />
            <location filename="../app/services/cards.py" line="294" />
            <source>Rated on</source>
            <translation>评定日期</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="143" />
            <location filename="../app/services/report_document.py" line="53" />
            <source>Villages</source>
            <translation>村</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="34" />
            <source>Indicators</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../app/commands/offices.py" line="54" />
            <source>Key fingerprint of office {code}: {fingerprint}</source>
            <translation>工作室 {code} 的密钥指纹：{fingerprint}</translation>
        </message>
        <message>
            <location filename="../app/commands/offices.py" line="72" />
            <source>Registered office {code} ({name}) below this office.</source>
            <translation>已将工作室 {code}（{name}）登记为本工作室的下级。</translation>
        </message>
        <message>
            <location filename="../app/commands/offices.py" line="86" />
            <source>Key fingerprint: {fingerprint} — compare it with the one the office reads out.</source>
            <translation>密钥指纹：{fingerprint} — 请与该工作室念出的指纹核对。</translation>
        </message>
        <message>
            <location filename="../app/commands/offices.py" line="93" />
            <source>This replaces the key registered before (fingerprint {old}).</source>
            <translation>这将替换之前登记的密钥（指纹 {old}）。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="100" />
            <source>The passphrase file {path} is empty.</source>
            <translation>口令文件 {path} 是空的。</translation>
        </message>
        <message>
            <source>Package {sequence} for {period}: {total} records, {audit} audit entries{enc}. The file is written and checked; the USB stick can be removed.</source>
            <translation type="vanished">{period} 的第 {sequence} 号数据包：{total} 条记录，{audit} 条审计记录{enc}。文件已写入并校验；可以拔出U盘。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="257" />
            <source>Packages for {month} (due {due}):</source>
            <translation>{month} 的数据包（截止 {due}）：</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="264" />
            <source>sent</source>
            <translation>已发送</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="97" />
            <source>The passphrase file {path} cannot be read.</source>
            <translation>无法读取口令文件 {path}。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="154" />
            <source>{n} of {total} packages were rejected.</source>
            <translation>{total} 个数据包中有 {n} 个被拒收。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="264" />
            <source>OVERDUE</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="264" />
            <source>not yet sent</source>
            <translation>尚未发送</translation>
        </message>
        <message>
            <source>, encrypted</source>
            <translation type="vanished">，已加密</translation>
        </message>
        <message>
            <location filename="../app/domain/errors.py" line="184" />
            <source>This record belongs to office {office} and is read-only here: it is changed at that office and arrives with its sync package.</source>
            <translation>此记录属于工作室 {office}，在此处只读：它在该工作室修改，并随其同步数据包传来。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="180" />
            <source>Imported {file} from office {sender} ({name}), package {sequence}, period {period}.</source>
            <translation>已导入来自工作室 {sender}（{name}）的 {file}，第 {sequence} 号数据包，期间 {period}。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="182" />
            <source>Checked {file} from office {sender} ({name}), package {sequence}, period {period} (dry run: nothing was stored).</source>
            <translation>已检查来自工作室 {sender}（{name}）的 {file}，第 {sequence} 号数据包，期间 {period}（试运行：未保存任何内容）。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="347" />
            <source>The period is a month written YYYY-MM, for example 2026-11.</source>
            <translation>期间为月份，写作 YYYY-MM，例如 2026-11。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="125" />
            <source>The folder {path} does not exist.</source>
            <translation>文件夹 {path} 不存在。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="770" />
            <source>This package was made by this office itself; import it at the office above.</source>
            <translation>此数据包是本工作室自己生成的；请在上级工作室导入。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="774" />
            <source>Office {code} ({name}) is not registered here as a subordinate office. Register its key first (offices add-subordinate), then import again.</source>
            <translation>工作室 {code}（{name}）未在此登记为下级工作室。请先登记其密钥（offices add-subordinate），然后重新导入。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="788" />
            <source>Office {code} ({name}) is not below this office; its package is not imported here.</source>
            <translation>工作室 {code}（{name}）不是本工作室的下级；其数据包不在此导入。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="748" />
            <source>The package's signature does not match the key registered for office {code} ({name}): the package was altered, or another office made it.</source>
            <translation>数据包的签名与工作室 {code}（{name}）登记的密钥不符：数据包被改动过，或由其他工作室生成。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="859" />
            <location filename="../app/services/sync_down.py" line="605" />
            <source>The package holds tables this program does not know ({names}); use the same release of the program at both offices.</source>
            <translation>数据包中含有本程序不认识的表（{names}）；请两个工作室使用相同版本的程序。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="884" />
            <source>This package was already imported on {at}; importing it again changes nothing.</source>
            <translation>此数据包已于 {at} 导入；再次导入不会有任何改变。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1148" />
            <source>The package carries records of office {code}, which is not the sending office nor below it ({table}); it is not imported.</source>
            <translation>数据包中有工作室 {code} 的记录，该工作室既不是发送方也不是其下级（{table}）；不予导入。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="923" />
            <source>Package {sequence} is older than package {previous} already imported from this office; only what is newer than the records here is taken.</source>
            <translation>第 {sequence} 号数据包早于已从该工作室导入的第 {previous} 号；只采用比此处记录更新的内容。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1518" />
            <source>The audit trail of office {code} in this package is broken: an entry was altered or removed at the sending office. The records were imported; check that office's register (command: check).</source>
            <translation>此数据包中工作室 {code} 的审计链已断裂：发送方工作室有记录被改动或删除。记录已导入；请检查该工作室的台账（命令：check）。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="179" />
            <location filename="../app/services/sync_down.py" line="339" />
            <source>REJECTED {file}: {reason}</source>
            <translation>已拒收 {file}：{reason}</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="217" />
            <location filename="../app/services/sync_down.py" line="340" />
            <source>Nothing from this package was stored.</source>
            <translation>此数据包的内容均未保存。</translation>
        </message>
        <message>
            <source>Packages {first} to {last} of office {code} have not arrived here (a gap in its package numbers). Ask the office for them.</source>
            <translation type="vanished">工作室 {code} 的第 {first} 至 {last} 号数据包尚未到达（数据包编号有缺口）。请向该工作室索取。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1166" />
            <source>A row of {table} in the package has no id or version; the package is damaged.</source>
            <translation>数据包中 {table} 的某行没有 id 或版本号；数据包已损坏。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1558" />
            <source>The package refers to records that are not here ({table} {record_id} needs a {parent} record). Import the office's earlier packages first, then this one.</source>
            <translation>数据包引用了此处没有的记录（{table} {record_id} 需要一条 {parent} 记录）。请先导入该工作室较早的数据包，再导入此包。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="218" />
            <source>Warning: {text}</source>
            <translation>警告：{text}</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="258" />
            <source>Conflict: {table} {record_id} — same version, different content; the record here was kept.</source>
            <translation>冲突：{table} {record_id} — 版本相同但内容不同；保留了此处的记录。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="264" />
            <source>… and {n} more conflicts.</source>
            <translation>……另有 {n} 处冲突。</translation>
        </message>
        <message>
            <source>table</source>
            <translation type="vanished">表</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="206" />
            <source>new</source>
            <translation>新增</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="206" />
            <source>unchanged</source>
            <translation>未变</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="206" />
            <source>conflicts</source>
            <translation>冲突</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1472" />
            <source>The audit trail of office {code} starts in the middle here: its earlier entries came in no package imported here.</source>
            <translation>工作室 {code} 的审计链在此处从中间开始：其较早的记录不在此处导入的任何数据包中。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1480" />
            <source>The audit entries of office {code} do not follow on from the ones already here (a package is missing or came out of order).</source>
            <translation>工作室 {code} 的审计记录与此处已有的记录接续不上（缺少数据包或顺序错乱）。</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="35" />
            <source>Household financial services record card</source>
            <translation>农户金融服务档案卡</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="36" />
            <source>Printed on</source>
            <translation>打印日期</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="37" />
            <source>None on record.</source>
            <translation>无记录。</translation>
        </message>
        <message>
            <source>continued</source>
            <translation type="vanished">续</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="258" />
            <source>Loan demands and their history</source>
            <translation>融资需求及办理经过</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="274" />
            <source>Literacy sessions attended</source>
            <translation>参加的金融知识宣传培训</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="267" />
            <source>History</source>
            <translation>办理经过</translation>
        </message>
        <message>
            <location filename="../app/commands/report.py" line="114" />
            <source>Written and checked: {path}. A USB stick can now be removed.</source>
            <translation>已写入并校验：{path}。现在可以拔出U盘。</translation>
        </message>
        <message>
            <location filename="../app/commands/report.py" line="217" />
            <source>No household matches; no file was written.</source>
            <translation>没有符合条件的农牧户；未生成文件。</translation>
        </message>
        <message>
            <location filename="../app/commands/report.py" line="161" />
            <source>{n} characters have no installed font and were printed as placeholders.</source>
            <translation>有 {n} 个字符没有已安装的字体，已用占位符打印。</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="142" />
            <source>Offices</source>
            <translation>工作室</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="146" />
            <source>Loan demand steps</source>
            <translation>融资需求办理记录</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="149" />
            <source>Session attendees</source>
            <translation>宣传培训参加户</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="151" />
            <source>Complaint steps</source>
            <translation>投诉办理记录</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="102" />
            <source>Audit log entries</source>
            <translation>审计日志条目</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="206" />
            <source>Records</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="416" />
            <source>Success rate (granted of decided)</source>
            <translation>贷款成功率（发放笔数/审结笔数）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="417" />
            <source>Median days from registration to decision</source>
            <translation>从登记到审批结果的天数（中位数）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="418" />
            <source>530 loans past maturity</source>
            <translation>530贷款逾期（已到期未结清）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="419" />
            <source>Literacy sessions this year</source>
            <translation>本年金融知识宣传培训场次</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="420" />
            <source>Sessions held in Tibetan or bilingual this year</source>
            <translation>本年藏语或双语培训场次</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="425" />
            <source>Complaints resolved in time</source>
            <translation>按期办结的投诉</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="426" />
            <source>Complainants satisfied</source>
            <translation>投诉人满意</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="35" />
            <source>Indicator</source>
            <translation>指标</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="35" />
            <source>Value</source>
            <translation>数值</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="35" />
            <source>Of</source>
            <translation>总数</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="35" />
            <source>Share</source>
            <translation>比例</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="412" />
            <source>Registered poor households with a loan demand</source>
            <translation>有融资需求的建档立卡贫困户</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="414" />
            <source>Registered poor households with a loan granted</source>
            <translation>已获贷款的建档立卡贫困户</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="423" />
            <source>Households reached by sessions this year</source>
            <translation>本年参加培训的农户</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1011" />
            <location filename="../app/services/sync_package.py" line="556" />
            <location filename="../app/services/sync_package.py" line="554" />
            <location filename="../app/services/sync_package.py" line="512" />
            <source>A line of the package is not readable; the package is damaged.</source>
            <translation>数据包中有一行无法读取；数据包已损坏。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="757" />
            <source>The package file was damaged or altered after office {code} ({name}) made it (its contents are intact, its structure is not). Copy it again.</source>
            <translation>工作室 {code}（{name}）生成数据包后，该文件已损坏或被改动（内容完整，但文件结构不符）。请重新复制。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="661" />
            <source>The package has no file signature; it was not made by this program, or it was damaged or altered.</source>
            <translation>数据包没有文件签名：它不是本程序生成的，或已损坏或被改动。</translation>
        </message>
        <message>
            <source>… and {n} more steps: the .xlsx monthly report lists them all.</source>
            <translation type="vanished">……另有 {n} 个环节未列出，.xlsx 月报中全部列出。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/books.py" line="99" />
            <source>{name} is damaged: its sheets cannot be found. Open it in Excel or WPS and save it again as .xlsx.</source>
            <translation>{name} 已损坏：找不到其中的工作表。请在 Excel 或 WPS 中打开，另存为 .xlsx 后再导入。</translation>
        </message>
        <message>
            <location filename="../app/commands/report.py" line="116" />
            <source>Written and checked: {path}.</source>
            <translation>已写入并校验：{path}。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="119" />
            <source>Package {sequence} for {period}: {total} records, {audit} audit entries{enc}. The file is written and checked.</source>
            <translation>{period} 的第 {sequence} 号数据包：{total} 条记录，{audit} 条审计记录{enc}。文件已写入并校验。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="135" />
            <source>The USB stick can be removed.</source>
            <translation>现在可以拔出U盘。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="332" />
            <source>This register has accounts: type the password of {name} at a terminal, or give it to a script in the environment variable DUALBASE_PASSWORD.</source>
            <translation>此台账已设账户：请在终端输入 {name} 的密码，或由脚本通过环境变量 DUALBASE_PASSWORD 提供。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="934" />
            <source>Package {sequence} of office {code} ({name}) follows package {missing}, which has not been imported here. Import package {missing} first, then this one; if it was lost, ask the office for it again or for a full package.</source>
            <translation>工作室 {code}（{name}）的第 {sequence} 号同步包接在第 {missing} 号之后，而第 {missing} 号尚未在此导入。请先导入第 {missing} 号，再导入本包；如已丢失，请向该工作室重新索取，或索取一个完整包。</translation>
        </message>
        <message>
            <location filename="../app/commands/users.py" line="130" />
            <source>Current password of {name}: </source>
            <translation>{name} 的当前密码：</translation>
        </message>
        <message>
            <location filename="../app/services/roster/errors_xlsx.py" line="96" />
            <source>{name} is open in another program (Excel …) or is read-only, so it could not be replaced. Close it there, or choose another name, and save again.</source>
            <translation>{name} 已在其他程序（Excel 等）中打开，或为只读文件，因此无法替换。请在那里关闭它，或换一个文件名，然后再保存一次。</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="82" />
            <source>{name} is open in another program (Excel, a PDF viewer …) or is read-only, so it could not be replaced. Close it there, or choose another name, and export again.</source>
            <translation>{name} 已在其他程序（Excel、PDF 阅读器等）中打开，或为只读文件，因此无法替换。请在那里关闭它，或换一个文件名，然后再次导出。</translation>
        </message>
        <message>
            <location filename="../app/safe_write.py" line="86" />
            <source>The path of {name} is too long for Windows (more than 260 characters), so it was not saved. Choose a folder nearer the top of the drive, or a shorter name, and export again.</source>
            <translation>{name} 的路径对 Windows 来说太长（超过 260 个字符），因此未保存。请选择更靠近磁盘根目录的文件夹，或更短的文件名，然后再次导出。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="255" />
            <source>The registration date {date} is in the future; today is {today}.</source>
            <translation>登记日期 {date} 在未来；今天是 {today}。</translation>
        </message>
        <message>
            <location filename="../app/domain/households.py" line="263" />
            <source>The registration date {date} is before 1990. Check the year.</source>
            <translation>登记日期 {date} 早于 1990 年，请核对年份。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="209" />
            <source>Household registration date (建档立卡)</source>
            <translation>农户登记日期（建档立卡）</translation>
        </message>
        <message>
            <location filename="../app/services/roster/reader.py" line="76" />
            <source>{name} could not be read: reading it needed more memory than a roster may take ({max_mb} MB), or the file is damaged. Nothing was imported. Open it in Excel or WPS, copy the roster alone into a new workbook, save it as .xlsx and import that.</source>
            <translation>无法读取 {name}：读取它所需的内存超过了花名册允许的上限（{max_mb} MB），或文件已损坏。未导入任何内容。请在 Excel 或 WPS 中打开，把花名册单独复制到一个新工作簿，另存为 .xlsx 后再导入。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/reader.py" line="53" />
            <source>Reading {name} took more than {seconds} seconds and was stopped. The file is far larger or more complicated than a roster; save the roster alone in a new .xlsx workbook and import that.</source>
            <translation>读取 {name} 超过 {seconds} 秒，已停止。该文件远比花名册庞大或复杂；请把花名册单独保存到一个新的 .xlsx 工作簿后再导入。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/reader.py" line="62" />
            <source>The roster could not be read: a helper process could not be started ({detail}). Close other programs and try again.</source>
            <translation>无法读取花名册：辅助进程无法启动（{detail}）。请关闭其他程序后重试。</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="38" />
            <source>{name}, continued</source>
            <translation>{name}（续）</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="39" />
            <source>Page {page} of {pages} of this card</source>
            <translation>本卡第 {page} 页，共 {pages} 页</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="42" />
            <source>Household (signature)</source>
            <translation>农户（签字）</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="43" />
            <source>Village committees (stamp)</source>
            <translation>村两委（盖章）</translation>
        </message>
        <message>
            <location filename="../app/services/cards.py" line="44" />
            <source>Resident financial-service officer (signature)</source>
            <translation>驻村金融服务人员（签字）</translation>
        </message>
        <message>
            <location filename="../app/domain/privacy.py" line="49" />
            <location filename="../app/services/cards.py" line="198" />
            <source>Birth year</source>
            <translation>出生年份</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="142" />
            <location filename="../app/services/report_document.py" line="40" />
            <source>Office</source>
            <translation>工作室（站）</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="145" />
            <source>Loan demand</source>
            <translation>融资需求</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="146" />
            <source>Loan demand step</source>
            <translation>融资需求办理步骤</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="148" />
            <source>Literacy session</source>
            <translation>金融知识宣传培训</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="149" />
            <source>Session attendee</source>
            <translation>参加人员</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="150" />
            <source>Complaint</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="151" />
            <source>Complaint step</source>
            <translation>投诉办理步骤</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="152" />
            <source>Credit rating</source>
            <translation>信用评级</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="154" />
            <source>User accounts</source>
            <translation>用户账户</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="154" />
            <source>User account</source>
            <translation>用户账户</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="164" />
            <source>Sheet {sheet} left out: {reason}</source>
            <translation>工作表 {sheet} 未导入：{reason}</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="201" />
            <source>Column {column} {header}: read as {field}. {reason} To read it as {other}, give --map {header}={other_key}.</source>
            <translation>第 {column} 列“{header}”：读作{field}。{reason}如要读作{other}，请加 --map {header}={other_key}。</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="262" />
            <source>Rows of totals (合计, 小计) skipped: {count} (rows {rows}).</source>
            <translation>已跳过合计/小计行：{count} 行（第 {rows} 行）。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/__init__.py" line="160" />
            <source>Write each column choice as HEADER=field, such as 登记日期=household_registered_on.</source>
            <translation>每个列的选择请写成 表头=字段，例如 登记日期=household_registered_on。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/__init__.py" line="164" />
            <source>{field} is not a field of the import. The fields are: {fields}.</source>
            <translation>{field} 不是导入的字段。可用字段：{fields}。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/__init__.py" line="175" />
            <source>The sheet has no column headed {header}. Its headers are: {headers}.</source>
            <translation>工作表中没有表头为“{header}”的列。表头有：{headers}。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="524" />
            <source>The roster has a loan amount column, so this date was read as the date each loan demand was registered.</source>
            <translation>名册有贷款金额列，因此此日期读作每笔融资需求的登记日期。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="530" />
            <source>The roster has no loan amount column, so this date was read as the date each household was registered (建档立卡).</source>
            <translation>名册没有贷款金额列，因此此日期读作每户的登记日期（建档立卡）。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/csv_book.py" line="79" />
            <source>{name} is named .csv but is not text (it may be a workbook or another kind of file renamed). Open it in Excel or WPS and save it as .xlsx or as CSV.</source>
            <translation>{name} 的扩展名是 .csv，但内容不是文本（可能是改了名的工作簿或其他文件）。请用 Excel 或 WPS 打开，另存为 .xlsx 或 CSV。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/csv_book.py" line="90" />
            <source>{name} is not text in a Chinese or Unicode encoding. Open it in Excel or WPS and save it as CSV UTF-8 or as .xlsx.</source>
            <translation>{name} 不是中文或 Unicode 编码的文本。请用 Excel 或 WPS 打开，另存为“CSV UTF-8”或 .xlsx。</translation>
        </message>
        <message>
            <location filename="../app/services/update_backup.py" line="52" />
            <source>Before updating the register to this release, the program keeps a copy of it in {path}, and that copy could not be written ({detail}). The register was not changed; free some space there and start the program again.</source>
            <translation>程序在把台账更新到本版本之前，会先在 {path} 保存一份副本，但副本未能写入（{detail}）。台账没有改动；请在该处腾出空间后重新启动程序。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="255" />
            <source>{path} was changed outside the program ({detail}); it is not restored. Use another backup.</source>
            <translation>{path} 曾在本程序之外被改动（{detail}）；未恢复。请使用另一份备份。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1247" />
            <source>The package from office {sender} registers office {code}, which it may not: offices are registered here only by an administrator (offices add-subordinate). Nothing was imported.</source>
            <translation>办公室 {sender} 的数据包登记了办公室 {code}，这是不允许的：办公室只能由本处管理员登记（offices add-subordinate）。未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="231" />
            <source>The household already owes {outstanding_yuan} yuan on loans of this programme; with {amount_yuan} yuan more it would owe {total_yuan} yuan, above the limit of {cap_yuan} yuan per household for the {product}.</source>
            <translation>该户在本项目贷款中尚欠 {outstanding_yuan} 元；再贷 {amount_yuan} 元将欠 {total_yuan} 元，超过{product}每户 {cap_yuan} 元的上限。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="255" />
            <source>The household head's birth date is unknown, so the age rule cannot be checked. Enter the ID number of the household head.</source>
            <translation>户主出生日期不详，无法核对年龄规定。请录入户主身份证号码。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="283" />
            <source>The borrower is {age}; borrowers are {min_age} to {max_age} in principle. Record the reason for an exception, or choose another product.</source>
            <translation>借款人 {age} 岁；借款人原则上应为 {min_age} 至 {max_age} 岁。请记录例外的理由，或选择其他产品。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="342" />
            <source>The {product} is not for this household's status.</source>
            <translation>{product}不适用于该户的类别。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="348" />
            <source>The {product} allows at most {max_yuan} yuan per loan; {amount_yuan} yuan was granted.</source>
            <translation>{product}每笔最多 {max_yuan} 元；发放了 {amount_yuan} 元。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="364" />
            <location filename="../app/services/loan_book.py" line="502" />
            <source>Enter the maturity date or the term in months: a loan without a maturity can never be overdue.</source>
            <translation>请填写到期日或期限（月）：没有到期日的贷款永远不会逾期。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="382" />
            <source>The {product} allows a term of at most {max_months} months: the maturity can be {latest} at the latest; {maturity} was given.</source>
            <translation>{product}期限最长 {max_months} 个月：到期日最晚为 {latest}；填写的是 {maturity}。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="398" />
            <source>Enter the rate the bank charges.</source>
            <translation>请填写银行收取的利率。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="272" />
            <source>The borrower is {age}, outside the ages {min_age} to {max_age} that apply in principle; the exception is recorded with its reason.</source>
            <translation>借款人 {age} 岁，超出原则上 {min_age} 至 {max_age} 岁的范围；该例外已连同理由记录。</translation>
        </message>
        <message>
            <location filename="../app/domain/credit_policy.py" line="405" />
            <source>The {product} allows at most {cap} a year for a term of {months} months on {date}; {rate} was given.</source>
            <translation>{product}在 {date} 期限 {months} 个月的年利率最高为 {cap}；填写的是 {rate}。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="48" />
            <source>A repayment is split into principal and interest as the bank receipt shows; the principal paid may not exceed what is owed. The loan is repaid when nothing is owed.</source>
            <translation>还款按银行回单分为本金和利息；所还本金不得超过所欠本金。不再欠款时贷款即结清。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="54" />
            <source>Extension only when the borrower cannot repay for reasons other than unwillingness: give the reason (Wulong seed §32: 在剔除主观恶意欠款不还的情况下，可予以贷款展期).</source>
            <translation>仅当借款人因主观恶意以外的原因无法还款时方可展期：请填写理由（武隆文件第三十二条：在剔除主观恶意欠款不还的情况下，可予以贷款展期）。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="58" />
            <source>Asked for before the maturity; in total at most the original term for loans up to one year, half of it up to five years, three years beyond (《贷款通则》 art. 12).</source>
            <translation>须在到期日前申请；展期累计：短期贷款不超过原期限，中期贷款不超过原期限的一半，长期贷款不超过三年（《贷款通则》第十二条）。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="64" />
            <source>A top-up when more money helps the household through (Wulong seed §32: 对通过追加贷款可以渡过难关的，应予以追加贷款扶持); the part above the subsidy cap earns no subsidy.</source>
            <translation>追加贷款可帮助农户渡过难关时予以追加（武隆文件第三十二条：对通过追加贷款可以渡过难关的，应予以追加贷款扶持）；超过贴息上限的部分不予贴息。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="70" />
            <source>Only a loan with principal past due can be marked as defaulted; the interest subsidy stops from that day.</source>
            <translation>只有本金已逾期的贷款才能标记为违约；自该日起停止贴息。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="73" />
            <source>A claim on the county's risk-compensation fund (县建风险补偿金) for a defaulted loan, at most what is still owed.</source>
            <translation>违约贷款可向县风险补偿金申请补偿，金额不超过尚欠本金。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="78" />
            <source>Only a defaulted loan can be written off; recoveries are still recorded afterwards.</source>
            <translation>只有违约贷款才能核销；核销后仍记录清收。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="98" />
            <source>A loan that is {status} cannot take this step.</source>
            <translation>状态为“{status}”的贷款不能办理此步骤。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="120" />
            <source>Give the reason the household cannot repay on time: an extension is only for borrowers who are not simply unwilling to repay.</source>
            <translation>请填写农户无法按期还款的原因：展期只适用于并非恶意不还的借款人。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="130" />
            <source>An extension must be asked for by the maturity ({maturity}); after it, record the default or the repayment instead.</source>
            <translation>展期须在到期日（{maturity}）前申请；到期后请记录违约或还款。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="138" />
            <source>Enter the new maturity date.</source>
            <translation>请填写新的到期日。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="144" />
            <source>The new maturity must be after the current one ({maturity}).</source>
            <translation>新的到期日须晚于当前到期日（{maturity}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="155" />
            <source>Extensions of a {months}-month loan may add at most {limit} months in total: the maturity can be {latest} at the latest.</source>
            <translation>{months} 个月期贷款的展期累计最多 {limit} 个月：到期日最晚为 {latest}。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="163" />
            <source>Nothing is owed on this loan: there is nothing to extend.</source>
            <translation>该笔贷款已无欠款，无需展期。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="172" />
            <source>Enter the amount of the top-up (more than zero).</source>
            <translation>请填写追加金额（大于零）。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="177" />
            <source>A top-up must be made before the maturity ({maturity}).</source>
            <translation>追加贷款须在到期日（{maturity}）前办理。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="182" />
            <source>Give the reason for the top-up: what it helps the household through.</source>
            <translation>请填写追加理由：帮助农户渡过什么难关。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="193" />
            <source>On {date} nothing of this loan is past due: only an overdue loan can be marked as defaulted.</source>
            <translation>{date} 该笔贷款没有逾期款项：只有逾期贷款才能标记为违约。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="198" />
            <source>Give the reason the loan is in default.</source>
            <translation>请填写违约原因。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="214" />
            <source>Enter the amount claimed (more than zero).</source>
            <translation>请填写申请补偿金额（大于零）。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="236" />
            <source>Give the reason for the write-off.</source>
            <translation>请填写核销原因。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="248" />
            <source>A loan that is {status} takes no repayment.</source>
            <translation>状态为“{status}”的贷款不能登记还款。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="254" />
            <source>Amounts repaid cannot be negative.</source>
            <translation>还款金额不能为负数。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="263" />
            <source>The repayment date {date} is before the grant ({granted}).</source>
            <translation>还款日期 {date} 早于发放日（{granted}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="272" />
            <source>The principal repaid ({amount_yuan} yuan) is more than is owed ({owed_yuan} yuan).</source>
            <translation>所还本金（{amount_yuan} 元）超过所欠本金（{owed_yuan} 元）。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="219" />
            <source>At most {owed_yuan} yuan is owed, of which {claimed_yuan} yuan was already claimed; {amount_yuan} yuan is too much.</source>
            <translation>尚欠最多 {owed_yuan} 元，其中已申请补偿 {claimed_yuan} 元；{amount_yuan} 元过多。</translation>
        </message>
        <message>
            <location filename="../app/domain/loan_servicing.py" line="256" />
            <source>Enter the amount repaid (more than zero).</source>
            <translation>请填写还款金额（大于零）。</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="147" />
            <source>Loan repayments</source>
            <translation>贷款还款</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="147" />
            <source>Loan repayment</source>
            <translation>贷款还款</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="153" />
            <source>Credit lines</source>
            <translation>授信额度</translation>
        </message>
        <message>
            <location filename="../app/registry.py" line="153" />
            <source>Credit line</source>
            <translation>授信额度</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="1090" />
            <source>No household has the ID number or id {text}.</source>
            <translation>没有身份证号码或编号为 {text} 的农户。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="175" />
            <source>There is no village called {name} in this register.</source>
            <translation>本台账中没有名为 {name} 的村。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="782" />
            <source>Unknown step {step}.</source>
            <translation>未知步骤 {step}。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="1017" />
            <source>The rating must be signed by both the village cadre and the bank officer before a credit line is set from it.</source>
            <translation>评级须由村干部和银行人员双方签字后，方可据此核定授信额度。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="1048" />
            <source>Sign as the village or as the bank.</source>
            <translation>请以村方或银行方身份签字。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="591" />
            <source>Repayments every how many months: a whole number, at least 1.</source>
            <translation>每几个月还款一次：整数，至少为 1。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="853" />
            <source>The date {date} is before the grant ({granted}).</source>
            <translation>日期 {date} 早于发放日（{granted}）。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="1052" />
            <source>The village's half of a rating is signed by a village cadre.</source>
            <translation>评级中村方的一半由村干部签字。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="733" />
            <source>This loan has not been granted: there is nothing to repay.</source>
            <translation>该笔贷款尚未发放，无需还款。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="786" />
            <source>This loan has not been granted yet.</source>
            <translation>该笔贷款尚未发放。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="86" />
            <source>The rules of this product were set by office {office}; only that office can change them.</source>
            <translation>该产品的规则由 {office} 办公室制定，只有该办公室可以修改。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="90" />
            <source>The subsidy share is between 0 and 100 %.</source>
            <translation>贴息比例在 0 至 100 % 之间。</translation>
        </message>
        <message>
            <location filename="../app/services/loans.py" line="55" />
            <source>Credit line {year}: {amount_yuan} yuan (rating {grade}).</source>
            <translation>{year} 年授信额度：{amount_yuan} 元（评级 {grade}）。</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="11" />
            <source>Visit list: loans due and overdue</source>
            <translation>走访清单：到期及逾期贷款</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="13" />
            <source>Falling due in the next {days} days</source>
            <translation>未来 {days} 天内到期</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="14" />
            <source>No loan is overdue or falls due in this period.</source>
            <translation>本期间没有逾期或到期的贷款。</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="22" />
            <source>Balance (yuan)</source>
            <translation>余额（元）</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="24" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../app/domain/visits.py" line="25" />
            <source>Visited on / result</source>
            <translation>走访日期/结果</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="83" />
            <source>Loan book at month end</source>
            <translation>月末贷款余额情况</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="282" />
            <source>Outstanding balance</source>
            <translation>未偿余额</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="283" />
            <source>Overdue balance</source>
            <translation>逾期余额</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="284" />
            <source>Overdue rate</source>
            <translation>逾期率</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="84" />
            <source>Repayments in the month: principal</source>
            <translation>本月还款：本金</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="85" />
            <source>Repayments in the month: interest</source>
            <translation>本月还款：利息</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="86" />
            <source>Interest subsidy due for the month</source>
            <translation>本月应贴息额</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="900" />
            <source>Only a loan repaid in full can be renewed; this one still owes {owed_yuan} yuan.</source>
            <translation>只有已全额还清的贷款才能续贷；该笔贷款尚欠 {owed_yuan} 元。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="909" />
            <source>Give the reason for the renewal.</source>
            <translation>请填写续贷理由。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="906" />
            <source>A renewal comes after the repayment ({repaid}).</source>
            <translation>续贷须在还清（{repaid}）之后。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="278" />
            <source>This is not a policy table signed by a county office, or it was changed after it was signed.</source>
            <translation>这不是县办公室签名的政策表，或签名后已被改动。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="223" />
            <source>Only a county office issues the policy table for the offices below it.</source>
            <translation>只有县办公室才能向下级办公室发布政策表。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="292" />
            <source>This policy table was issued by office {issuer}, which is not above this office ({office}).</source>
            <translation>该政策表由 {issuer} 办公室发布，该办公室不是本办公室（{office}）的上级。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="301" />
            <source>The first policy table of office {issuer} needs its key file too (offices export-key at the county), so that later tables can be checked against it.</source>
            <translation>首次导入 {issuer} 办公室的政策表时还需要其密钥文件（在县里运行 offices export-key），以便核对以后的政策表。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_policy.py" line="309" />
            <source>The key file is not the key of office {issuer}.</source>
            <translation>该密钥文件不是 {issuer} 办公室的密钥。</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="238" />
            <source>Of these, loans already granted (a ledger's rows, with their balances): {granted}.</source>
            <translation>其中已发放贷款（台账行，含余额）：{granted} 笔。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="288" />
            <source>{office} ({office_name}), village {village}: {name}, version {version}, {records} records</source>
            <translation>{office}（{office_name}），村：{village}：{name}，版本 {version}，{records} 条记录</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="323" />
            <source>{count} conflicts.</source>
            <translation>共 {count} 个冲突。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="335" />
            <source>Conflict {id} resolved: {resolution}.</source>
            <translation>冲突 {id} 已处理：{resolution}。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="312" />
            <source>open</source>
            <translation>未处理</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="314" />
            <source>here:</source>
            <translation>本处：</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="315" />
            <source>waiting:</source>
            <translation>待定：</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="315" />
            <source>Grant date</source>
            <translation>发放日期</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="337" />
            <source>Maturity date</source>
            <translation>到期日期</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="355" />
            <source>Interest rate (% a year)</source>
            <translation>年利率（%）</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="361" />
            <source>Balance</source>
            <translation>贷款余额</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="367" />
            <source>Amount repaid</source>
            <translation>已还金额</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="385" />
            <source>Repayment date</source>
            <translation>还款日期</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="391" />
            <source>Contract number</source>
            <translation>合同编号</translation>
        </message>
        <message>
            <location filename="../app/services/roster/columns.py" line="408" />
            <source>Interest subsidy</source>
            <translation>贴息金额</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="134" />
            <source>Enter the amount granted, in yuan.</source>
            <translation>请填写发放金额（元）。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="182" />
            <source>The row is a loan but names no loan product. Add a product column, or choose the product for rows without one.</source>
            <translation>此行是一笔贷款，但没有写贷款产品。请增加产品列，或为没有产品的行选择一个产品。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="200" />
            <source>Enter the maturity date or the term of the loan: a loan without a maturity can never be overdue.</source>
            <translation>请填写贷款到期日期或期限：没有到期日的贷款永远不会逾期。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="214" />
            <source>The maturity date {maturity} must be after the grant date {granted}.</source>
            <translation>到期日期 {maturity} 必须晚于发放日期 {granted}。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="278" />
            <source>The repaid amount {repaid} yuan and the balance {balance} yuan do not fit a loan of {amount} yuan.</source>
            <translation>已还 {repaid} 元和余额 {balance} 元与 {amount} 元的贷款对不上。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="124" />
            <source>The grant date {date} is in the future; today is {today}.</source>
            <translation>发放日期 {date} 在未来；今天是 {today}。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="297" />
            <source>The ledger gives no repayment date: the {repaid} yuan repaid are recorded on {date}.</source>
            <translation>台账没有还款日期：已还的 {repaid} 元记在 {date}。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="309" />
            <source>The repayment date {date} is before the grant date {granted}.</source>
            <translation>还款日期 {date} 早于发放日期 {granted}。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="230" />
            <source>The term of {months} months from {granted} ends on {expected}, not on the maturity date {maturity}; the maturity date is kept.</source>
            <translation>从 {granted} 起 {months} 个月的期限应到 {expected}，而不是到期日期 {maturity}；以到期日期为准。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger.py" line="258" />
            <source>The balance {balance} yuan is not the amount {amount} yuan less the {repaid} yuan repaid ({expected} yuan). Correct the ledger row.</source>
            <translation>余额 {balance} 元不等于发放金额 {amount} 元减去已还 {repaid} 元（应为 {expected} 元）。请更正台账这一行。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger_policy.py" line="43" />
            <source>The rules above are today's; the loan was granted on {date} under the rules of its time and is imported as it stands.</source>
            <translation>以上是现行规定；该贷款于 {date} 按当时的规定发放，按原样导入。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger_policy.py" line="99" />
            <source>The {product} is for other households than this one's status today; the loan was granted on {date} and is imported as it stands.</source>
            <translation>按该户现在的属性不能申请{product}；该贷款于 {date} 发放，按原样导入。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger_policy.py" line="113" />
            <source>The borrower was {age} on the grant date, outside the {product}'s ages in principle; imported as the bank granted it.</source>
            <translation>发放时借款人 {age} 岁，不在{product}原则上的年龄范围内；按银行发放的原样导入。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger_policy.py" line="70" />
            <source>The {product} allows at most {max_yuan} yuan; {amount_yuan} yuan was granted.</source>
            <translation>{product}最多 {max_yuan} 元；实际发放 {amount_yuan} 元。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/ledger_policy.py" line="83" />
            <source>The {product} allows a term of at most {max_months} months; this loan runs {months}.</source>
            <translation>{product}期限最长 {max_months} 个月；该贷款为 {months} 个月。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="233" />
            <source>{n} records were set aside with a household in conflict; they are counted nowhere until the conflict is resolved.</source>
            <translation>{n} 条记录随冲突农户暂存，冲突处理前不计入任何统计。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="245" />
            <source>Conflict: the household with ID number {id_number} also comes from office {other}. This version was set aside with its records (nothing else of the package was held back) until the conflict is resolved: Sync page, Conflicts, or the command sync conflicts list.</source>
            <translation>冲突：身份证号 {id_number} 的农户也来自 {other} 办公室。此版本及其记录已暂存（数据包的其他内容照常导入），待冲突处理：见“同步”页的“冲突”，或命令 sync conflicts list。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_conflicts.py" line="151" />
            <source>{action} is not a way to resolve a conflict. Choose one of: {actions}.</source>
            <translation>{action} 不是处理冲突的方式。请选择：{actions}。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_conflicts.py" line="158" />
            <source>There is no household conflict {id}. List them with: sync conflicts list.</source>
            <translation>没有农户冲突 {id}。用 sync conflicts list 列出冲突。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_conflicts.py" line="162" />
            <source>Conflict {id} was already resolved ({resolution}).</source>
            <translation>冲突 {id} 已处理过（{resolution}）。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_conflicts.py" line="165" />
            <source>Say which version the household moved to: incoming or local.</source>
            <translation>请说明农户迁往哪个版本：incoming（待定的）或 local（本处的）。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_conflicts.py" line="178" />
            <source>Conflict {id} can no longer be resolved this way: one of its versions is gone from the register.</source>
            <translation>冲突 {id} 无法这样处理：其中一个版本已不在台账中。</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="340" />
            <source>Households in conflict between villages (each counted once)</source>
            <translation>村间冲突农户（每户只计一次）</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="136" />
            <source>The folder {folder} for the error list does not exist. Create it, or give another path with --errors-out; nothing was imported.</source>
            <translation>错误清单的文件夹 {folder} 不存在。请先创建该文件夹，或用 --errors-out 指定其他路径；未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/commands/import_roster.py" line="145" />
            <source>{path} is a folder; give a file name for the error list, such as {path}/errors.xlsx.</source>
            <translation>{path} 是一个文件夹；请为错误清单指定文件名，例如 {path}/errors.xlsx。</translation>
        </message>
        <message>
            <location filename="../app/domain/money.py" line="36" />
            <location filename="../app/domain/money.py" line="97" />
            <location filename="../app/domain/money.py" line="135" />
            <source>An amount of more than {max_yuan} yuan cannot be recorded here; check the amount.</source>
            <translation>此处不能登记超过 {max_yuan} 元的金额；请核对金额。</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="66" />
            <source>The number must be at most {maximum}; {value} was entered.</source>
            <translation>数值最多为 {maximum}；输入的是 {value}。</translation>
        </message>
        <message>
            <location filename="../app/domain/numbers.py" line="57" />
            <source>The number {value} is far too large.</source>
            <translation>数值 {value} 过大。</translation>
        </message>
        <message>
            <location filename="../app/domain/text.py" line="82" />
            <source>This text holds an invisible control character ({char}: a line break, tab, escape or text-direction mark, often copied from a web page or a message). Type the text again without it.</source>
            <translation>此文本含有不可见的控制字符（{char}：换行、制表符、转义符或文字方向标记，常见于从网页或消息中复制的文字）。请去掉它后重新输入。</translation>
        </message>
        <message>
            <location filename="../app/domain/text.py" line="93" />
            <source>This text is {length} characters long; at most {limit} are kept here. Shorten it.</source>
            <translation>此文本长 {length} 个字符；此处最多保存 {limit} 个。请缩短。</translation>
        </message>
        <message>
            <location filename="../app/services/demo.py" line="245" />
            <source>The demo makes from 1 to {maximum} households; {value} was asked.</source>
            <translation>演示数据可生成 1 至 {maximum} 户；所要求的是 {value}。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="128" />
            <source>Another program is writing to the register {path} (a database tool, or a copy of this program on another computer sharing the folder). Nothing was changed. Close that program, then try again.</source>
            <translation>另一个程序正在写入台账 {path}（数据库工具，或另一台共享该文件夹的电脑上运行的本程序）。未作任何更改。请关闭该程序后重试。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="86" />
            <source>The disk that holds {path} is full, so the register cannot be opened; the register itself is not damaged. Free some space on that disk (a few megabytes at least), then open it again.</source>
            <translation>存放 {path} 的磁盘已满，因此无法打开台账；台账本身没有损坏。请在该磁盘上腾出一些空间（至少几兆字节），然后再打开。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="97" />
            <source>{path} could not be read or written ({detail}). The disk may have been removed, be write-protected or be failing; the register itself is probably not damaged. Check the disk, then open it again.</source>
            <translation>无法读写 {path}（{detail}）。磁盘可能已被拔出、处于写保护状态或出现故障；台账本身大概没有损坏。请检查磁盘后再打开。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="120" />
            <source>Another program is writing to the register {path}: {holders}. Nothing was changed. Close that program, then try again.</source>
            <translation>另一个程序正在写入台账 {path}：{holders}。未作任何更改。请关闭该程序后重试。</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="24" />
            <source>Half-year report</source>
            <translation>半年报</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="25" />
            <source>Quarterly report</source>
            <translation>季报</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="26" />
            <source>Annual report</source>
            <translation>年报</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="27" />
            <source>Report for a period</source>
            <translation>期间报告</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="32" />
            <source>Give the half-year as year-H1 or year-H2, for example 2026-H2.</source>
            <translation>半年请写成“年-H1”或“年-H2”，例如 2026-H2。</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="33" />
            <source>Give the quarter as year-Q1 to year-Q4, for example 2026-Q3.</source>
            <translation>季度请写成“年-Q1”至“年-Q4”，例如 2026-Q3。</translation>
        </message>
        <message>
            <location filename="../app/domain/periods.py" line="34" />
            <source>Give the year with four digits, for example 2026.</source>
            <translation>年份请写四位数字，例如 2026。</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="36" />
            <source>New developments and problems</source>
            <translation>新情况、新问题</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="37" />
            <source>(nothing written)</source>
            <translation>（未填写）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="39" />
            <source>Offices below: included and missing</source>
            <translation>下级工作室（站）：已纳入与缺报</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="42" />
            <source>{n} days</source>
            <translation>{n} 天</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="58" />
            <source>Summary</source>
            <translation>汇总</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="59" />
            <source>Complaint statistics</source>
            <translation>投诉分类统计</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="104" />
            <source>The table stops here: {n} more steps are listed only in the .xlsx report of the same period.</source>
            <translation>本表到此为止：另有 {n} 个环节只列在同一期间的 .xlsx 报告中。</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="40" />
            <source>Office code</source>
            <translation>工作室（站）代码</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="40" />
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="40" />
            <source>Latest package</source>
            <translation>最近的数据包</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="40" />
            <source>In this report</source>
            <translation>是否纳入本报告</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="41" />
            <source>included</source>
            <translation>已纳入</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="41" />
            <source>missing: no package for the period yet</source>
            <translation>缺报：尚未收到本期间的数据包</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="46" />
            <location filename="../app/services/report_document.py" line="47" />
            <source>Dual-base linkage work station</source>
            <translation>双基联动工作站</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="48" />
            <source>Dual-base linkage work office</source>
            <translation>双基联动工作室</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="66" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="66" />
            <source>Class</source>
            <translation>类别</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="62" />
            <source>Complaints by business channel (JR/T 0169-2018 A)</source>
            <translation>按业务办理渠道分类的投诉（JR/T 0169-2018 A）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="63" />
            <source>Complaints by business type (JR/T 0169-2018 B)</source>
            <translation>按业务类型分类的投诉（JR/T 0169-2018 B）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="64" />
            <source>Complaints by cause (JR/T 0169-2018 C)</source>
            <translation>按投诉原因分类的投诉（JR/T 0169-2018 C）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="89" />
            <source>Loan demands in the period</source>
            <translation>本期融资需求</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="90" />
            <source>Granted in the period</source>
            <translation>本期发放</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="91" />
            <source>Outstanding at the period's end</source>
            <translation>期末余额</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="92" />
            <source>Received in the period</source>
            <translation>本期受理</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="93" />
            <source>Resolved in the period</source>
            <translation>本期办结</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="94" />
            <source>Overdue at the period's end</source>
            <translation>期末逾期</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="95" />
            <source>Loan pipeline in the period (number of demands)</source>
            <translation>本期贷款办理进度（需求笔数）</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="96" />
            <source>Annex: loan steps in the period</source>
            <translation>附件：本期贷款办理环节</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="97" />
            <source>No loan steps were recorded in this period.</source>
            <translation>本期没有登记贷款办理环节。</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="98" />
            <source>Loan book at the period's end</source>
            <translation>期末贷款余额情况</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="99" />
            <source>Repayments in the period: principal</source>
            <translation>本期还款：本金</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="100" />
            <source>Repayments in the period: interest</source>
            <translation>本期还款：利息</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="101" />
            <source>Interest subsidy due for the period</source>
            <translation>本期应贴息额</translation>
        </message>
        <message>
            <location filename="../app/services/reports.py" line="166" />
            <source>Provisional: the period has not ended yet, and its figures can still change.</source>
            <translation>临时数据：本期间尚未结束，数字仍可能变化。</translation>
        </message>
        <message>
            <location filename="../app/services/reports.py" line="167" />
            <source>This period has not begun yet: there is nothing to report.</source>
            <translation>本期间尚未开始：没有可报告的内容。</translation>
        </message>
        <message>
            <location filename="../app/services/reports.py" line="168" />
            <source>This period ends before the first record on the register ({first}): there is nothing to report for it.</source>
            <translation>本期间在台账第一条记录（{first}）之前就已结束：没有可报告的内容。</translation>
        </message>
        <message>
            <location filename="../app/services/reports.py" line="575" />
            <source>The narrative is longer than {n} characters; shorten it.</source>
            <translation>文字说明超过 {n} 个字符，请删减。</translation>
        </message>
        <message>
            <location filename="../app/services/reports.py" line="579" />
            <source>A name is at most 60 characters.</source>
            <translation>姓名最多 60 个字符。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="314" />
            <source>The register is now encrypted. Its recovery key is {key} . Write it down or print it and keep it in the office safe: it opens the register if every password is lost, and it is shown only this once.</source>
            <translation>台账现已加密。恢复密钥为 {key} 。请抄写或打印下来，存放在工作室保险柜中：所有密码都遗失时可用它打开台账；它只显示这一次。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="296" />
            <source>Encrypting the register (once, at the first sign-in since this release); this takes a moment…</source>
            <translation>正在加密台账（仅在升级后首次登录时进行一次），请稍候…</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="68" />
            <source>There is no office head's account (role admin) of that name.</source>
            <translation>没有这个名字的工作室负责人账户（角色 admin）。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="172" />
            <source>{path} is an encrypted register; it can be restored only into the register it was made from (open that register and restore it there).</source>
            <translation>{path} 是加密的台账，只能恢复到制作它的那本台账中（请打开那本台账，在那里恢复）。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="452" />
            <source>{path} was made before this register was encrypted; restoring it would write its records back in the clear, so it was not restored. Restore a backup made since.</source>
            <translation>{path} 制作于本台账加密之前；恢复它会把记录重新以明文写回，因此未恢复。请恢复加密之后制作的备份。</translation>
        </message>
        <message>
            <location filename="../app/services/encryption.py" line="202" />
            <source>The key file beside the register ({path}) is missing or damaged, so no password can open the register. Copy it back from the newest backup (the file ending in .keys beside it); the recovery key needs it too.</source>
            <translation>台账旁的密钥文件（{path}）丢失或损坏，任何密码都打不开台账。请从最新的备份中把它复制回来（备份旁以 .keys 结尾的文件）；恢复密钥也需要它。</translation>
        </message>
        <message>
            <location filename="../app/services/encryption.py" line="98" />
            <source>The encrypted copy of the register did not check out, so the register was left as it was (not encrypted). Free some disk space and sign in again.</source>
            <translation>台账的加密副本未通过检查，台账保持原样（未加密）。请腾出一些磁盘空间后重新登录。</translation>
        </message>
        <message>
            <location filename="../app/services/encryption.py" line="115" />
            <source>This register cannot be encrypted here (it is already encrypted, or SQLCipher is not installed).</source>
            <translation>此处无法加密本台账（它已加密，或未安装 SQLCipher）。</translation>
        </message>
        <message>
            <location filename="../app/services/encryption.py" line="137" />
            <source>The register could not be encrypted ({detail}); it was left as it was. Free some disk space and sign in again.</source>
            <translation>无法加密台账（{detail}）；台账保持原样。请腾出一些磁盘空间后重新登录。</translation>
        </message>
        <message>
            <location filename="../app/services/encryption.py" line="226" />
            <source>This recovery key does not open the register. Check it against the printed sheet (letters A-Z and digits 2-7, in groups of four).</source>
            <translation>此恢复密钥打不开台账。请对照打印的纸张核对（字母 A-Z 和数字 2-7，每四个一组）。</translation>
        </message>
        <message>
            <location filename="../storage/db.py" line="199" />
            <source>The register {path} is encrypted. Sign in with your account's password, or use the recovery key kept in the office safe.</source>
            <translation>台账 {path} 已加密。请用您的账户密码登录，或使用存放在工作室保险柜中的恢复密钥。</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="180" />
            <source>The encrypted package is damaged or incomplete (the file was cut short or changed). Copy it again from the sending office.</source>
            <translation>加密数据包已损坏或不完整（文件被截断或被改动）。请从发送方工作室重新复制。</translation>
        </message>
        <message>
            <source>The encrypted package was damaged or altered on the way (it does not check out). Copy it again from the sending office.</source>
            <translation type="vanished">加密数据包在传递中损坏或被改动（校验不通过）。请从发送方工作室重新复制。</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="354" />
            <source>This encrypted file is not of the kind expected here ({found} instead of {expected}).</source>
            <translation>此加密文件不是此处应有的类型（是 {found}，应为 {expected}）。</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="360" />
            <source>This package was encrypted for office {recipient}, not for this office ({local}); only office {recipient} can open it. Take it there.</source>
            <translation>此数据包是为工作室 {recipient} 加密的，不是为本工作室（{local}）；只有工作室 {recipient} 能打开它。请送到该工作室。</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="369" />
            <source>This package was encrypted for another key of office {recipient} than the one in this register (a register set up again, or a copy). Send office {sender} this office's key file again (offices export-key), and ask it for a new package.</source>
            <translation>此数据包是用工作室 {recipient} 的另一把密钥加密的，不是本台账中的密钥（台账曾重新建立，或这是一份副本）。请把本工作室的密钥文件（offices export-key）重新交给工作室 {sender}，并请其重新生成数据包。</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="201" />
            <source>This file is not an encrypted package of this program.</source>
            <translation>此文件不是本程序的加密数据包。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="542" />
            <source>The grant is judged by the rules of the {product} in force on its date, {date} (the version of {since}).</source>
            <translation>本次发放按发放日 {date} 施行的{product}规定审核（{since} 起施行的版本）。</translation>
        </message>
        <message>
            <source>Those are the rules of the {product} since {since}; the loan was granted on {date} under the rules then in force (the version of {then}) and is recorded with this note.</source>
            <translation type="vanished">以上是{product}自 {since} 起的规定；该贷款于 {date} 按当时施行的规定（{then} 起施行的版本）发放，连同本说明一并登记。</translation>
        </message>
        <message>
            <source>Registered office {code} ({name}) as the office above this one; its packages are checked against its key.</source>
            <translation type="vanished">已将工作室 {code}（{name}）登记为本工作室的上级；其数据包将按其密钥核验。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="173" />
            <source>Package {sequence} for office {office}: {questions} questions, {decisions} decisions, {policies} policy versions{enc}. The file is written and checked.</source>
            <translation>发给工作室 {office} 的第 {sequence} 号数据包：{questions} 个问题，{decisions} 项决定，{policies} 个政策版本{enc}。文件已写入并核验。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="230" />
            <source>{count} questions.</source>
            <translation>共 {count} 个问题。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="242" />
            <source>Question {id} answered; the answer goes up in the next package.</source>
            <translation>问题 {id} 已回答；答复将随下一个数据包上报。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="220" />
            <source>kept here</source>
            <translation>保留在本村</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="223" />
            <source>left for office {office}, village {village}</source>
            <translation>已迁往工作室 {office}，{village}</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="208" />
            <source>also registered by office {office} ({name}), village {village}</source>
            <translation>工作室 {office}（{name}）的 {village} 也登记了此户</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="318" />
            <location filename="../app/commands/sync.py" line="216" />
            <source>answered: {answer}</source>
            <translation>答复：{answer}</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="320" />
            <source>decision applied ({outcome})</source>
            <translation>已执行决定（{outcome}）</translation>
        </message>
        <message>
            <source>Office {code} ({name}) is not the office directly above this one ({parent}); only that office's key can be registered as the office above.</source>
            <translation type="vanished">工作室 {code}（{name}）不是本工作室的直接上级（{parent}）；只能将直接上级的密钥登记为上级。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="103" />
            <source>Conflicts resolved</source>
            <translation>已处理的冲突</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="223" />
            <source>{n} conflicts resolved at office {sender} were applied here: each household is counted once.</source>
            <translation>工作室 {sender} 处理的 {n} 个冲突已在此执行：每户只计一次。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="683" />
            <source>A package from the office above cannot be taken as a dry run; take it without.</source>
            <translation>上级工作室的数据包不能试运行导入；请直接导入。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="519" />
            <source>An entry of the package from the office above is not one this program writes; nothing was taken.</source>
            <translation>上级工作室数据包中有一项不是本程序写出的内容；未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="940" />
            <source>A resolution in the package is not one this program writes; the package is damaged.</source>
            <translation>数据包中有一项冲突处理结果不是本程序写出的；数据包已损坏。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="228" />
            <source>Office {code} is not registered here as an office directly below this one; a package goes only to such an office (offices add-subordinate).</source>
            <translation>工作室 {code} 未在此登记为直接下级工作室；数据包只能发给这样的工作室（offices add-subordinate）。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="389" />
            <source>This package from office {sender} is for office {code}, not for this office ({local}); nothing of it is taken here. Give it to office {code}.</source>
            <translation>工作室 {sender} 的这个数据包是发给工作室 {code} 的，不是发给本工作室（{local}）的；此处未导入任何内容。请交给工作室 {code}。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="400" />
            <location filename="../app/services/sync_down.py" line="471" />
            <source>The key of the office above is not registered here, so its package cannot be checked. Register it first from its key file (offices set-upper), then take the package again.</source>
            <translation>此处未登记上级工作室的密钥，无法核验其数据包。请先用其密钥文件登记（offices set-upper），再重新导入数据包。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="407" />
            <location filename="../app/services/sync_down.py" line="478" />
            <source>This package says it comes from office {sender}, which is not the office above this one ({upper}); it is not taken.</source>
            <translation>此数据包自称来自工作室 {sender}，但它不是本工作室的上级（{upper}）；未导入。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="418" />
            <source>The package's signature does not match the key registered for the office above ({code}): the package was altered, or another office made it. Nothing was taken.</source>
            <translation>数据包的签名与此处登记的上级工作室（{code}）密钥不符：数据包被改动过，或由其他工作室生成。未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="498" />
            <source>This is a package for an office above (from office {sender}); it is imported at the office it reports to, not taken here as a package from above.</source>
            <translation>这是报给上级的数据包（来自工作室 {sender}）；应在其上级工作室导入，不能在此作为上级下发的数据包导入。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="617" />
            <source>Package {sequence} from office {code} is not newer than package {last} already taken here; an old package is never taken again (it would undo later decisions). Nothing was taken.</source>
            <translation>工作室 {code} 的第 {sequence} 号数据包不比此处已导入的第 {last} 号新；旧数据包不会再次导入（否则会撤销后来的决定）。未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="790" />
            <source>Write the answer first.</source>
            <translation>请先填写答复。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="792" />
            <source>An answer is at most {n} characters of ordinary text.</source>
            <translation>答复最多 {n} 个普通文字字符。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="801" />
            <source>There is no question {id} from the office above. List them with: sync questions list.</source>
            <translation>没有来自上级工作室的问题 {id}。查看列表：sync questions list。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="345" />
            <source>Took {file} from office {sender}, package {sequence}: {decisions} decisions applied, {questions} new questions, {policies} policy versions.</source>
            <translation>已导入工作室 {sender} 的 {file}（第 {sequence} 号数据包）：执行 {decisions} 项决定，新问题 {questions} 个，政策版本 {policies} 个。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="436" />
            <source>The file is {size} MB; a package from the office above is at most {limit} MB, so this is not one. Nothing was taken.</source>
            <translation>文件大小为 {size} MB；上级工作室的数据包最大 {limit} MB，因此这不是此类数据包。未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="362" />
            <source>{name} ({id_number}) left this register: the household is in {village} of office {office} now, as the office above decided.</source>
            <translation>{name}（{id_number}）已移出本台账：按上级工作室的决定，此户现属工作室 {office} 的 {village}。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="583" />
            <source>The package carries a policy table of office {source}, which is not above this office; nothing was taken.</source>
            <translation>数据包中含有工作室 {source} 的政策表，但它不是本工作室的上级；未导入任何内容。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="918" />
            <source>The package resolves a conflict about office {code}, which is not the sending office nor below it; it is not imported.</source>
            <translation>数据包处理了涉及工作室 {code} 的冲突，但该工作室既不是发送方也不在其下级；未导入。</translation>
        </message>
        <message>
            <location filename="../app/services/loan_book.py" line="557" />
            <source>Today's rules of the {product} (since {since}) would not allow this; the loan was granted on {date} under the rules then in force (the version of {then}) and is recorded with this note.</source>
            <translation>按{product}现行规定（{since} 起施行）不允许这样发放；该贷款于 {date} 按当时施行的规定（{then} 起施行的版本）发放，连同本说明一并登记。</translation>
        </message>
        <message>
            <location filename="../app/commands/offices.py" line="106" />
            <source>Registered office {code} ({name}) as the office above this one: this office's packages are now encrypted to it, and what it sends down is checked against its key.</source>
            <translation>已将工作室 {code}（{name}）登记为本工作室的上级：此后本工作室的数据包按其密钥加密，其下发的数据包按其密钥核验。</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="128" />
            <location filename="../app/commands/sync.py" line="183" />
            <source>, encrypted for office {code}</source>
            <translation>，已为工作室 {code} 加密</translation>
        </message>
        <message>
            <location filename="../app/commands/sync.py" line="130" />
            <location filename="../app/commands/sync.py" line="185" />
            <source>, encrypted with the passphrase</source>
            <translation>，已用口令加密</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="334" />
            <source>This office's profile names no office above it, and office {code} ({name}) is not above it by its code. Give a passphrase to encrypt its packages instead.</source>
            <translation>本工作室的资料中没有上级工作室，而工作室 {code}（{name}）按代码不在本工作室之上。请改用口令加密数据包。</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="344" />
            <source>The key file is office {code}'s ({name}), but the office above this one is {parent}. Ask office {parent} for its key file.</source>
            <translation>该密钥文件属于工作室 {code}（{name}），但本工作室的上级是 {parent}。请向工作室 {parent} 索取其密钥文件。</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="355" />
            <source>Office {code} is a {level} office; only a higher-level office can be the office above this one.</source>
            <translation>工作室 {code} 是{level}级工作室；只有更高一级的工作室才能作为本工作室的上级。</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="362" />
            <source>The key file of office {code} carries no encryption key (it was made by an older release). Ask office {code} to update the program and export its key again.</source>
            <translation>工作室 {code} 的密钥文件不含加密密钥（由旧版程序生成）。请工作室 {code} 更新程序后重新导出密钥。</translation>
        </message>
        <message>
            <location filename="../app/services/package_crypto.py" line="382" />
            <source>The encrypted package is damaged or incomplete, or it was altered on the way (it does not check out). Copy it again from the sending office.</source>
            <translation>加密数据包已损坏或不完整，或在传递中被改动（校验不通过）。请从发送方工作室重新复制。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="531" />
            <source>The package cannot be encrypted yet: the key of the office above ({parent}) is not registered here. Register it once from that office's key file (Sync page: Register the office above's key, or the command offices set-upper), or give a passphrase. No package was written.</source>
            <translation>数据包暂时无法加密：本处尚未登记上级工作室（{parent}）的密钥。请用该工作室的密钥文件登记一次（同步页面：登记上级工作室的密钥，或命令 offices set-upper），或者提供口令。未写入任何数据包。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="523" />
            <source>The package cannot be encrypted yet: this office's profile names no office above it. Register the key of the office above from its key file (Sync page: Register the office above's key, or the command offices set-upper), or give a passphrase. No package was written.</source>
            <translation>数据包暂时无法加密：本工作室的资料中没有上级工作室。请用上级工作室的密钥文件登记其密钥（同步页面：登记上级工作室的密钥，或命令 offices set-upper），或者提供口令。未写入任何数据包。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="843" />
            <source>This package was not encrypted: anyone who had the file could read every ID number in it. Give office {code} this office's key file (offices export-key; there: offices set-upper) so that its next packages are encrypted, and delete this file from the USB stick.</source>
            <translation>此数据包未加密：任何拿到该文件的人都能读出其中所有身份证号码。请把本工作室的密钥文件（offices export-key；在对方：offices set-upper）交给工作室 {code}，使其今后的数据包加密，并从U盘上删除此文件。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_down.py" line="241" />
            <source>The package for office {code} cannot be encrypted: its encryption key is not registered here (its key file came from an earlier release). Register its key file again (Sync page: Register an office below, or offices add-subordinate), or give a passphrase. No package was written.</source>
            <translation>发往工作室 {code} 的数据包无法加密：本处未登记其加密密钥（其密钥文件来自旧版程序）。请重新登记其密钥文件（同步页面：登记下级工作室，或命令 offices add-subordinate），或者提供口令。未写入任何数据包。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="640" />
            <source>The package is encrypted for an office; it can only be opened there.</source>
            <translation>此数据包是为某个工作室加密的，只能在该工作室打开。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="691" />
            <source>The package's envelope names office {envelope} as its sender, its contents office {office}: it was altered. Ask the sending office for it again.</source>
            <translation>数据包封套上的发送方是工作室 {envelope}，内容却来自工作室 {office}：数据包已被改动。请向发送方工作室重新索取。</translation>
        </message>
        <message>
            <location filename="../app/commands/backup.py" line="117" />
            <source>Restored {file} into {path} (office {office}). Sign in with your account as before (--user NAME).</source>
            <translation>已将 {file} 恢复到 {path}（工作室 {office}）。请照旧用您的账户登录（--user 账户名）。</translation>
        </message>
        <message>
            <location filename="../app/commands/backup.py" line="107" />
            <source>Password of an account in the backup: </source>
            <translation>备份中某个账户的密码：</translation>
        </message>
        <message>
            <location filename="../app/commands/office.py" line="80" />
            <source>Records were changed outside the program (the lines above); check --repair does not undo that. Find out who changed them, then restore the newest backup made before the change (restore FILE); the register as it is now is kept aside.</source>
            <translation>有记录在本程序之外被改动（见上面几行）；check --repair 不能撤销这些改动。请查明是谁改动的，然后恢复改动之前最新的备份（restore 文件）；当前的台账会另存一份。</translation>
        </message>
        <message>
            <location filename="../app/services/auth.py" line="616" />
            <source>{n} failed sign-in attempts (wrong passwords or recovery keys) since your last sign-in. The audit log lists them; if they were not yours, change the passwords.</source>
            <translation>自您上次登录以来有 {n} 次登录失败（密码或恢复密钥错误）。审计日志中列有这些记录；如果不是您本人所为，请修改密码。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="536" />
            <source>{path} is encrypted, and the key file that opens it ({keys}) is not beside it. Copy that file from the same folder or stick the backup came from (it has the same name, ending in .keys), then try again.</source>
            <translation>{path} 已加密，打开它的密钥文件（{keys}）不在它旁边。请从备份所在的同一文件夹或U盘复制该文件（同名，以 .keys 结尾），然后再试。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="546" />
            <source>{path} is encrypted: give the password of one of its accounts, or the recovery key printed when the register was encrypted.</source>
            <translation>{path} 已加密：请提供其中某个账户的密码，或台账加密时打印的恢复密钥。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="592" />
            <source>{path} already holds a register (an office or records), so a backup is not put in its place here. Sign in to it and restore from there (it is kept aside first), or choose another data folder.</source>
            <translation>{path} 中已有台账（工作室或记录），因此不在此处用备份替换它。请登录该台账并在其中恢复（会先把它另存一份），或选择另一个数据文件夹。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="558" />
            <source>The key file beside {path} is damaged, so the backup cannot be opened. Use another backup.</source>
            <translation>{path} 旁的密钥文件已损坏，无法打开该备份。请使用另一份备份。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="563" />
            <source>Neither the password of any account in {path} nor its recovery key is what was typed, so it was not restored. Check the password (or the recovery key on the printed sheet) and try again.</source>
            <translation>输入的既不是 {path} 中任何账户的密码，也不是它的恢复密钥，因此未恢复。请核对密码（或打印页上的恢复密钥）后再试。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="568" />
            <source>This recovery key does not open {path}. Check it against the printed sheet (letters A-Z and digits 2-7, in groups of four).</source>
            <translation>此恢复密钥打不开 {path}。请与打印页核对（字母 A-Z 和数字 2-7，每四个一组）。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="640" />
            <source>There is not enough free space to restore the backup; nothing was changed. Free some space.</source>
            <translation>空间不足，无法恢复备份；没有做任何改动。请释放一些空间。</translation>
        </message>
        <message>
            <location filename="../app/services/backup.py" line="644" />
            <source>The backup could not be read or copied ({detail}); nothing was changed.</source>
            <translation>无法读取或复制该备份（{detail}）；没有做任何改动。</translation>
        </message>
        <message>
            <location filename="../app/services/report_document.py" line="69" />
            <source>{name} (subtotal)</source>
            <translation>{name}（小计）</translation>
        </message>
        <message>
            <location filename="../app/domain/complaints.py" line="115" />
            <source>{value} is not a code of the JR/T 0169-2018 list. Choose one from the list, or {other} for other.</source>
            <translation>{value}不是JR/T 0169-2018中的代码。请从列表中选择，其他情况选{other}。</translation>
        </message>
        <message>
            <location filename="../app/services/keys.py" line="198" />
            <source>{path} is a folder, a device or a pipe, not a key file. Choose the key file itself.</source>
            <translation>{path} 是文件夹、设备或管道，不是密钥文件。请选择密钥文件本身。</translation>
        </message>
        <message>
            <location filename="../app/commands/report.py" line="197" />
            <source>{name} ends in {suffix}, but the file written here is in .{format} format. Give it a name ending in .{format}.</source>
            <translation>{name} 的扩展名是 {suffix}，但这里写出的是 .{format} 格式的文件。请把文件名改为以 .{format} 结尾。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="47" />
            <source>{names} must be given. See --help for how the command is written.</source>
            <translation>必须给出 {names}。命令的写法见 --help。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="51" />
            <source>{option} takes a whole number, such as 3; {value} is not one.</source>
            <translation>{option} 需要一个整数，例如 3；{value} 不是整数。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="55" />
            <source>{option}: {value} is not one of the choices ({choices}).</source>
            <translation>{option}：{value} 不在可选项（{choices}）之中。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="59" />
            <source>{option}: {value} is not a value it takes.</source>
            <translation>{option}：不接受 {value} 这个值。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="61" />
            <source>{option} needs a value after it.</source>
            <translation>{option} 后面需要一个值。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="64" />
            <source>{option} cannot be given together with {other}.</source>
            <translation>{option} 不能与 {other} 同时使用。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="66" />
            <source>Give one of {names}.</source>
            <translation>请给出 {names} 中的一个。</translation>
        </message>
        <message>
            <location filename="../app/cli.py" line="69" />
            <source>This command does not take {names}. See --help for what it takes.</source>
            <translation>此命令不接受 {names}。它接受的参数见 --help。</translation>
        </message>
        <message>
            <location filename="../app/domain/dates.py" line="91" />
            <source>The date {date} is before 1990. Check the year.</source>
            <translation>日期 {date} 早于 1990 年，请核对年份。</translation>
        </message>
        <message>
            <location filename="../app/services/demo.py" line="255" />
            <source>The demo's date must lie between {first} and {last}; {value} was asked.</source>
            <translation>演示数据的日期须在 {first} 至 {last} 之间；所要求的是 {value}。</translation>
        </message>
        <message>
            <location filename="../app/services/sync.py" line="1546" />
            <source>The package holds a record this program does not take ({parent} {parent_id}: a value no form of the program lets through, such as text too long or holding control characters, or a number or a date that is none), and records that depend on it. Ask office {office} to run the register check and send the package again.</source>
            <translation>数据包中有本程序不接收的记录（{parent} {parent_id}：含有程序任何表单都不允许的值，例如过长或含控制字符的文字，或不是数字的数字、不是日期的日期），以及依赖它的记录。请工作室 {office} 运行台账检查，然后重新发送数据包。</translation>
        </message>
        <message>
            <location filename="../app/services/roster/safety.py" line="93" />
            <source>{name} is a folder, not a roster file. Open the folder and choose the roster file in it.</source>
            <translation>{name} 是文件夹，不是花名册文件。请打开该文件夹，选择其中的花名册文件。</translation>
        </message>
        <message>
            <location filename="../app/services/sync_package.py" line="120" />
            <source>{path} is a file, not a folder. Give the folder to write the package into, such as {parent}.</source>
            <translation>{path} 是文件，不是文件夹。请指定写入数据包的文件夹，例如 {parent}。</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>全部保存</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>是(&amp;Y)</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>全是(&amp;A)</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>否(&amp;N)</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>全否(&amp;O)</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>中止</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>重试</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>忽略</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>丢弃</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>帮助</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>应用</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>重置</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>恢复默认值</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>确定</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>显示详情...</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>隐藏详情...</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>撤消(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>全选</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>撤消(&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>重做(&amp;R)</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>剪切(&amp;T)</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>复制(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>粘贴(&amp;P)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>全选</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>复制链接地址(&amp;L)</translation>
        </message>
    </context>
    <context>
        <name>QAbstractSpinBox</name>
        <message>
            <source>&amp;Select All</source>
            <translation>全选(&amp;S)</translation>
        </message>
        <message>
            <source>&amp;Step up</source>
            <translation>升高(&amp;S)</translation>
        </message>
        <message>
            <source>Step &amp;down</source>
            <translation>降低(&amp;D)</translation>
        </message>
    </context>
    <context>
        <name>QProgressDialog</name>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
    </context>
    <context>
        <name>QInputDialog</name>
        <message>
            <source>Enter a value:</source>
            <translation>输入一个值：</translation>
        </message>
    </context>
    <context>
        <name>QWizard</name>
        <message>
            <source>&amp;Finish</source>
            <translation>完成(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>下一步(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Next &gt;</source>
            <translation>下一步(&amp;N) &gt;</translation>
        </message>
        <message>
            <source>&lt; &amp;Back</source>
            <translation>&lt; 上一步(&amp;B)</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>提交</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>继续</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>完成</translation>
        </message>
        <message>
            <source>Go Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>帮助</translation>
        </message>
    </context>
    <context>
        <name>QFileDialog</name>
        <message>
            <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
            <translation>%1
目录未找到。
请检查指定的目录名是否正确。</translation>
        </message>
        <message>
            <source>%1
File not found.
Please verify the correct file name was given.</source>
            <translation>%1
文件未找到。
请检查指定的文件名是否正确。</translation>
        </message>
        <message>
            <source>%1 already exists.
Do you want to replace it?</source>
            <translation>%1 已存在。
您想要替换它吗？</translation>
        </message>
        <message>
            <source>&amp;Choose</source>
            <translation>选择(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>删除(&amp;D)</translation>
        </message>
        <message>
            <source>&amp;New Folder</source>
            <translation>新建文件夹(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>打开(&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Rename</source>
            <translation>重命名(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>保存(&amp;S)</translation>
        </message>
        <message>
            <source>'%1' is write protected.
Do you want to delete it anyway?</source>
            <translation>“%1”已被写入保护。
您仍然想要删除它吗？</translation>
        </message>
        <message>
            <source>All Files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>所有文件 (*)</translation>
        </message>
        <message>
            <source>Are you sure you want to delete '%1'?</source>
            <translation>您确定要删除“%1”吗？</translation>
        </message>
        <message>
            <source>Back</source>
            <translation>后退</translation>
        </message>
        <message>
            <source>Change to detail view mode</source>
            <translation>更改为详情视图模式</translation>
        </message>
        <message>
            <source>Change to list view mode</source>
            <translation>更改为列表视图模式</translation>
        </message>
        <message>
            <source>Could not delete directory.</source>
            <translation>无法删除目录。</translation>
        </message>
        <message>
            <source>Create New Folder</source>
            <translation>新建文件夹</translation>
        </message>
        <message>
            <source>Create a New Folder</source>
            <translation>新建一个文件夹</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <source>Detail View</source>
            <translation>详情视图</translation>
        </message>
        <message>
            <source>Directories</source>
            <translation>目录</translation>
        </message>
        <message>
            <source>Directory:</source>
            <translation>目录：</translation>
        </message>
        <message>
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
        <message>
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>File &amp;name:</source>
            <translation>文件名称(&amp;N)：</translation>
        </message>
        <message>
            <source>File Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Files</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>Files of type:</source>
            <translation>文件类型：</translation>
        </message>
        <message>
            <source>Find Directory</source>
            <translation>查找目录</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <source>Forward</source>
            <translation>前进</translation>
        </message>
        <message>
            <source>Go back</source>
            <translation>后退</translation>
        </message>
        <message>
            <source>Go forward</source>
            <translation>前进</translation>
        </message>
        <message>
            <source>Go to the parent directory</source>
            <translation>转到父目录</translation>
        </message>
        <message>
            <source>List View</source>
            <translation>列表视图</translation>
        </message>
        <message>
            <source>List of places and bookmarks</source>
            <translation>位置和书签列表</translation>
        </message>
        <message>
            <source>Look in:</source>
            <translation>查找范围：</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>我的电脑</translation>
        </message>
        <message>
            <source>New Folder</source>
            <translation>新建文件夹</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>打开</translation>
        </message>
        <message>
            <source>Parent Directory</source>
            <translation>父目录</translation>
        </message>
        <message>
            <source>Recent Places</source>
            <translation>最近位置</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <source>Save As</source>
            <translation>另存为</translation>
        </message>
        <message>
            <source>Show &amp;hidden files</source>
            <translation>显示隐藏文件(&amp;H)</translation>
        </message>
        <message>
            <source>Sidebar</source>
            <translation>侧边栏</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>未知</translation>
        </message>
        <message>
            <source>&amp;Look in:</source>
            <translation>查找范围(&amp;L)：</translation>
        </message>
        <message>
            <source>Files of &amp;type:</source>
            <translation>文件类型(&amp;T)：</translation>
        </message>
    </context>
    <context>
        <name>QFileSystemModel</name>
        <message>
            <source>Computer</source>
            <translation>计算机</translation>
        </message>
        <message>
            <source>Date Modified</source>
            <translation>修改日期</translation>
        </message>
        <message>
            <source>Invalid filename</source>
            <translation>无效的文件名</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>类型</translation>
        </message>
        <message>
            <source>My Computer</source>
            <translation>我的电脑</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>名称</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>体积</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>类型</translation>
        </message>
    </context>
    <context>
        <name>FontSettingsBox</name>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="13" />
            <source>Dual-base linkage office</source>
            <translation>双基联动工作室</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="58" />
            <source>Fonts</source>
            <translation>字体</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="59" />
            <source>Tibetan font:</source>
            <translation>藏文字体：</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="60" />
            <source>Chinese font:</source>
            <translation>中文字体：</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="61" />
            <source>Choose a Tibetan font file…</source>
            <translation>选择藏文字体文件…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="62" />
            <source>Choose a Chinese font file…</source>
            <translation>选择中文字体文件…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="63" />
            <source>Use the installed fonts</source>
            <translation>使用已安装的字体</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="73" />
            <source>none found</source>
            <translation>未找到</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="16" />
            <source>installed</source>
            <translation>已安装</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="15" />
            <source>%1 (%2), drawn %3× larger</source>
            <translation>%1（%2），放大 %3 倍显示</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="98" />
            <source>Choose a Tibetan font file</source>
            <translation>选择藏文字体文件</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="98" />
            <source>Choose a Chinese font file</source>
            <translation>选择中文字体文件</translation>
        </message>
        <message>
            <location filename="../ui/widgets/font_settings.py" line="99" />
            <source>Font files (*.ttf *.otf *.ttc)</source>
            <translation>字体文件 (*.ttf *.otf *.ttc)</translation>
        </message>
    </context>
    <context>
        <name>LanguageMenu</name>
        <message>
            <location filename="../ui/i18n.py" line="382" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="383" />
            <source>Tibetan</source>
            <translation>藏文</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="384" />
            <source>Bilingual</source>
            <translation>双语</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="488" />
            <source>&amp;Language</source>
            <translation>语言(&amp;L)</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="491" />
            <source>Tibetan first in bilingual text</source>
            <translation>双语时藏文在前</translation>
        </message>
        <message>
            <location filename="../ui/i18n.py" line="492" />
            <source>Tibetan digits in Tibetan mode</source>
            <translation>藏文模式下使用藏文数字</translation>
        </message>
    </context>
    <context>
        <name>QAbstractFileIconProvider</name>
        <message>
            <source>Drive</source>
            <translation>驱动器</translation>
        </message>
        <message>
            <source>Folder</source>
            <comment>All other platforms</comment>
            <translation>文件夹</translation>
        </message>
    </context>
    <context>
        <name>Columns</name>
        <message>
            <location filename="../ui/pages/households.py" line="130" />
            <source>Name (Chinese)</source>
            <translation>姓名（中文）</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="132" />
            <source>Name (Tibetan)</source>
            <translation>姓名（藏文）</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="136" />
            <source>ID number</source>
            <translation>身份证号码</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="140" />
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="143" />
            <location filename="../ui/pages/ratings.py" line="344" />
            <location filename="../ui/pages/sessions.py" line="293" />
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="147" />
            <source>Group</source>
            <translation>组</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="327" />
            <location filename="../ui/pages/households.py" line="150" />
            <location filename="../ui/pages/loans.py" line="247" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="156" />
            <source>Size</source>
            <translation>人口</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="169" />
            <source>Updated</source>
            <translation>更新时间</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="309" />
            <source>Received</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="313" />
            <source>Complainant</source>
            <translation>投诉人</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="316" />
            <source>Institution</source>
            <translation>机构</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="320" />
            <source>Channel</source>
            <translation>渠道</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="321" />
            <source>Business type</source>
            <translation>业务类型</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="322" />
            <source>Cause</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="323" />
            <source>Handler</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="324" />
            <source>Due</source>
            <translation>办结期限</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="163" />
            <location filename="../ui/pages/loans.py" line="221" />
            <source>Registered</source>
            <translation>登记日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="227" />
            <location filename="../ui/pages/ratings.py" line="338" />
            <source>Household</source>
            <translation>农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="233" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="239" />
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="244" />
            <source>Months</source>
            <translation>月数</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="254" />
            <source>Status date</source>
            <translation>状态日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="258" />
            <source>Bank</source>
            <translation>银行</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="46" />
            <location filename="../ui/pages/loans.py" line="261" />
            <source>Granted (yuan)</source>
            <translation>发放（元）</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="288" />
            <source>Held on</source>
            <translation>举办日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="290" />
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="297" />
            <source>Topics</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="300" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="306" />
            <source>Attendance</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="313" />
            <source>Women</source>
            <translation>妇女</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="319" />
            <source>Poor households</source>
            <translation>贫困户</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="332" />
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="350" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="357" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="364" />
            <source>Bank's score</source>
            <translation>银行评分</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="370" />
            <source>Village's score</source>
            <translation>村评分</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="374" />
            <source>Bank's rater</source>
            <translation>银行评定人</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="377" />
            <source>Village's rater</source>
            <translation>村评定人</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="382" />
            <source>Rated on</source>
            <translation>评定日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="389" />
            <source>Signed (village · bank)</source>
            <translation>签字（村 · 银行）</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <location filename="../ui/widgets/filter_bar.py" line="83" />
            <source>All statuses</source>
            <translation>全部状态</translation>
        </message>
        <message>
            <location filename="../ui/widgets/filter_bar.py" line="90" />
            <source>All villages</source>
            <translation>全部村</translation>
        </message>
        <message>
            <location filename="../ui/widgets/filter_bar.py" line="115" />
            <source>Search: name, pinyin, Wylie, ID number tail, phone (Ctrl+F)</source>
            <translation>搜索：姓名、拼音、威利转写、身份证号尾号、电话（Ctrl+F）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/filter_bar.py" line="116" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../ui/widgets/filter_bar.py" line="117" />
            <source>To</source>
            <translation>至</translation>
        </message>
    </context>
    <context>
        <name>FormDialog</name>
        <message>
            <source>Not saved yet — %1: %2</source>
            <extracomment>the service whose validate() is the default check (set by subclasses or in __init__)</extracomment>
            <translation type="vanished">尚未保存 — %1：%2</translation>
        </message>
        <message>
            <source>Not saved yet — %1</source>
            <translation type="vanished">尚未保存 — %1</translation>
        </message>
        <message>
            <location filename="../ui/forms/base.py" line="492" />
            <source>Not saved yet</source>
            <extracomment>the service whose validate() is the default check (set by subclasses or in __init__)</extracomment>
            <translation>尚未保存</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDialog</name>
        <message>
            <location filename="../ui/pages/households.py" line="73" />
            <source>Edit household</source>
            <translation>编辑农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="73" />
            <source>New household</source>
            <translation>新建农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="77" />
            <source>Head's name in Chinese</source>
            <translation>户主姓名（中文）</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="78" />
            <source>Head's name in Tibetan</source>
            <translation>户主姓名（藏文）</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="79" />
            <source>ID number</source>
            <translation>身份证号码</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="80" />
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="81" />
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="82" />
            <source>Village group</source>
            <translation>村民小组</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="83" />
            <source>Household size</source>
            <translation>家庭人口</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="84" />
            <source>Working members</source>
            <translation>劳动力人数</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="85" />
            <source>Ethnicity</source>
            <translation>民族</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="86" />
            <source>Preferred language</source>
            <translation>常用语言</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="87" />
            <source>Household status</source>
            <translation>农户类别</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="88" />
            <source>Main industry</source>
            <translation>主要产业</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="90" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="91" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <source>Registered on (建档立卡)</source>
            <translation type="vanished">登记日期（建档立卡）</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="89" />
            <source>Registered on</source>
            <translation>登记日期（建档立卡）</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="67" />
            <source>%1 (kept: type a full number only to replace it)</source>
            <translation>%1（保留原号码；只有要更换时才输入完整号码）</translation>
        </message>
    </context>
    <context>
        <name>HouseholdPicker</name>
        <message>
            <location filename="../ui/widgets/household_picker.py" line="67" />
            <source>Type a name, pinyin, Wylie or the last digits of the ID number</source>
            <translation>输入姓名、拼音、威利转写或身份证号尾号</translation>
        </message>
    </context>
    <context>
        <name>HouseholdsPage</name>
        <message>
            <location filename="../ui/pages/households.py" line="182" />
            <source>Households</source>
            <translation>农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/households.py" line="185" />
            <source>Edit…</source>
            <translation>编辑…</translation>
        </message>
    </context>
    <context>
        <name>LoanStepDialog</name>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="21" />
            <source>Loan demand: %1</source>
            <translation>融资需求：%1</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="100" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="101" />
            <source>Amount granted (yuan)</source>
            <translation>发放金额（元）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="102" />
            <source>Yearly rate (%)</source>
            <translation>年利率（%）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="103" />
            <source>Maturity date</source>
            <translation>到期日</translation>
        </message>
        <message>
            <source>Interest subsidy (yuan)</source>
            <translation type="vanished">贴息（元）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="105" />
            <source>Reason</source>
            <translation>原因</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="105" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="104" />
            <source>Contract number</source>
            <translation>合同编号</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <location filename="../ui/main_window.py" line="197" />
            <source>Dual-base linkage office register</source>
            <translation>双基联动工作室台账</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="200" />
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <source>Households</source>
            <translation type="vanished">农牧户</translation>
        </message>
        <message>
            <source>Loan demands</source>
            <translation type="vanished">融资需求</translation>
        </message>
        <message>
            <source>Literacy sessions</source>
            <translation type="vanished">金融知识宣传培训</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation type="vanished">投诉</translation>
        </message>
        <message>
            <source>Credit ratings</source>
            <translation type="vanished">信用评级</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="201" />
            <source>Reports</source>
            <translation>报表</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="202" />
            <source>Sync</source>
            <translation>数据同步</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="203" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="204" />
            <source>Settings</source>
            <translation>设置</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="213" />
            <source>&amp;File</source>
            <translation>文件(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="214" />
            <source>&amp;Edit</source>
            <translation>编辑(&amp;E)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="215" />
            <source>&amp;View</source>
            <translation>视图(&amp;V)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="216" />
            <source>&amp;Help</source>
            <translation>帮助(&amp;H)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="217" />
            <source>&amp;Back up…</source>
            <translation>备份(&amp;B)…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="218" />
            <source>&amp;Export and reports…</source>
            <translation>导出与报表(&amp;E)…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="220" />
            <source>&amp;Quit</source>
            <translation>退出(&amp;Q)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="223" />
            <source>&amp;Undo</source>
            <translation>撤销(&amp;U)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="224" />
            <source>Undo the last change (Ctrl+Z)</source>
            <translation>撤销上一次修改（Ctrl+Z）</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="225" />
            <source>&amp;New</source>
            <translation>新建(&amp;N)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="226" />
            <source>New record in this page (Ctrl+N)</source>
            <translation>在本页新建记录（Ctrl+N）</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="227" />
            <source>&amp;Find</source>
            <translation>查找(&amp;F)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="228" />
            <source>&amp;Refresh</source>
            <translation>刷新(&amp;R)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="229" />
            <source>&amp;About</source>
            <translation>关于(&amp;A)</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="230" />
            <source>Toolbar</source>
            <translation>工具栏</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="246" />
            <source>User: %1</source>
            <translation>用户：%1</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="248" />
            <source>Register file</source>
            <translation>台账文件</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="56" />
            <source>Last backup: %1</source>
            <translation>上次备份：%1</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="57" />
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="360" />
            <source>Nothing to undo.</source>
            <translation>没有可撤销的操作。</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="364" />
            <source>Undone.</source>
            <translation>已撤销。</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="426" />
            <source>About</source>
            <translation>关于</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="428" />
            <source>Dual-base linkage office register: households, loan demands, financial literacy, complaints and credit ratings of a dual-base linkage office, offline, in Chinese and Tibetan.</source>
            <translation>双基联动工作室台账：双基联动工作室的农牧户、融资需求、金融知识宣传、投诉和信用评级，离线使用，汉藏双语。</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="219" />
            <source>&amp;Import a roster…</source>
            <translation>导入花名册(&amp;I)…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="221" />
            <source>&amp;Switch account…</source>
            <translation>切换账户(&amp;S)…</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="222" />
            <source>Sign out, and sign in with another account without closing the program</source>
            <translation>注销当前账户，不关闭程序即可用另一个账户登录</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="382" />
            <source>There are no accounts yet: add them under Settings ▸ Users.</source>
            <translation>还没有任何账户：请在“设置 ▸ 用户”中添加。</translation>
        </message>
        <message>
            <location filename="../ui/main_window.py" line="394" />
            <source>Signed in as %1.</source>
            <translation>已用 %1 登录。</translation>
        </message>
    </context>
    <context>
        <name>OfficeDialog</name>
        <message>
            <location filename="../ui/dialogs/office.py" line="56" />
            <source>The office this register belongs to</source>
            <translation>本台账所属的工作室</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="60" />
            <source>Office code</source>
            <translation>工作室代码</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="61" />
            <source>Level</source>
            <translation>级别</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="62" />
            <source>Name in Chinese</source>
            <translation>中文名称</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="63" />
            <source>Name in Tibetan</source>
            <translation>藏文名称</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="64" />
            <source>Parent office code</source>
            <translation>上级工作室代码</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="65" />
            <source>Partner bank branch</source>
            <translation>合作银行网点</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/office.py" line="41" />
            <source>Restore from a backup…</source>
            <extracomment>OfficeDialog's value when a backup was restored instead of an office set up</extracomment>
            <translation>从备份恢复…</translation>
        </message>
    </context>
    <context>
        <name>Operation</name>
        <message>
            <location filename="../ui/app.py" line="87" />
            <location filename="../ui/errors.py" line="67" />
            <source>Error</source>
            <translation>错误</translation>
        </message>
        <message>
            <location filename="../ui/errors.py" line="65" />
            <source>Not saved</source>
            <extracomment>tests may read what was last told</extracomment>
            <translation>未保存</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <location filename="../ui/pages/page.py" line="111" />
            <source>This part of the program is coming in a later version.</source>
            <extracomment>navigation order: (name, module under ui.pages, class name)</extracomment>
            <translation>程序的这一部分将在以后的版本中提供。</translation>
        </message>
    </context>
    <context>
        <name>RegisterPage</name>
        <message>
            <location filename="../ui/pages/register_page.py" line="211" />
            <source>New…</source>
            <translation>新建…</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="212" />
            <source>Ctrl+N</source>
            <translation>Ctrl+N</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="213" />
            <source>Open…</source>
            <translation>打开…</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="214" />
            <source>Enter or double-click a row</source>
            <translation>按回车或双击一行</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="215" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="283" />
            <source>%1 records</source>
            <translation>%1 条记录</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="335" />
            <source>Deleted. Ctrl+Z brings it back.</source>
            <translation>已删除。按 Ctrl+Z 可恢复。</translation>
        </message>
        <message>
            <location filename="../ui/pages/register_page.py" line="274" />
            <location filename="../ui/pages/register_page.py" line="280" />
            <source>Searching…</source>
            <translation>正在查找…</translation>
        </message>
    </context>
    <context>
        <name>RegisterTableModel</name>
        <message>
            <location filename="../ui/models/paged.py" line="456" />
            <source>Deleted</source>
            <extracomment>role for the row's record id (str) role for the whole row dict</extracomment>
            <translation>已删除</translation>
        </message>
        <message>
            <location filename="../ui/models/paged.py" line="458" />
            <source>Imported from office %1: read-only here</source>
            <translation>从工作室 %1 导入：此处只读</translation>
        </message>
    </context>
    <context>
        <name>AttendeeList</name>
        <message>
            <location filename="../ui/pages/sessions.py" line="135" />
            <source>Add</source>
            <translation>添加</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="136" />
            <source>Remove</source>
            <translation>移除</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="140" />
            <source>%1 households linked</source>
            <translation>已关联 %1 户</translation>
        </message>
    </context>
    <context>
        <name>ComplaintDialog</name>
        <message>
            <location filename="../ui/pages/complaints.py" line="164" />
            <source>%1 (%2 days after receipt)</source>
            <extracomment>lifecycle buttons: (target status, object name)</extracomment>
            <translation>%1（受理后 %2 天）</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="172" />
            <source>Edit complaint</source>
            <translation>编辑投诉</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="172" />
            <source>New complaint</source>
            <translation>新建投诉</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="176" />
            <source>Received on</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="177" />
            <source>Received by</source>
            <translation>受理方式</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="178" />
            <source>Complainant's household</source>
            <translation>投诉人所在农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="179" />
            <source>Complainant (if not a household)</source>
            <translation>投诉人（非登记农牧户时）</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="180" />
            <source>Complainant's phone</source>
            <translation>投诉人电话</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="181" />
            <source>Institution</source>
            <translation>机构</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="182" />
            <source>What the complaint is about</source>
            <translation>投诉内容</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="183" />
            <source>Business channel (JR/T 0169 A)</source>
            <translation>业务办理渠道（JR/T 0169 A）</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="184" />
            <source>Business type (JR/T 0169 B)</source>
            <translation>业务类型（JR/T 0169 B）</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="185" />
            <source>Cause (JR/T 0169 C)</source>
            <translation>投诉原因（JR/T 0169 C）</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="186" />
            <source>Handler</source>
            <translation>处理人</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="187" />
            <source>Due on</source>
            <translation>办结期限</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="188" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>ComplaintStepDialog</name>
        <message>
            <location filename="../ui/pages/complaints.py" line="35" />
            <source>Complaint: %1</source>
            <translation>投诉：%1</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="236" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="237" />
            <source>Transferred to</source>
            <translation>转交至</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="238" />
            <source>Outcome</source>
            <translation>处理结果</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="239" />
            <source>Complainant's satisfaction</source>
            <translation>投诉人满意度</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="240" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="240" />
            <source>Why satisfaction was not asked</source>
            <translation>未询问满意度的原因</translation>
        </message>
    </context>
    <context>
        <name>ComplaintsPage</name>
        <message>
            <location filename="../ui/pages/complaints.py" line="337" />
            <source>Overdue only</source>
            <translation>仅逾期</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="337" />
            <source>Overdue or not</source>
            <translation>逾期与否均可</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="367" />
            <source>Complaints</source>
            <translation>投诉</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="370" />
            <source>Transfer…</source>
            <translation>转交…</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="370" />
            <source>Resolve…</source>
            <translation>办结…</translation>
        </message>
        <message>
            <location filename="../ui/pages/complaints.py" line="370" />
            <source>Close…</source>
            <translation>结案…</translation>
        </message>
    </context>
    <context>
        <name>HouseholdDetailPage</name>
        <message>
            <location filename="../ui/pages/household_detail.py" line="223" />
            <source>%1 people, %2 working</source>
            <translation>%1 人，劳动力 %2 人</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="328" />
            <source>◀ Back to the list</source>
            <translation>◀ 返回列表</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="329" />
            <source>Edit household…</source>
            <translation>编辑农牧户…</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="330" />
            <source>New loan demand…</source>
            <translation>新建融资需求…</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="331" />
            <source>New complaint…</source>
            <translation>新建投诉…</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="332" />
            <source>Print record card…</source>
            <translation>打印档案卡…</translation>
        </message>
        <message>
            <source>Record cards come with the reports part of the program.</source>
            <translation type="vanished">档案卡由程序的报表部分提供。</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="335" />
            <source>Write this household's record card as a PDF</source>
            <translation>将该农牧户的档案卡生成 PDF</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="336" />
            <location filename="../ui/pages/household_detail.py" line="342" />
            <source>Household</source>
            <translation>农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="338" />
            <source>ID number</source>
            <translation>身份证号码</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="339" />
            <source>Born</source>
            <translation>出生日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="340" />
            <source>Phone</source>
            <translation>联系电话</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="341" />
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="343" />
            <source>Ethnicity</source>
            <translation>民族</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="344" />
            <source>Preferred language</source>
            <translation>常用语言</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="345" />
            <location filename="../ui/pages/household_detail.py" line="359" />
            <location filename="../ui/pages/household_detail.py" line="367" />
            <source>Status</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="346" />
            <source>Main industry</source>
            <translation>主要产业</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="348" />
            <source>Address</source>
            <translation>地址</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="349" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="355" />
            <location filename="../ui/pages/household_detail.py" line="365" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="356" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="357" />
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="358" />
            <source>Months</source>
            <translation>月数</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="360" />
            <source>Status date</source>
            <translation>状态日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="361" />
            <source>Granted (yuan)</source>
            <translation>发放（元）</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="362" />
            <source>Purpose / history</source>
            <translation>用途 / 办理经过</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="365" />
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="365" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="365" />
            <source>Topics</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="367" />
            <source>Received</source>
            <translation>受理日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="367" />
            <source>Institution</source>
            <translation>机构</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="367" />
            <source>Due</source>
            <translation>办结期限</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="367" />
            <source>Description</source>
            <translation>描述</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="370" />
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="370" />
            <source>Score</source>
            <translation>得分</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="370" />
            <source>Grade</source>
            <translation>等级</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="370" />
            <source>Raters</source>
            <translation>评定人</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="370" />
            <source>Rated on</source>
            <translation>评定日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="377" />
            <source>Loan demands (%1)</source>
            <translation>融资需求（%1）</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="378" />
            <source>Literacy sessions attended (%1)</source>
            <translation>参加的金融知识宣传培训（%1）</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="379" />
            <source>Complaints (%1)</source>
            <translation>投诉（%1）</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="380" />
            <source>Credit ratings (%1)</source>
            <translation>信用评级（%1）</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="451" />
            <source>Save the record card</source>
            <translation>保存档案卡</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="451" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF 文件 (*.pdf)</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="467" />
            <source>Writing the record card…</source>
            <translation>正在生成档案卡…</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="464" />
            <source>Record card written: %1</source>
            <translation>档案卡已生成：%1</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="347" />
            <source>Registered on</source>
            <translation>登记日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="333" />
            <source>Print this household's record card, with a preview</source>
            <translation>打印本户的档案卡（可先预览）</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="334" />
            <source>Save record card as PDF…</source>
            <translation>将档案卡保存为 PDF…</translation>
        </message>
        <message>
            <location filename="../ui/pages/household_detail.py" line="436" />
            <source>Record card: %1</source>
            <translation>档案卡：%1</translation>
        </message>
    </context>
    <context>
        <name>LoanDemandDialog</name>
        <message>
            <location filename="../ui/pages/loans.py" line="129" />
            <source>Edit loan demand</source>
            <extracomment>lifecycle buttons in the order they are shown: (target status, object name)</extracomment>
            <translation>编辑融资需求</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="129" />
            <source>New loan demand</source>
            <translation>新建融资需求</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="39" />
            <location filename="../ui/pages/loans.py" line="133" />
            <source>Household</source>
            <translation>农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="134" />
            <source>Registered on</source>
            <translation>登记日期</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="42" />
            <location filename="../ui/pages/loans.py" line="135" />
            <source>Loan product</source>
            <translation>贷款产品</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_step.py" line="43" />
            <location filename="../ui/pages/loans.py" line="136" />
            <source>Amount asked (yuan)</source>
            <translation>需求金额（元）</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="137" />
            <source>Term (months)</source>
            <translation>期限（月）</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="138" />
            <source>Purpose</source>
            <translation>用途</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="139" />
            <source>Industry</source>
            <translation>产业</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="140" />
            <source>Bank</source>
            <translation>银行</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="141" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="166" />
            <source>What this product allows this household</source>
            <translation>该产品对此农牧户的条件</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="168" />
            <source>Choose the household and the loan product to see the product's rules.</source>
            <translation>选择农牧户和贷款产品后可查看产品规定。</translation>
        </message>
    </context>
    <context>
        <name>LoansPage</name>
        <message>
            <location filename="../ui/pages/loans.py" line="269" />
            <source>All products</source>
            <translation>全部产品</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="342" />
            <source>Loan demands</source>
            <translation>融资需求</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="346" />
            <source>Refer to bank…</source>
            <translation>推荐给银行…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="347" />
            <source>Approve…</source>
            <translation>审批…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="348" />
            <source>Grant…</source>
            <translation>发放…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="349" />
            <source>Reject…</source>
            <translation>拒绝…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="350" />
            <source>Withdraw…</source>
            <translation>撤回…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="351" />
            <source>Mark repaid…</source>
            <translation>标记为已还清…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="370" />
            <source>History of the selected demand</source>
            <translation>所选需求的办理经过</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="371" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="371" />
            <source>Step</source>
            <translation>环节</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="371" />
            <source>By</source>
            <translation>经办人</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="371" />
            <source>Reason / details</source>
            <translation>原因 / 详情</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="369" />
            <source>Selected demand:</source>
            <translation>所选需求：</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="74" />
            <source>Balance %1 yuan · maturity %2 · %3 days overdue · subsidy so far %4 yuan</source>
            <extracomment>lifecycle buttons in the order they are shown: (target status, object name) servicing buttons after the grant (app.services.loan_book): (step, object name) the selected loan's figures above the rules panel (filled per language by Language.fill)</extracomment>
            <translation>余额 %1 元 · 到期日 %2 · 逾期 %3 天 · 累计贴息 %4 元</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="75" />
            <source>interest %1</source>
            <translation>利息 %1</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="356" />
            <source>Repayment…</source>
            <translation>还款…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="357" />
            <source>Extend…</source>
            <translation>展期…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="358" />
            <source>Top up…</source>
            <translation>追加贷款…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="359" />
            <source>Default…</source>
            <translation>违约…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="360" />
            <source>Compensation claim…</source>
            <translation>风险补偿申请…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="361" />
            <source>Write off…</source>
            <translation>核销…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="365" />
            <location filename="../ui/pages/loans.py" line="580" />
            <source>Visit list</source>
            <translation>走访清单</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="366" />
            <source>Overdue and due within 30 days…</source>
            <translation>逾期及 30 天内到期…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="367" />
            <source>Overdue and due within 60 days…</source>
            <translation>逾期及 60 天内到期…</translation>
        </message>
        <message>
            <location filename="../ui/pages/loans.py" line="368" />
            <source>Rules for the selected loan</source>
            <translation>所选贷款适用的规则</translation>
        </message>
    </context>
    <context>
        <name>SessionDialog</name>
        <message>
            <location filename="../ui/pages/sessions.py" line="229" />
            <source>Edit literacy session</source>
            <translation>编辑宣传培训</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="229" />
            <source>New literacy session</source>
            <translation>新建宣传培训</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="233" />
            <source>Held on</source>
            <translation>举办日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="234" />
            <source>Place</source>
            <translation>地点</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="235" />
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="236" />
            <source>Topics</source>
            <translation>主题</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="237" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="238" />
            <source>Presenters</source>
            <translation>主讲人</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="239" />
            <source>Bilingual volunteers</source>
            <translation>双语志愿者</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="240" />
            <source>Attendance (total)</source>
            <translation>参加人数（合计）</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="241" />
            <source>of them women</source>
            <translation>其中妇女</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="242" />
            <source>from poor households</source>
            <translation>其中贫困户</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="243" />
            <source>Materials handed out</source>
            <translation>发放资料数</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="244" />
            <source>Which materials</source>
            <translation>资料名称</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="245" />
            <source>Attendees (households)</source>
            <translation>参加农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="246" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>SessionsPage</name>
        <message>
            <location filename="../ui/pages/sessions.py" line="327" />
            <source>All languages</source>
            <translation>全部语言</translation>
        </message>
        <message>
            <location filename="../ui/pages/sessions.py" line="330" />
            <source>Literacy sessions</source>
            <translation>金融知识宣传培训</translation>
        </message>
    </context>
    <context>
        <name>CreditVillagesPanel</name>
        <message>
            <location filename="../ui/pages/ratings.py" line="208" />
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="209" />
            <source>Households</source>
            <translation>农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="210" />
            <source>Credit households</source>
            <translation>信用户</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="211" />
            <source>Credit households %</source>
            <translation>信用户占比 %</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="212" />
            <source>Borrowers</source>
            <translation>借款户</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="213" />
            <source>Without arrears %</source>
            <translation>无拖欠占比 %</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="214" />
            <source>Credit village</source>
            <translation>信用村</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="254" />
            <source>Ratings up to the year</source>
            <translation>截至年度的评级</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="263" />
            <source>A village is a credit village when at least %1 of its households are credit households and at least %2 of its borrowers have no arrears (thresholds set in Settings).</source>
            <translation>信用户占全村农户至少 %1、且借款户中无拖欠的至少占 %2 的村为信用村（门槛在“设置”中设定）。</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="280" />
            <source>✓ yes</source>
            <translation>✓ 是</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="280" />
            <source>✗ no</source>
            <translation>✗ 否</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="300" />
            <source>%1 of %2 villages qualify as credit villages.</source>
            <translation>%2 个村中有 %1 个符合信用村条件。</translation>
        </message>
    </context>
    <context>
        <name>RatingDialog</name>
        <message>
            <location filename="../ui/pages/ratings.py" line="175" />
            <source>Edit credit rating</source>
            <translation>编辑信用评级</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="175" />
            <source>New credit rating</source>
            <translation>新建信用评级</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="179" />
            <source>Household</source>
            <translation>农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="180" />
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="181" />
            <source>Rated on</source>
            <translation>评定日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="182" />
            <source>Score sheet</source>
            <translation>评分表</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="183" />
            <source>Bank's rater</source>
            <translation>银行评定人</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="184" />
            <source>Village's rater</source>
            <translation>村评定人</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="185" />
            <source>Bank's score</source>
            <translation>银行评分</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="186" />
            <source>Village's score</source>
            <translation>村评分</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="187" />
            <source>Notes</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>RatingsPage</name>
        <message>
            <location filename="../ui/pages/ratings.py" line="424" />
            <source>All years</source>
            <translation>全部年度</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="464" />
            <source>Credit ratings</source>
            <translation>信用评级</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="469" />
            <source>Household ratings</source>
            <translation>农户评级</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="470" />
            <source>Credit villages</source>
            <translation>信用村</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="418" />
            <source>All grades</source>
            <translation>全部等级</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="472" />
            <source>Sign for the village</source>
            <translation>村方签字</translation>
        </message>
        <message>
            <location filename="../ui/pages/ratings.py" line="473" />
            <source>Sign for the bank</source>
            <translation>银行方签字</translation>
        </message>
    </context>
    <context>
        <name>ScoreSheet</name>
        <message>
            <location filename="../ui/pages/ratings.py" line="40" />
            <source>Total %1 of %2 — grade %3</source>
            <translation>总分 %1 / %2 — 等级 %3</translation>
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
            <translation>正在统计…</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="425" />
            <source>Home</source>
            <translation>首页</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="430" />
            <source>This month</source>
            <translation>本月</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="431" />
            <source>Last month</source>
            <translation>上月</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="432" />
            <source>This year</source>
            <translation>今年</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="439" />
            <source>Registered-poor households with a loan demand</source>
            <translation>有融资需求的建档立卡贫困户</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="440" />
            <source>Registered-poor households with a granted loan</source>
            <translation>已获贷款的建档立卡贫困户</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="441" />
            <source>Loan demands registered</source>
            <translation>登记的融资需求</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="442" />
            <source>Success rate (granted ÷ decided)</source>
            <translation>成功率（发放 ÷ 已决定）</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="443" />
            <source>Median days from registration to decision</source>
            <translation>从登记到决定的天数中位数</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="444" />
            <source>530 loans outstanding</source>
            <translation>530 贷款余额</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="445" />
            <source>530 loans past maturity</source>
            <translation>530 贷款逾期</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="446" />
            <source>Literacy sessions</source>
            <translation>金融知识宣传培训</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="447" />
            <source>Sessions in Tibetan or bilingual (this year)</source>
            <translation>藏语或双语宣传培训（今年）</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="448" />
            <source>Households reached by sessions (this year)</source>
            <translation>宣传培训覆盖的农户（今年）</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="449" />
            <source>Complaints being handled</source>
            <translation>处理中的投诉</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="450" />
            <source>Complaints overdue</source>
            <translation>逾期投诉</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="451" />
            <source>Complaints resolved within the deadline</source>
            <translation>按期办结的投诉</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="452" />
            <source>Complainants satisfied</source>
            <translation>满意的投诉人</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="453" />
            <source>Credit households</source>
            <translation>信用户</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="454" />
            <source>Credit villages</source>
            <translation>信用村</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="462" />
            <source>Needs action today</source>
            <translation>今日待办</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="477" />
            <source>Figures for %1, office and offices below it</source>
            <translation>%1 的数据，含本工作室及下级工作室</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="485" />
            <source>%1 of %2</source>
            <translation>%1（共 %2）</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="498" />
            <source>%1 granted, %2 yuan</source>
            <translation>已发放 %1 笔，%2 元</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="502" />
            <source>%1 granted of %2 decided</source>
            <translation>已决定 %2 笔中发放 %1 笔</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="505" />
            <source>days</source>
            <translation>天</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="507" />
            <location filename="../ui/pages/home.py" line="510" />
            <source>%1 yuan granted</source>
            <translation>已发放 %1 元</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="515" />
            <source>%1 attended; this year %2 sessions, %3 attended</source>
            <translation>参加 %1 人；今年 %2 场，参加 %3 人</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="522" />
            <source>%1 received in the period</source>
            <translation>期间受理 %1 件</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="523" />
            <source>open past the due date</source>
            <translation>逾期未办结</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="532" />
            <source>of %1 villages</source>
            <translation>共 %1 个村</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="566" />
            <source>Loan demands per month (12 months)</source>
            <translation>每月融资需求（12 个月）</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="595" />
            <source>Registered</source>
            <translation>登记日期</translation>
        </message>
        <message>
            <source>Granted</source>
            <translation type="vanished">已发放</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="574" />
            <source>Literacy attendance per month</source>
            <translation>每月宣传培训参加人数</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="574" />
            <source>People attending</source>
            <translation>参加人数</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="578" />
            <source>Overdue complaints (%1)</source>
            <translation>逾期投诉（%1）</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="580" />
            <source>Due</source>
            <translation>办结期限</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="580" />
            <source>Complainant</source>
            <translation>投诉人</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="580" />
            <source>Institution</source>
            <translation>机构</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="580" />
            <source>Days overdue</source>
            <translation>逾期天数</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="587" />
            <source>None — every complaint is within its deadline.</source>
            <translation>无 — 所有投诉都在期限内。</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="590" />
            <source>Waiting over %1 days for a bank decision (%2)</source>
            <translation>等待银行决定超过 %1 天（%2）</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="595" />
            <source>Household</source>
            <translation>农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="595" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="595" />
            <source>Days waiting</source>
            <translation>等待天数</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="611" />
            <source>None — no demand is waiting too long.</source>
            <translation>无 — 没有等待过久的需求。</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="614" />
            <source>Offices that have not reported for %1 (%2)</source>
            <translation>未报送 %1 的工作室（%2）</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="618" />
            <source>Office</source>
            <translation>工作室</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="618" />
            <source>Code</source>
            <translation>代码</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="624" />
            <source>None — every office below this one has reported.</source>
            <translation>无 — 所有下级工作室都已报送。</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="659" />
            <source>Showing the records behind the figure on Home; change a filter to see all.</source>
            <translation>正在显示首页数字所对应的记录；更改筛选条件可查看全部。</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="567" />
            <source>Demands registered</source>
            <translation>已登记需求</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="567" />
            <source>Demands granted</source>
            <translation>已发放贷款</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="481" />
            <source>Figures for %1, office and offices below it — counting…</source>
            <translation>%1 的数据，含本工作室及下级工作室——正在统计…</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="455" />
            <source>Loans outstanding (balance)</source>
            <translation>贷款余额</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="456" />
            <source>Overdue loans (balance)</source>
            <translation>逾期贷款（余额）</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="457" />
            <source>Repaid in the period</source>
            <translation>本期还款</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="458" />
            <source>Interest subsidy due in the period</source>
            <translation>本期应贴息</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="541" />
            <source>%1 loans, yuan</source>
            <translation>%1 笔，元</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="546" />
            <source>%1 loans, %2 of the balance</source>
            <translation>%1 笔，占余额 %2</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="551" />
            <source>principal, yuan; %1 payments, interest %2</source>
            <translation>本金（元）；%1 笔，利息 %2</translation>
        </message>
        <message>
            <location filename="../ui/pages/home.py" line="555" />
            <source>yuan, by the policy in force</source>
            <translation>元，按现行政策计算</translation>
        </message>
    </context>
    <context>
        <name>SyncPage</name>
        <message>
            <location filename="../ui/pages/sync.py" line="351" />
            <source>Make a package for the office above</source>
            <translation>为上级工作室生成数据包</translation>
        </message>
        <message>
            <source>USB stick:</source>
            <translation type="vanished">U盘：</translation>
        </message>
        <message>
            <source>Folder:</source>
            <translation type="vanished">文件夹：</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="352" />
            <source>Month reported (YYYY-MM):</source>
            <translation>报送月份（YYYY-MM）：</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="353" />
            <source>Passphrase (optional):</source>
            <translation>口令（可选）：</translation>
        </message>
        <message>
            <source>encrypts the package; tell it to the office above by phone</source>
            <translation type="vanished">用于加密数据包；请通过电话告知上级工作室</translation>
        </message>
        <message>
            <source>Choose folder…</source>
            <translation type="vanished">选择文件夹…</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation type="vanished">重新查找</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="365" />
            <source>Make package</source>
            <translation>生成数据包</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="366" />
            <source>Import packages from the offices below</source>
            <translation>导入下级工作室的数据包</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="367" />
            <source>Passphrase (if encrypted):</source>
            <translation>口令（如已加密）：</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="368" />
            <source>Check only, store nothing</source>
            <translation>仅检查，不保存</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="369" />
            <source>Import packages…</source>
            <translation>导入数据包…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="370" />
            <source>Which offices have reported</source>
            <translation>各工作室报送情况</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="371" />
            <source>Month:</source>
            <translation>月份：</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="373" />
            <source>Office code</source>
            <translation>工作室代码</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="373" />
            <location filename="../ui/pages/sync.py" line="381" />
            <source>Office</source>
            <translation>工作室</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="357" />
            <location filename="../ui/pages/sync.py" line="373" />
            <source>Package</source>
            <translation>数据包</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="373" />
            <source>Last package received</source>
            <translation>最近收到数据包</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="375" />
            <source>Packages made and imported</source>
            <translation>已生成和已导入的数据包</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="378" />
            <source>Time</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="379" />
            <source>Direction</source>
            <translation>方向</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="380" />
            <source>Result</source>
            <translation>结果</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="382" />
            <source>Number</source>
            <translation>编号</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="383" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="384" />
            <source>File</source>
            <translation>文件</translation>
        </message>
        <message>
            <source>No USB stick found — choose a folder</source>
            <translation type="vanished">未找到U盘——请选择文件夹</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="364" />
            <source>Where to write the package</source>
            <translation>数据包保存位置</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="429" />
            <location filename="../ui/pages/sync.py" line="440" />
            <location filename="../ui/pages/sync.py" line="716" />
            <source>Writing the package…</source>
            <translation>正在写入数据包…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="463" />
            <source>Package %1 for %2 written to %3 (%4 records) and checked. The USB stick can be removed.</source>
            <translation>%2 的第 %1 号数据包已写入 %3（%4 条记录）并已校验。可以拔出U盘。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="474" />
            <source>The package is encrypted: the office above needs the passphrase.</source>
            <translation>数据包已加密：上级工作室需要口令才能导入。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="582" />
            <source>Sync packages to import</source>
            <translation>要导入的同步数据包</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="584" />
            <source>Sync packages (*.dbsync);;All files (*)</source>
            <translation>同步数据包 (*.dbsync);;所有文件 (*)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="609" />
            <source>Checking and importing packages…</source>
            <translation>正在校验并导入数据包…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="631" />
            <source>%1 of %2 packages were rejected; nothing of them was stored.</source>
            <translation>%2 个数据包中有 %1 个被拒收，其内容均未保存。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="898" />
            <source>received</source>
            <translation>已收到</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="900" />
            <source>OVERDUE</source>
            <translation>已逾期</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="903" />
            <source>not yet (due %1)</source>
            <translation>尚未收到（截止 %1）</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="686" />
            <location filename="../ui/pages/sync.py" line="919" />
            <source>No offices are registered below this one.</source>
            <translation>本工作室下尚未登记任何下级工作室。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/pages/sync.py" line="921" />
            <source>%n office(s) overdue</source>
            <translation>
                <numerusform>%n 个工作室已逾期</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="931" />
            <source>made</source>
            <translation>已生成</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="932" />
            <source>imported</source>
            <translation>已导入</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="936" />
            <source>ok</source>
            <translation>成功</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="936" />
            <source>rejected</source>
            <translation>已拒收</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="987" />
            <source>Package %1 made for %2: %3</source>
            <translation>已为 %2 生成第 %1 号数据包：%3</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="387" />
            <source>Conflicts: the same household from two villages</source>
            <translation>冲突：同一农户来自两个村</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="389" />
            <location filename="../ui/pages/sync.py" line="396" />
            <source>ID number</source>
            <translation>身份证号</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="389" />
            <source>Here</source>
            <translation>本处</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="389" />
            <source>Waiting</source>
            <translation>待定</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="389" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="399" />
            <source>Keep the one here</source>
            <translation>保留本处的</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="400" />
            <source>Keep the waiting one</source>
            <translation>保留待定的</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="401" />
            <source>Moved to the waiting one's village</source>
            <translation>已迁入待定版本的村</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="402" />
            <source>Moved to this one's village</source>
            <translation>已迁入本处版本的村</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="403" />
            <source>Ask the villages…</source>
            <translation>询问两村…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="809" />
            <source>%1: %2 (%3 records)</source>
            <translation>%1：%2（%3 条记录）</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="819" />
            <source>open</source>
            <translation>未处理</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="820" />
            <source>asked the villages</source>
            <translation>已询问两村</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="821" />
            <source>kept the one here</source>
            <translation>保留了本处的</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="822" />
            <source>kept the waiting one</source>
            <translation>保留了待定的</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="823" />
            <location filename="../ui/pages/sync.py" line="824" />
            <source>moved</source>
            <translation>已迁移</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="844" />
            <source>No household came from two villages.</source>
            <translation>没有来自两个村的同一农户。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/pages/sync.py" line="847" />
            <source>%n household(s) came from two villages and wait for a decision. Nothing else of their packages was held back; each is counted once in the reports.</source>
            <translation>
                <numerusform>%n 户来自两个村，等待处理。数据包的其他内容均已导入；报表中每户只计一次。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="873" />
            <source>Ask the villages</source>
            <translation>询问两村</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="873" />
            <source>The question for the two villages:</source>
            <translation>给两个村的问题：</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="389" />
            <source>Answers</source>
            <translation>答复</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="391" />
            <source>Between offices below</source>
            <translation>下级工作室之间</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="392" />
            <source>From the office above</source>
            <translation>上级工作室下发</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="393" />
            <source>Package for an office below…</source>
            <translation>生成下发数据包…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="394" />
            <source>Answer…</source>
            <translation>答复…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="396" />
            <source>Household</source>
            <translation>农户</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="396" />
            <source>Question or decision</source>
            <translation>问题或决定</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="396" />
            <source>Answer</source>
            <translation>答复</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="676" />
            <source>applied: the household left that register</source>
            <translation>已执行：此户已移出该村台账</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="678" />
            <source>applied: the household stays</source>
            <translation>已执行：此户保留</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="696" />
            <source>Package for an office below</source>
            <translation>下发数据包</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="696" />
            <source>The office it is for:</source>
            <translation>接收的工作室：</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="729" />
            <source>Package %1 for office %2 written to %3: %4 questions, %5 decisions, %6 policy versions.</source>
            <translation>发给工作室 %2 的第 %1 号数据包已写入 %3：%4 个问题，%5 项决定，%6 个政策版本。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="759" />
            <source>%1 (also registered in %2)</source>
            <translation>%1（%2 也登记了此户）</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="762" />
            <source>Decided: the household is in %1; it left this register.</source>
            <translation>决定：此户属于 %1，已移出本台账。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="765" />
            <source>Decided: the household stays here.</source>
            <translation>决定：此户保留在本村。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="775" />
            <source>No questions or decisions from the office above.</source>
            <translation>上级工作室没有问题或决定。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="778" />
            <source>Questions from the office above waiting for an answer: %1. Answers go up in the next package.</source>
            <translation>上级工作室待答复的问题：%1 个。答复将随下一个数据包上报。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="796" />
            <source>Answer the office above</source>
            <translation>答复上级工作室</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="666" />
            <source>%1, decided by office %2</source>
            <translation>%1（工作室 %2 决定）</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="933" />
            <source>made for an office below</source>
            <translation>已生成（下发）</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="934" />
            <source>taken from the office above</source>
            <translation>已导入（上级下发）</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="965" />
            <source>Package %1 for office %2: %3 questions and decisions, %4 policy versions.</source>
            <translation>发给工作室 %2 的第 %1 号数据包：问题和决定 %3 项，政策版本 %4 个。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="967" />
            <source>Package %1 from office %2: %3 decisions applied, %4 policy versions.</source>
            <translation>工作室 %2 的第 %1 号数据包：执行决定 %3 项，政策版本 %4 个。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="355" />
            <source>only without the office above's key; tell it to that office by phone</source>
            <translation>仅在没有上级工作室密钥时使用；请电话告知该工作室</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="358" />
            <source>Office keys</source>
            <translation>工作室密钥</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="359" />
            <source>Save this office's key file…</source>
            <translation>保存本工作室的密钥文件…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="360" />
            <source>Register the office above's key…</source>
            <translation>登记上级工作室的密钥…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="361" />
            <source>Register an office below…</source>
            <translation>登记下级工作室…</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="471" />
            <location filename="../ui/pages/sync.py" line="739" />
            <source>The package is encrypted for office %1: only that office can open it, no passphrase needed.</source>
            <translation>数据包已为工作室 %1 加密：只有该工作室能打开，无需口令。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="483" />
            <source>This office %1 (%2): key fingerprint %3</source>
            <translation>本工作室 %1（%2）：密钥指纹 %3</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="493" />
            <source>Office above: %1 (%2), key fingerprint %3. Packages are encrypted to it.</source>
            <translation>上级工作室：%1（%2），密钥指纹 %3。数据包按其密钥加密。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="502" />
            <source>The office above's key is not registered: a package can be made only with a passphrase until its key file is registered here.</source>
            <translation>上级工作室的密钥尚未登记：在此登记其密钥文件之前，只能用口令生成数据包。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="514" />
            <source>Key file written to %1. Read its fingerprint %2 out to the office that registers it.</source>
            <translation>密钥文件已写入 %1。请把指纹 %2 念给登记它的工作室核对。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="516" />
            <source>Registered office %1 as the office above. Compare the fingerprint %2 with the one that office reads out over the phone.</source>
            <translation>已将工作室 %1 登记为上级工作室。请将指纹 %2 与该工作室在电话中念出的指纹核对。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="520" />
            <source>Registered office %1 below this office. Compare the fingerprint %2 with the one that office reads out over the phone.</source>
            <translation>已将工作室 %1 登记为本工作室的下级。请将指纹 %2 与该工作室在电话中念出的指纹核对。</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="548" />
            <source>Save this office's key file</source>
            <translation>保存本工作室的密钥文件</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="548" />
            <source>Office key files (*.dbkey)</source>
            <translation>工作室密钥文件 (*.dbkey)</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="557" />
            <source>The other office's key file</source>
            <translation>对方工作室的密钥文件</translation>
        </message>
        <message>
            <location filename="../ui/pages/sync.py" line="559" />
            <source>Office key files (*.dbkey);;All files (*)</source>
            <translation>工作室密钥文件 (*.dbkey);;所有文件 (*)</translation>
        </message>
    </context>
    <context>
        <name>AccountDialog</name>
        <message>
            <location filename="../ui/pages/settings.py" line="101" />
            <source>New account</source>
            <translation>新建账户</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="101" />
            <source>Password of %1</source>
            <translation>%1 的密码</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="104" />
            <source>Account name</source>
            <translation>账户名</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="105" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="106" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="107" />
            <source>Current password</source>
            <translation>当前密码</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="108" />
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="109" />
            <source>The same password again</source>
            <translation>再次输入同一密码</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="113" />
            <source>Village cadre</source>
            <translation>村干部</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="114" />
            <source>Bank officer</source>
            <translation>驻点银行人员</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="115" />
            <source>Office head (administrator)</source>
            <translation>工作室负责人（管理员）</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="124" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>AuditPage</name>
        <message>
            <location filename="../ui/pages/audit.py" line="137" />
            <location filename="../ui/pages/audit.py" line="147" />
            <source>User</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="137" />
            <location filename="../ui/pages/audit.py" line="147" />
            <source>Table</source>
            <translation>数据表</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="137" />
            <location filename="../ui/pages/audit.py" line="147" />
            <source>Action</source>
            <translation>操作</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="139" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="140" />
            <source>To</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="141" />
            <source>Verify chain</source>
            <translation>校验哈希链</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="142" />
            <source>Check that no entry of the log was changed or removed</source>
            <translation>检查日志中没有条目被修改或删除</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="143" />
            <source>Show more</source>
            <translation>显示更多</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="144" />
            <source>Before</source>
            <translation>修改前</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="145" />
            <source>After</source>
            <translation>修改后</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="147" />
            <source>No.</source>
            <translation>序号</translation>
        </message>
        <message>
            <source>When (UTC)</source>
            <translation type="vanished">时间（UTC）</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="147" />
            <source>Record</source>
            <translation>记录</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="149" />
            <source>Your account cannot read the audit log. Ask the office head.</source>
            <translation>您的账户无权查看审计日志。请找工作室负责人。</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="152" />
            <location filename="../ui/pages/audit.py" line="207" />
            <source>All</source>
            <translation>全部</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="288" />
            <source>%1 of %2 entries</source>
            <translation>第 %1 条，共 %2 条</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="320" />
            <source>The audit log is intact: %1 entries, none changed or removed.</source>
            <translation>审计日志完好：共 %1 条，没有被修改或删除的条目。</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="326" />
            <source>The audit log was tampered with: %1 problems found. Keep this computer as it is and tell the office above.</source>
            <translation>审计日志被篡改：发现 %1 处问题。请保持这台电脑现状，并报告上级工作室。</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="331" />
            <source>Audit log</source>
            <translation>审计日志</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="167" />
            <source>created</source>
            <translation>新建</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="168" />
            <source>changed</source>
            <translation>修改</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="169" />
            <source>deleted</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="170" />
            <source>restored</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="171" />
            <source>undone</source>
            <translation>撤销</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="172" />
            <source>next step</source>
            <translation>办理下一步</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="173" />
            <source>demo data added</source>
            <translation>添加演示数据</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="174" />
            <source>imported</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="175" />
            <source>signed in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="176" />
            <source>wrong password</source>
            <translation>密码错误</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="177" />
            <source>account locked</source>
            <translation>账户锁定</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="178" />
            <source>password changed</source>
            <translation>修改密码</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="179" />
            <source>account enabled</source>
            <translation>启用账户</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="180" />
            <source>account disabled</source>
            <translation>停用账户</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="181" />
            <source>role changed</source>
            <translation>修改角色</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="182" />
            <source>account unlocked</source>
            <translation>账户解锁</translation>
        </message>
        <message>
            <source>Office</source>
            <translation type="vanished">工作室</translation>
        </message>
        <message>
            <source>Village</source>
            <translation type="vanished">村</translation>
        </message>
        <message>
            <source>Household</source>
            <translation type="vanished">农牧户</translation>
        </message>
        <message>
            <source>Loan demand</source>
            <translation type="vanished">融资需求</translation>
        </message>
        <message>
            <source>Loan demand step</source>
            <translation type="vanished">融资需求办理步骤</translation>
        </message>
        <message>
            <source>Literacy session</source>
            <translation type="vanished">金融知识宣传培训</translation>
        </message>
        <message>
            <source>Session attendee</source>
            <translation type="vanished">参加人员</translation>
        </message>
        <message>
            <source>Complaint</source>
            <translation type="vanished">投诉</translation>
        </message>
        <message>
            <source>Complaint step</source>
            <translation type="vanished">投诉办理步骤</translation>
        </message>
        <message>
            <source>Credit rating</source>
            <translation type="vanished">信用评级</translation>
        </message>
        <message>
            <source>User account</source>
            <translation type="vanished">用户账户</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="193" />
            <source>Demo data</source>
            <translation>演示数据</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="147" />
            <source>When</source>
            <translation>时间</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="183" />
            <source>signing keys made</source>
            <translation>已生成签名密钥</translation>
        </message>
        <message>
            <location filename="../ui/pages/audit.py" line="184" />
            <source>package imported</source>
            <translation>已导入数据包</translation>
        </message>
    </context>
    <context>
        <name>FirstAccountDialog</name>
        <message>
            <location filename="../ui/dialogs/login.py" line="290" />
            <source>The office head's account</source>
            <translation>工作室负责人的账户</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="293" />
            <source>Create the office head's account. Once there is an account, everyone signs in, and only the office head manages accounts, settings and restores.</source>
            <translation>请创建工作室负责人的账户。有了账户以后，每个人都要登录，只有工作室负责人可以管理账户、设置和恢复备份。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="299" />
            <source>Account name</source>
            <translation>账户名</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="299" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="299" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="299" />
            <source>The same password again</source>
            <translation>再次输入同一密码</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="302" />
            <source>Later</source>
            <translation>以后再说</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="308" />
            <source>The two passwords differ.</source>
            <translation>两次输入的密码不一致。</translation>
        </message>
    </context>
    <context>
        <name>LoginDialog</name>
        <message>
            <location filename="../ui/dialogs/login.py" line="88" />
            <source>Locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="88" />
            <source>Sign in</source>
            <translation>登录</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="100" />
            <source>The window was locked after a time without use. Type your password to go on, or Cancel to close the program.</source>
            <translation>窗口在一段时间无人使用后已锁定。请输入密码继续，或点“取消”关闭程序。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="105" />
            <source>Sign in with your account to open the register.</source>
            <translation>请用您的账户登录以打开台账。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="106" />
            <source>Account name</source>
            <translation>账户名</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="107" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="109" />
            <source>Recovery key…</source>
            <translation>恢复密钥…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="177" />
            <source>Encrypting the register (once, at the first sign-in since this release)…</source>
            <translation>正在加密台账（仅在升级后首次登录时进行一次）…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="189" />
            <location filename="../ui/dialogs/login.py" line="196" />
            <location filename="../ui/dialogs/login.py" line="201" />
            <location filename="../ui/dialogs/recovery_key.py" line="19" />
            <source>Recovery key</source>
            <translation>恢复密钥</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="189" />
            <source>Type the recovery key printed when the register was encrypted:</source>
            <translation>请输入台账加密时打印的恢复密钥：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="196" />
            <source>The office head's account to give a new password:</source>
            <translation>要设置新密码的工作室负责人账户：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="201" />
            <source>New password</source>
            <translation>新密码</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" line="24" />
            <source>The register is now encrypted. Its recovery key is:</source>
            <translation>台账现已加密。恢复密钥为：</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/recovery_key.py" line="29" />
            <source>Write it down or print it, and keep it in the office safe. It opens the register if every password is lost. It is shown only this once.</source>
            <translation>请抄写或打印下来，存放在工作室保险柜中。所有密码都遗失时可用它打开台账。它只显示这一次。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="88" />
            <source>Switch account</source>
            <translation>切换账户</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="93" />
            <source>Sign in with the account that works now (for example the bank officer's, to record the bank's decision). Cancel keeps %1 signed in.</source>
            <translation>请用现在办理业务的账户登录（例如银行人员的账户，用于录入银行的决定）。点“取消”则保持 %1 的登录。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="237" />
            <source>Failed sign-ins</source>
            <translation>登录失败</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/login.py" line="239" />
            <source>%1 failed sign-in attempts (wrong passwords or recovery keys) since your last sign-in. The audit log lists them; if they were not yours, change the passwords.</source>
            <translation>自您上次登录以来有 %1 次登录失败（密码或恢复密钥错误）。审计日志中列有这些记录；如果不是您本人所为，请修改密码。</translation>
        </message>
    </context>
    <context>
        <name>ReportsPage</name>
        <message>
            <location filename="../ui/pages/reports.py" line="266" />
            <source>Reports and exports</source>
            <translation>报表与导出</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="267" />
            <source>What to make</source>
            <translation>生成内容</translation>
        </message>
        <message>
            <source>Monthly report</source>
            <translation type="vanished">月报</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="293" />
            <source>Household record cards (PDF)</source>
            <translation>农户金融服务档案卡（PDF）</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="294" />
            <source>Register export (.xlsx)</source>
            <translation>台账导出（.xlsx）</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="295" />
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="274" />
            <location filename="../ui/pages/reports.py" line="296" />
            <source>Month</source>
            <translation>月份</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="297" />
            <source>Format</source>
            <translation>格式</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="298" />
            <source>Language of the document</source>
            <translation>文档语言</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="299" />
            <source>Chinese</source>
            <translation>中文</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="300" />
            <source>Tibetan</source>
            <translation>藏文</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="301" />
            <source>Bilingual</source>
            <translation>双语</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="302" />
            <source>Households</source>
            <translation>农户</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="303" />
            <source>Or one household (ID number)</source>
            <translation>或单个农户（身份证号码）</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="304" />
            <source>ID number of one household</source>
            <translation>单个农户的身份证号码</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="305" />
            <source>Register</source>
            <translation>台账</translation>
        </message>
        <message>
            <source>Loan demands</source>
            <translation type="vanished">贷款需求</translation>
        </message>
        <message>
            <source>Literacy sessions</source>
            <translation type="vanished">金融知识宣传培训</translation>
        </message>
        <message>
            <source>Complaints</source>
            <translation type="vanished">投诉</translation>
        </message>
        <message>
            <source>Credit ratings</source>
            <translation type="vanished">信用评级</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="309" />
            <source>Full ID numbers (otherwise masked)</source>
            <translation>完整身份证号码（否则隐去中间位）</translation>
        </message>
        <message>
            <source>Your account may not export full ID numbers.</source>
            <translation type="vanished">您的账户无权导出完整身份证号码。</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="311" />
            <source>Where to write it</source>
            <translation>保存位置</translation>
        </message>
        <message>
            <source>USB stick</source>
            <translation type="vanished">U盘</translation>
        </message>
        <message>
            <source>Look again</source>
            <translation type="vanished">重新查找</translation>
        </message>
        <message>
            <source>Folder</source>
            <translation type="vanished">文件夹</translation>
        </message>
        <message>
            <source>Choose…</source>
            <translation type="vanished">选择…</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="313" />
            <source>File name</source>
            <translation>文件名</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="314" />
            <source>Make and save</source>
            <translation>生成并保存</translation>
        </message>
        <message>
            <source>No USB stick found: choose a folder</source>
            <translation type="vanished">未找到U盘：请选择文件夹</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="330" />
            <source>All households</source>
            <translation>全部农户</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="491" />
            <source>%1 records, as filtered on the register's page.</source>
            <translation>%1 条记录，按台账页面当前的筛选。</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="493" />
            <source>All %1 records (open the register's page to export a filtered list).</source>
            <translation>全部 %1 条记录（如需导出筛选后的列表，请先打开该台账页面并筛选）。</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="312" />
            <source>Where to write the file</source>
            <translation>文件保存位置</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="664" />
            <location filename="../ui/pages/reports.py" line="692" />
            <source>Writing %1…</source>
            <translation>正在写入 %1…</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="674" />
            <source>Written and checked: %1. The USB stick can now be removed.</source>
            <translation>已写入并校验：%1。现在可以拔出U盘。</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="687" />
            <source>Cancelled: no file was written.</source>
            <translation>已取消：未写入任何文件。</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="317" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="319" />
            <source>Print the report or the cards, with a preview (registers are printed from the saved spreadsheet)</source>
            <translation>打印月报或档案卡（可先预览）；台账请从保存的表格打印</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="624" />
            <source>Monthly report %1</source>
            <translation>%1 月报</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="632" />
            <source>Household record cards: %1</source>
            <translation>农户档案卡：%1</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="270" />
            <source>Report for a period</source>
            <translation>期间报告</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="271" />
            <source>Period</source>
            <translation>报告期</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="275" />
            <source>Half-year (due 15 July / 15 January)</source>
            <translation>半年（7月15日 / 1月15日前报送）</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="276" />
            <source>Quarter</source>
            <translation>季度</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="277" />
            <source>Year</source>
            <translation>年度</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="278" />
            <source>Any dates</source>
            <translation>任意日期</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="282" />
            <source>Which</source>
            <translation>哪一期</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="283" />
            <source>From</source>
            <translation>从</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="284" />
            <source>to</source>
            <translation>至</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="285" />
            <source>New developments and problems</source>
            <translation>新情况、新问题</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="288" />
            <source>What is new this period, and what problems the office met (printed in the report and kept with it)</source>
            <translation>本期的新情况和工作中遇到的新问题（打印在报告中并随报告保存）</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="291" />
            <source>Prepared by</source>
            <translation>填报人</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="292" />
            <source>Reviewed by</source>
            <translation>审核人</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="426" />
            <source>%1, first half</source>
            <translation>%1年上半年</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="426" />
            <source>%1, second half</source>
            <translation>%1年下半年</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="428" />
            <source>%1, quarter %2</source>
            <translation>%1年第%2季度</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="469" />
            <source>This period has not begun yet: there is nothing to report.</source>
            <translation>本期间尚未开始：没有可报告的内容。</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="471" />
            <source>Provisional: the period has not ended yet, and its figures can still change.</source>
            <translation>临时数据：本期间尚未结束，数字仍可能变化。</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="473" />
            <source>Due upward by %1.</source>
            <translation>须于 %1 前上报。</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="315" />
            <source>Open the folder</source>
            <translation>打开文件夹</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="316" />
            <source>Show the written file in the file manager</source>
            <translation>在文件管理器中显示写好的文件</translation>
        </message>
        <message>
            <location filename="../ui/pages/reports.py" line="676" />
            <source>Written and checked: %1.</source>
            <translation>已写入并校验：%1。</translation>
        </message>
    </context>
    <context>
        <name>SettingsPage</name>
        <message>
            <location filename="../ui/pages/settings.py" line="309" />
            <source>Users</source>
            <translation>用户</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="310" />
            <source>Security</source>
            <translation>安全</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="311" />
            <location filename="../ui/pages/settings.py" line="515" />
            <source>Backup</source>
            <translation>备份</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="312" />
            <source>Fonts and language</source>
            <translation>字体和语言</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="318" />
            <source>Account</source>
            <translation>账户</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="318" />
            <source>Full name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="318" />
            <source>Role</source>
            <translation>角色</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="318" />
            <source>State</source>
            <translation>状态</translation>
        </message>
        <message>
            <source>Last sign-in (UTC)</source>
            <translation type="vanished">最近登录（UTC）</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="320" />
            <source>Add account…</source>
            <translation>添加账户…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="321" />
            <source>Set password…</source>
            <translation>设置密码…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="322" />
            <source>Unlock</source>
            <translation>解锁</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="323" />
            <source>Change my password…</source>
            <translation>修改我的密码…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="324" />
            <source>Role of the selected account</source>
            <translation>所选账户的角色</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="327" />
            <source>Lock the window after this many idle minutes (0: never)</source>
            <translation>无操作多少分钟后锁定窗口（0：从不）</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="328" />
            <source>Minutes an account stays locked after 5 wrong passwords</source>
            <translation>密码错误 5 次后账户锁定的分钟数</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="329" />
            <source>Save</source>
            <translation>保存</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="330" />
            <source>Back up now</source>
            <translation>立即备份</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="331" />
            <source>Back up to a folder or USB stick…</source>
            <translation>备份到文件夹或 U 盘…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="332" />
            <source>Restore from a backup…</source>
            <translation>从备份恢复…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="335" />
            <source>A backup is made every day and when the program closes; the last 7 days and 12 months are kept. Restoring keeps the current register aside first.</source>
            <translation>每天以及程序关闭时都会自动备份；保留最近 7 天和 12 个月的备份。恢复前会先把当前台账另存一份。</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="340" />
            <source>Automatic backups</source>
            <translation>自动备份</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="341" />
            <source>Language</source>
            <translation>语言</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="342" />
            <source>Tibetan first in bilingual text</source>
            <translation>双语文字中藏文在前</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="343" />
            <source>Tibetan digits in Tibetan mode</source>
            <translation>藏文模式下使用藏文数字</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="348" />
            <source>Village cadre</source>
            <translation>村干部</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="349" />
            <source>Bank officer</source>
            <translation>驻点银行人员</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="350" />
            <source>Office head (administrator)</source>
            <translation>工作室负责人（管理员）</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="375" />
            <source>active</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="375" />
            <source>disabled</source>
            <translation>已停用</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="377" />
            <source>locked</source>
            <translation>已锁定</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="395" />
            <source>There are no accounts yet: everyone works as the office head. Add the office head's account (role: office head) to require signing in.</source>
            <translation>还没有账户：所有人都以工作室负责人身份工作。添加工作室负责人的账户（角色：工作室负责人）后，就需要登录。</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="400" />
            <source>Accounts of this office. Only the office head manages them.</source>
            <translation>本工作室的账户。只有工作室负责人可以管理。</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="402" />
            <source>Only the office head manages accounts; you can change your own password.</source>
            <translation>只有工作室负责人可以管理账户；您可以修改自己的密码。</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="409" />
            <source>Only the office head changes these settings.</source>
            <translation>只有工作室负责人可以修改这些设置。</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="51" />
            <source>Last backup: %1</source>
            <translation>最近备份：%1</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="52" />
            <source>never</source>
            <translation>从未</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="457" />
            <source>Enable</source>
            <translation>启用</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="457" />
            <source>Disable</source>
            <translation>停用</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="513" />
            <source>Backup written and checked: %1</source>
            <translation>备份已写入并校验：%1</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="525" />
            <location filename="../ui/pages/settings.py" line="536" />
            <source>Making a backup…</source>
            <translation>正在备份…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="533" />
            <source>Back up to a folder or USB stick</source>
            <translation>备份到文件夹或 U 盘</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="546" />
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="546" />
            <source>Register backups (*.sqlite)</source>
            <translation>台账备份 (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="553" />
            <location filename="../ui/pages/settings.py" line="570" />
            <source>Restore</source>
            <translation>恢复</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="554" />
            <source>Replace the register with the backup %1? The current register is kept aside first.</source>
            <translation>用备份 %1 替换台账吗？当前台账会先另存一份。</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="560" />
            <source>Restoring…</source>
            <translation>正在恢复…</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="568" />
            <source>Restored. The register as it was before is kept in %1.</source>
            <translation>已恢复。恢复前的台账保存在 %1。</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="313" />
            <source>Loan policy</source>
            <translation>贷款政策</translation>
        </message>
        <message>
            <location filename="../ui/pages/settings.py" line="318" />
            <source>Last sign-in</source>
            <translation>最近登录</translation>
        </message>
    </context>
    <context>
        <name>FilePage</name>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="128" />
            <location filename="../ui/pages/import_wizard.py" line="139" />
            <source>Choose the roster file</source>
            <translation>选择花名册文件</translation>
        </message>
        <message>
            <source>An Excel or WPS roster (.xlsx, .xls or .ods) of households, with or without their loan demands. Nothing is written before the last step.</source>
            <translation type="vanished">Excel 或 WPS 的农牧户花名册（.xlsx、.xls 或 .ods），可含融资需求。最后一步之前不会写入任何数据。</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="135" />
            <source>Browse…</source>
            <translation>浏览…</translation>
        </message>
        <message>
            <source>Spreadsheets (*.xlsx *.xls *.ods)</source>
            <translation type="vanished">电子表格 (*.xlsx *.xls *.ods)</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="131" />
            <source>An Excel or WPS roster (.xlsx, .xls or .ods) or a CSV file exported by another system, of households, with or without their loan demands. Nothing is written before the last step.</source>
            <translation>Excel 或 WPS 名册（.xlsx、.xls 或 .ods），或其他系统导出的 CSV 文件，包含农牧户，可带或不带融资需求。最后一步之前不会写入任何内容。</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="139" />
            <source>Spreadsheets and CSV (*.xlsx *.xls *.ods *.csv)</source>
            <translation>电子表格和 CSV (*.xlsx *.xls *.ods *.csv)</translation>
        </message>
    </context>
    <context>
        <name>ImportWizard</name>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="719" />
            <source>Import a roster</source>
            <translation>导入花名册</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="720" />
            <source>Next</source>
            <translation>下一步</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="721" />
            <source>Back</source>
            <translation>上一步</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="722" />
            <source>Cancel</source>
            <translation>取消</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="800" />
            <source>Checking the rows…</source>
            <translation>正在检查各行…</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="814" />
            <location filename="../ui/pages/import_wizard.py" line="825" />
            <source>Rows with errors</source>
            <translation>有错误的行</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/pages/import_wizard.py" line="815" />
            <source>%n row(s) with errors were saved. Fix them and import the file again.</source>
            <translation>
                <numerusform>已保存 %n 行有错误的数据。请改正后重新导入该文件。</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/pages/import_wizard.py" line="826" />
            <source>%n row(s) have errors and will be left out. Import the other rows?</source>
            <translation>
                <numerusform>有 %n 行存在错误，将不导入。是否导入其余各行？</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="847" />
            <source>Importing…</source>
            <translation>正在导入…</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="858" />
            <source>Import finished</source>
            <translation>导入完成</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="859" />
            <source>New households: %1. Households updated: %2. Loan demands: %3. Rows left out: %4.</source>
            <translation>新增农牧户：%1。更新农牧户：%2。融资需求：%3。未导入的行：%4。</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="61" />
            <source>Row</source>
            <translation>行号</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="62" />
            <source>Action</source>
            <translation>处理</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="63" />
            <source>Name</source>
            <translation>姓名</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="64" />
            <source>ID number</source>
            <translation>身份证号码</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="65" />
            <source>Village</source>
            <translation>村</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="66" />
            <source>Loan (yuan)</source>
            <translation>贷款（元）</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="67" />
            <source>Errors and notes</source>
            <translation>错误与提示</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="70" />
            <source>New household</source>
            <translation>新增农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="71" />
            <source>Update stored household</source>
            <translation>更新已登记农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="72" />
            <source>Skipped: duplicate</source>
            <translation>跳过：重复</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="73" />
            <source>Not imported: error</source>
            <translation>未导入：有错误</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="76" />
            <source>same ID number as row %1</source>
            <translation>与第 %1 行身份证号码相同</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="77" />
            <source>already registered: %1</source>
            <translation>已登记：%1</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="751" />
            <source>Reading the roster…</source>
            <translation>正在读取花名册…</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="79" />
            <source>%1 granted, balance %2</source>
            <translation>已发放 %1，余额 %2</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="74" />
            <source>Skipped: a row of totals</source>
            <translation>跳过：合计行</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="78" />
            <source>this loan is already recorded: %1</source>
            <translation>该贷款已登记：%1</translation>
        </message>
    </context>
    <context>
        <name>MappingPage</name>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="331" />
            <source>Columns</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="334" />
            <source>Choose what each column holds. Columns marked “not imported” are left out. Your choice is remembered for rosters with the same columns.</source>
            <translation>请选择每一列的内容。标为“不导入”的列将被忽略。您的选择会被记住，用于列相同的花名册。</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="339" />
            <source>Column</source>
            <translation>列</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="339" />
            <source>Header</source>
            <translation>表头</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="339" />
            <source>First value</source>
            <translation>第一个值</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="339" />
            <source>Imported as</source>
            <translation>导入为</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="341" />
            <source>Loan product for rows that name none:</source>
            <translation>未写贷款产品的行使用：</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="358" />
            <source>(none: such rows are errors)</source>
            <translation>（无：这些行算作错误）</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="81" />
            <source>Each field can come from one column only: %1.</source>
            <translation>每个字段只能来自一列：%1。</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="400" />
            <source>Choose the column of the household head's name and the column of the ID number: rows are matched to households by them.</source>
            <translation>请选择户主姓名列和身份证号码列：各行依靠它们与农牧户对应。</translation>
        </message>
    </context>
    <context>
        <name>PreviewPage</name>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="583" />
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="584" />
            <source>What the import will do, row by row. Nothing has been written yet.</source>
            <translation>逐行显示导入将做什么。目前尚未写入任何数据。</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="585" />
            <source>A household already registered, or twice in the file:</source>
            <translation>已登记的农牧户，或文件中重复出现的：</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="586" />
            <source>Skip the row</source>
            <translation>跳过该行</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="587" />
            <source>Update the stored household</source>
            <translation>更新已登记的农牧户</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="588" />
            <source>Only rows with errors, duplicates or notes</source>
            <translation>只显示有错误、重复或提示的行</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="589" />
            <source>Save the rows with errors…</source>
            <translation>保存有错误的行…</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="639" />
            <source>Checking the rows…</source>
            <translation>正在检查各行…</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="640" />
            <source>Import</source>
            <translation>导入</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="646" />
            <source>Rows read: %1. New households: %2. Households updated: %3. Loan demands: %4. Duplicates skipped: %5. Rows with errors (left out): %6.</source>
            <translation>读取行数：%1。新增农牧户：%2。更新农牧户：%3。融资需求：%4。跳过的重复行：%5。有错误的行（不导入）：%6。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/pages/import_wizard.py" line="674" />
            <source>Import %n row(s)</source>
            <translation>
                <numerusform>导入 %n 行</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="681" />
            <source>Save the rows with errors</source>
            <translation>保存有错误的行</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="681" />
            <source>rows-to-fix.xlsx</source>
            <translation>待改正的行.xlsx</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="681" />
            <source>Excel workbook (*.xlsx)</source>
            <translation>Excel 工作簿 (*.xlsx)</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="82" />
            <source>Column %1 “%2” is read as: %3. %4</source>
            <translation>第 %1 列“%2”读作：%3。%4</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="83" />
            <source>Column %1 “%2” is read as: %3, as you chose.</source>
            <translation>第 %1 列“%2”读作：%3（按您的选择）。</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="590" />
            <source>Change how columns are read…</source>
            <translation>更改列的读法…</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="665" />
            <source>Rows of totals skipped: %1 (rows %2).</source>
            <translation>已跳过合计/小计行：%1 行（第 %2 行）。</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="670" />
            <source>Sheet %1 left out: %2</source>
            <translation>工作表 %1 未导入：%2</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="659" />
            <source>Of these, loans already granted (a ledger's rows, with their balances): %1.</source>
            <translation>其中已发放贷款（台账行，含余额）：%1 笔。</translation>
        </message>
    </context>
    <context>
        <name>SheetPage</name>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="203" />
            <source>Sheet and header row</source>
            <translation>工作表与表头行</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="206" />
            <source>The header row names the columns. It was looked for in the first rows; change it if another row holds the column names.</source>
            <translation>表头行写明各列名称。程序已在前几行中查找；如列名在另一行，请修改。</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="210" />
            <source>Sheet</source>
            <translation>工作表</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="211" />
            <source>Header row</source>
            <translation>表头行</translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="274" />
            <source>No header row was recognised: choose the row that names the columns.</source>
            <translation>未识别出表头行：请选择写有列名的那一行。</translation>
        </message>
        <message numerus="yes">
            <location filename="../ui/pages/import_wizard.py" line="276" />
            <source>%n column(s) recognised.</source>
            <translation>
                <numerusform>已识别 %n 列。</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../ui/pages/import_wizard.py" line="214" />
            <source>Import these sheets together (one per village; a sheet without a village column gives its rows the sheet's name as village):</source>
            <translation>一并导入这些工作表（每村一张；没有“村”列的工作表，以工作表名作为各行的村名）：</translation>
        </message>
    </context>
    <context>
        <name>DestinationChooser</name>
        <message>
            <location filename="../ui/widgets/destination.py" line="73" />
            <source>USB stick:</source>
            <extracomment>the folder dialog's title, set by the page in its translateUI ("Where to write the package")</extracomment>
            <translation>U盘：</translation>
        </message>
        <message>
            <location filename="../ui/widgets/destination.py" line="73" />
            <source>USB stick</source>
            <translation>U盘</translation>
        </message>
        <message>
            <location filename="../ui/widgets/destination.py" line="74" />
            <source>Folder:</source>
            <translation>文件夹：</translation>
        </message>
        <message>
            <location filename="../ui/widgets/destination.py" line="74" />
            <source>Folder</source>
            <translation>文件夹</translation>
        </message>
        <message>
            <location filename="../ui/widgets/destination.py" line="75" />
            <source>Look again</source>
            <translation>重新查找</translation>
        </message>
        <message>
            <location filename="../ui/widgets/destination.py" line="76" />
            <source>Choose folder…</source>
            <translation>选择文件夹…</translation>
        </message>
        <message>
            <location filename="../ui/widgets/destination.py" line="83" />
            <source>No USB stick found: choose a folder</source>
            <translation>未找到U盘：请选择文件夹</translation>
        </message>
    </context>
    <context>
        <name>Dialogs</name>
        <message>
            <location filename="../ui/dialogs/__init__.py" line="14" />
            <source>Delete %1?</source>
            <extracomment>filled per language by Language.fill (marked here so the translation tools collect it)</extracomment>
            <translation>删除“%1”？</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/__init__.py" line="24" />
            <source>Delete</source>
            <translation>删除</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/__init__.py" line="32" />
            <source>The record is marked as deleted and kept in the audit log. Edit ▸ Undo (Ctrl+Z) brings it back.</source>
            <translation>该记录标记为已删除，并保留在审计日志中。“编辑 ▸ 撤销”（Ctrl+Z）可将其恢复。</translation>
        </message>
    </context>
    <context>
        <name>Printing</name>
        <message>
            <location filename="../ui/printing.py" line="274" />
            <source>The printer could not be opened. Check that it is switched on and connected, or choose another printer.</source>
            <extracomment>the preview draws pages at this resolution (screen), not the printer's beyond this many pages the preview is skipped (it keeps a picture of every page) the printer's resolution, up to this: 1200 dpi would quadruple the spool for no visible gain on 8-9 pt text, and some drivers report it a page is rendered in horizontal bands of at most this many pixels (memory stays ~50 MB even at 600 dpi, where one A4 page is 35 million pixels)</extracomment>
            <translation>无法打开打印机。请检查打印机是否已开机并连接，或选择其他打印机。</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="296" />
            <source>of %1</source>
            <translation>共 %1 页</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="297" />
            <source>Zoom in</source>
            <translation>放大</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="299" />
            <source>Zoom out</source>
            <translation>缩小</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="301" />
            <source>Fit width</source>
            <translation>适合宽度</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="305" />
            <source>Print…</source>
            <translation>打印…</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="309" />
            <source>Close</source>
            <translation>关闭</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="314" />
            <source>Page</source>
            <translation>页</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="385" />
            <source>Preparing %1 for printing…</source>
            <translation>正在准备打印 %1…</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="424" />
            <source>Print %1</source>
            <translation>打印 %1</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="460" />
            <source>Printing %1…</source>
            <translation>正在打印 %1…</translation>
        </message>
        <message>
            <location filename="../ui/printing.py" line="475" />
            <source>There is nothing to print: no page was made.</source>
            <translation>没有可打印的内容：没有生成任何页面。</translation>
        </message>
    </context>
    <context>
        <name>LoanServicingDialog</name>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="20" />
            <source>Loan: %1</source>
            <translation>贷款：%1</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="57" />
            <source>Date</source>
            <translation>日期</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="58" />
            <source>Principal repaid (yuan)</source>
            <translation>归还本金（元）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="59" />
            <source>Interest paid (yuan)</source>
            <translation>支付利息（元）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="60" />
            <source>Amount (yuan)</source>
            <translation>金额（元）</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="61" />
            <source>New maturity date</source>
            <translation>新到期日</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="62" />
            <source>Reason</source>
            <translation>理由</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/loan_servicing.py" line="63" />
            <source>Note</source>
            <translation>备注</translation>
        </message>
    </context>
    <context>
        <name>LoanPolicyBox</name>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="123" />
            <location filename="../ui/widgets/loan_policy.py" line="136" />
            <source>Product</source>
            <translation>产品</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="124" />
            <source>From</source>
            <translation>起始日</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="125" />
            <source>Per loan (yuan)</source>
            <translation>单笔上限（元）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="126" />
            <source>Per household (yuan)</source>
            <translation>每户上限（元）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="127" />
            <source>Longest term (months)</source>
            <translation>最长期限（月）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="128" />
            <location filename="../ui/widgets/loan_policy.py" line="142" />
            <source>Rate rule</source>
            <translation>利率规则</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="129" />
            <source>Subsidy share</source>
            <translation>贴息比例</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="130" />
            <source>Set by</source>
            <translation>制定方</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="137" />
            <source>In force from</source>
            <translation>生效日期</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="138" />
            <source>Interest subsidy share</source>
            <translation>贴息比例</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="139" />
            <source>Limit per household across the programme (yuan)</source>
            <translation>本项目每户上限（元）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="140" />
            <source>Limit per loan (yuan)</source>
            <translation>单笔贷款上限（元）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="141" />
            <source>Longest term (months, 0: none)</source>
            <translation>最长期限（月，0 表示不限）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="143" />
            <source>County's rate cap (%)</source>
            <translation>县定利率上限（%）</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="149" />
            <source>Save as a new version</source>
            <translation>另存为新版本</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="152" />
            <source>Each version applies to loans from its date on; older loans keep the rules of their own dates. Versions set by the county are shown and cannot be changed here.</source>
            <translation>每个版本适用于其生效日起发放的贷款；之前的贷款仍按其发放时的规则。县里制定的版本只显示，不能在此修改。</translation>
        </message>
        <message>
            <source>Base rate: 1-year LPR up to 12 months, 5-year LPR beyond</source>
            <translation type="vanished">基准利率：12 个月以内按 1 年期 LPR，以上按 5 年期 LPR</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="164" />
            <source>The county's own cap</source>
            <translation>县定上限</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="165" />
            <source>No cap</source>
            <translation>不设上限</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="189" />
            <source>release</source>
            <translation>程序预置</translation>
        </message>
        <message>
            <location filename="../ui/widgets/loan_policy.py" line="161" />
            <source>Base rate of the grant date: the PBOC benchmark rate of the term before 2019-08-20, then the 1-year LPR up to 12 months and the 5-year LPR beyond</source>
            <translation>发放日的基准利率：2019-08-20 前按人民银行同期限贷款基准利率，此后 12 个月以内按 1 年期 LPR，以上按 5 年期 LPR</translation>
        </message>
    </context>
    <context>
        <name>QPrintDialog</name>
        <message>
            <source>&amp;Options &gt;&gt;</source>
            <translation>选项(&amp;O) &gt;&gt;</translation>
        </message>
        <message>
            <source>&amp;Options &lt;&lt;</source>
            <translation>选项(&amp;O) &lt;&lt;</translation>
        </message>
        <message>
            <source>&amp;Print</source>
            <translation>打印(&amp;P)</translation>
        </message>
        <message>
            <source>All Pages</source>
            <translation>全部页面</translation>
        </message>
        <message>
            <source>Even Pages</source>
            <translation>偶数页面</translation>
        </message>
        <message>
            <source>Odd Pages</source>
            <translation>奇数页面</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>打印</translation>
        </message>
        <message>
            <source>Print to File (PDF)</source>
            <translation>打印到文件(PDF)</translation>
        </message>
    </context>
    <context>
        <name>QPrintSettingsOutput</name>
        <message>
            <source>Collate</source>
            <translation>逐份打印</translation>
        </message>
        <message>
            <source>Color</source>
            <translation>彩色</translation>
        </message>
        <message>
            <source>Color Mode</source>
            <translation>彩色模式</translation>
        </message>
        <message>
            <source>Copies</source>
            <translation>份数</translation>
        </message>
        <message>
            <source>Copies:</source>
            <translation>份数：</translation>
        </message>
        <message>
            <source>Current Page</source>
            <translation>当前页面</translation>
        </message>
        <message>
            <source>Double Sided Printing</source>
            <translation>双面打印</translation>
        </message>
        <message>
            <source>Grayscale</source>
            <translation>灰阶</translation>
        </message>
        <message>
            <source>Long side binding</source>
            <translation>长边装订</translation>
        </message>
        <message>
            <source>Off</source>
            <translation>关闭</translation>
        </message>
        <message>
            <source>Options</source>
            <translation>选项</translation>
        </message>
        <message>
            <source>Output Settings</source>
            <translation>输出设置</translation>
        </message>
        <message>
            <source>Page &amp;Set:</source>
            <translation>页面集(&amp;S)：</translation>
        </message>
        <message>
            <source>Pages</source>
            <translation>页数</translation>
        </message>
        <message>
            <source>Pages from</source>
            <translation>页数从</translation>
        </message>
        <message>
            <source>Print all</source>
            <translation>打印全部</translation>
        </message>
        <message>
            <source>Print range</source>
            <translation>打印范围</translation>
        </message>
        <message>
            <source>Reverse</source>
            <translation>反向打印</translation>
        </message>
        <message>
            <source>Selection</source>
            <translation>选择</translation>
        </message>
        <message>
            <source>Short side binding</source>
            <translation>短边装订</translation>
        </message>
        <message>
            <source>Specify pages or ranges separated by commas. Ranges are specified by two numbers separated by a hyphen. E.g: 3,5-7,9 prints pages 3, 5, 6, 7 and 9.</source>
            <translation>指定页面或范围，以半角逗号分隔。范围通过在两个数字之间插入半角连字号指定。例如：3,5-7,9 将打印 3、5、6、7、9 页。</translation>
        </message>
        <message>
            <source>to</source>
            <translation>到</translation>
        </message>
    </context>
    <context>
        <name>QPrintWidget</name>
        <message>
            <source>&amp;Name:</source>
            <translation>名称(&amp;N)：</translation>
        </message>
        <message>
            <source>Location:</source>
            <translation>位置：</translation>
        </message>
        <message>
            <source>Output &amp;file:</source>
            <translation>输出文件(&amp;F)：</translation>
        </message>
        <message>
            <source>P&amp;roperties</source>
            <translation>属性(&amp;R)</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>预览</translation>
        </message>
        <message>
            <source>Printer</source>
            <translation>打印机</translation>
        </message>
        <message>
            <source>Type:</source>
            <translation>类型：</translation>
        </message>
    </context>
    <context>
        <name>Permissions</name>
        <message>
            <location filename="../ui/permissions.py" line="25" />
            <source>Only an account with the role %1 may do this.</source>
            <extracomment>filled per language by Language.fill (marked here so the translation tools collect it)</extracomment>
            <translation>只有角色为“%1”的账户可以执行此操作。</translation>
        </message>
        <message>
            <location filename="../ui/permissions.py" line="27" />
            <source> or </source>
            <extracomment>between the roles when more than one may ("office head or bank officer")</extracomment>
            <translation>或</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <location filename="../ui/dialogs/restore.py" line="77" />
            <location filename="../ui/dialogs/restore.py" line="95" />
            <source>Restore from a backup</source>
            <translation>从备份恢复</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="80" />
            <source>Choose a backup of the register (a file ending in .sqlite, with the file of the same name ending in .keys beside it). It is opened with the password of one of its accounts, or with the recovery key kept in the office safe, and checked before it is used.</source>
            <translation>请选择台账的备份（以 .sqlite 结尾的文件，旁边有同名、以 .keys 结尾的文件）。用其中某个账户的密码或存放在工作室保险柜中的恢复密钥打开，使用前会先检查。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="86" />
            <source>Backup file</source>
            <translation>备份文件</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="86" />
            <source>Password</source>
            <translation>密码</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="86" />
            <source>or the recovery key</source>
            <translation>或恢复密钥</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="89" />
            <source>Choose…</source>
            <translation>选择…</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="95" />
            <source>Backups (*.sqlite)</source>
            <translation>备份 (*.sqlite)</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="107" />
            <source>Choose the backup file first.</source>
            <translation>请先选择备份文件。</translation>
        </message>
        <message>
            <location filename="../ui/dialogs/restore.py" line="119" />
            <source>Restoring the backup (copied, then checked)…</source>
            <translation>正在恢复备份（先复制，再检查）…</translation>
        </message>
    </context>
    <context>
        <name>CodeTreeCombo</name>
        <message>
            <location filename="../ui/pages/complaints.py" line="79" />
            <source>%1 (not a code of the JR/T 0169-2018 list)</source>
            <extracomment>lifecycle buttons: (target status, object name)</extracomment>
            <translation>%1（非JR/T 0169-2018代码）</translation>
        </message>
    </context>
</TS>
