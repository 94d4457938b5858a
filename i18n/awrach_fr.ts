<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name></name>
    <message>
        <location filename="../ui/dialogs/about_dialog.py" line="+21"/>
        <location filename="../ui/main_window.py" line="+100"/>
        <source>حول البرنامج</source>
        <translation>À propos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>الخطوط: Noto Sans Arabic و Amiri، برخصة SIL Open Font License 1.1.</source>
        <translation>Polices : Noto Sans Arabic et Amiri, sous licence SIL Open Font License 1.1.</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/commune_dialog.py" line="+22"/>
        <source>تصحيح جماعة</source>
        <translation>Corriger une commune</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/programme_page.py" line="+85"/>
        <source>إضافة جماعة</source>
        <translation>Ajouter une commune</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/call_dialog.py" line="+71"/>
        <location filename="../ui/dialogs/commune_dialog.py" line="+14"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+111"/>
        <location filename="../ui/dialogs/quota_dialog.py" line="+44"/>
        <location filename="../ui/pages/programme_page.py" line="-30"/>
        <location line="+14"/>
        <location line="+14"/>
        <source>الإقليم أو العمالة</source>
        <translation>Province ou préfecture</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/commune_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/domain_dialog.py" line="+29"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="+78"/>
        <location filename="../ui/pages/partners_page.py" line="+30"/>
        <location filename="../ui/pages/settings_page.py" line="+76"/>
        <source>الاسم بالعربية</source>
        <translation>Nom en arabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/domain_dialog.py" line="+1"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="+1"/>
        <location filename="../ui/pages/partners_page.py" line="+1"/>
        <location filename="../ui/pages/programme_page.py" line="-13"/>
        <location line="+11"/>
        <location filename="../ui/pages/settings_page.py" line="+1"/>
        <source>الاسم بالفرنسية</source>
        <translation>Nom en français</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="-2"/>
        <location filename="../ui/pages/partners_page.py" line="-2"/>
        <location line="+15"/>
        <location filename="../ui/pages/programme_page.py" line="-10"/>
        <location line="+11"/>
        <location filename="../ui/pages/settings_page.py" line="-16"/>
        <source>النوع</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الرمز الجغرافي (اختياري)</source>
        <translation>Code géographique (facultatif)</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/edition_dialog.py" line="+22"/>
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
        <location line="+18"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+1"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="-35"/>
        <source> شهر</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>السماح لهيئة سبق أن استفادت بالاستفادة مرة أخرى</source>
        <translation>Autoriser un organisme déjà bénéficiaire à en bénéficier de nouveau</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> درهم</source>
        <translation> DH</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../ui/pages/programme_page.py" line="-9"/>
        <source>السنة</source>
        <translation>Année</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>رقم النسخة</source>
        <translation>Numéro de l&apos;édition</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../ui/pages/programme_page.py" line="+7"/>
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
        <location filename="../ui/dialogs/partner_dialog.py" line="+12"/>
        <location filename="../ui/dialogs/quota_dialog.py" line="+6"/>
        <location filename="../ui/pages/programme_page.py" line="+13"/>
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
        <location filename="../ui/dialogs/call_dialog.py" line="-31"/>
        <source>تعديل طلب العروض</source>
        <translation>Modifier l&apos;appel à projets</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../ui/pages/calls_panel.py" line="+54"/>
        <source>إضافة طلب عروض</source>
        <translation>Ajouter un appel à projets</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+34"/>
        <location filename="../ui/dialogs/quota_dialog.py" line="+5"/>
        <location filename="../ui/pages/calls_panel.py" line="-6"/>
        <location filename="../ui/pages/programme_page.py" line="-22"/>
        <location line="+14"/>
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
        <location line="+3"/>
        <location filename="../ui/dialogs/partner_dialog.py" line="-4"/>
        <location filename="../ui/pages/calls_panel.py" line="-3"/>
        <source>العنوان</source>
        <translation>Titre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تاريخ الفتح</source>
        <translation>Date d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location filename="../ui/widgets/attachments_box.py" line="+56"/>
        <source>فتح</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/quota_dialog.py" line="+1"/>
        <source>عدد المناصب</source>
        <translation>Nombre de postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>عدد أشهر العمل</source>
        <translation>Nombre de mois de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/widgets/quota_simulator.py" line="+45"/>
        <source>عدد المستفيدين الممكن</source>
        <translation>Nombre possible de bénéficiaires</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{people} مستفيدا لمدة {months} أشهر</source>
        <translation>{people} bénéficiaires pendant {months} mois</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/record_dialog.py" line="+33"/>
        <source>حفظ</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/tasks.py" line="+75"/>
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
        <location filename="../ui/main.py" line="+66"/>
        <source>حدثت قاعدة البيانات؛ نسخة احتياطية في: </source>
        <translation>Base de données mise à jour ; sauvegarde dans : </translation>
    </message>
    <message>
        <location filename="../ui/main_window.py" line="-64"/>
        <source>مكتب أوراش</source>
        <translation>Awrach Desk</translation>
    </message>
    <message>
        <location line="+12"/>
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
        <location filename="../ui/pages/proposals_page.py" line="+87"/>
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
        <source>الحضور والتنقيط والتصويت والقرارات والمحاضر.</source>
        <translation>Présences, notation, votes, décisions et procès-verbaux.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الاتفاقيات</source>
        <translation>Conventions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>اتفاقيات الشراكة وطباعتها وتوقيعها وملاحقها.</source>
        <translation>Conventions de partenariat : impression, signature et avenants.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/proposals_page.py" line="-43"/>
        <source>المستفيدون</source>
        <translation>Bénéficiaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>استيراد المستفيدين وتعيينهم والتصريح بهم والشواهد.</source>
        <translation>Import, affectation et déclaration des bénéficiaires ; attestations.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>التتبع</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>لوحات القيادة والتقارير الدورية.</source>
        <translation>Tableaux de bord et rapports périodiques.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>الإعدادات</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>قاعدة البيانات: {name}</source>
        <translation>Base de données : {name}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;ملف</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>نسخة احتياطية...</source>
        <translation>Sauvegarde...</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>خروج</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;بيانات</source>
        <translation>&amp;Données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تحميل البيانات التجريبية (خنيفرة 2022-2023)</source>
        <translation>Charger les données de démonstration (Khénifra 2022-2023)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;مساعدة</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>حفظ نسخة احتياطية</source>
        <translation>Enregistrer une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/settings_page.py" line="+43"/>
        <source>قاعدة بيانات (*.sqlite)</source>
        <translation>Base de données (*.sqlite)</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+3"/>
        <source>جار تحميل البيانات التجريبية...</source>
        <translation>Chargement des données de démonstration...</translation>
    </message>
    <message>
        <location filename="../ui/pages/placeholder_page.py" line="+16"/>
        <source>هذا القسم قيد الإنجاز وسيتوفر في إصدار قادم.</source>
        <translation>Cette section est en cours de réalisation et sera disponible dans une prochaine version.</translation>
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
        <location line="+15"/>
        <location filename="../ui/pages/partners_page.py" line="-6"/>
        <location line="+8"/>
        <source>الإقليم</source>
        <translation>Province</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/programme_page.py" line="-15"/>
        <source>من</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/programme_page.py" line="+2"/>
        <source>إلى</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/proposals_page.py" line="+6"/>
        <location filename="../ui/pages/settings_page.py" line="-26"/>
        <source>الحالة</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme_page.py" line="+2"/>
        <source>مدة الاستفادة (أشهر)</source>
        <translation>Durée du bénéfice (mois)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>التدبير الإداري</source>
        <translation>Frais de gestion administrative</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../ui/pages/programme_page.py" line="+4"/>
        <location line="+14"/>
        <location line="+11"/>
        <location filename="../ui/pages/settings_page.py" line="-4"/>
        <source>الرمز</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme_page.py" line="-22"/>
        <source>المناصب</source>
        <translation>Postes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>أشهر العمل</source>
        <translation>Mois de travail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>الحصص حسب الأقاليم</source>
        <translation>Quotas par province</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>الجهة</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location filename="../ui/dialogs/partner_dialog.py" line="-44"/>
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
        <location line="+1"/>
        <location filename="../ui/dialogs/proposal_dialog.py" line="+22"/>
        <source>وثيقة أخرى</source>
        <translation>Autre document</translation>
    </message>
    <message>
        <location line="+7"/>
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
        <location line="+9"/>
        <source>مثال: رئيس الجمعية</source>
        <translation>Ex. : président de l&apos;association</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ابحث باسم الجماعة</source>
        <translation>Rechercher par nom de commune</translation>
    </message>
    <message>
        <location line="+10"/>
        <location filename="../ui/pages/partners_page.py" line="-7"/>
        <source>رقم التسجيل</source>
        <translation>Numéro d&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/partners_page.py" line="+2"/>
        <source>الممثل القانوني</source>
        <translation>Représentant légal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>صفة الممثل القانوني</source>
        <translation>Qualité du représentant légal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/partners_page.py" line="+2"/>
        <source>الهاتف</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>البريد الإلكتروني</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/pages/partners_page.py" line="+1"/>
        <location line="+12"/>
        <location filename="../ui/pages/programme_page.py" line="+4"/>
        <source>الجماعة</source>
        <translation>Commune</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>البنك</source>
        <translation>Banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>رقم الحساب البنكي (RIB)</source>
        <translation>RIB</translation>
    </message>
    <message>
        <location line="+5"/>
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
        <location line="+18"/>
        <source>جار نسخ الملف...</source>
        <translation>Copie du fichier...</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/partner_dialog.py" line="+30"/>
        <source>الجماعة: اختر جماعة من اللائحة المقترحة أثناء الكتابة.</source>
        <translation>Commune : choisissez une commune dans la liste proposée pendant la saisie.</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme_page.py" line="+4"/>
        <source>المصدر</source>
        <translation>Source</translation>
    </message>
    <message>
        <location filename="../ui/dialogs/proposal_dialog.py" line="-85"/>
        <source>تعديل المشروع المقترح</source>
        <translation>Modifier le projet proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>تسجيل مشروع مقترح</source>
        <translation>Enregistrer un projet proposé</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>تحقق من الشروط دون حفظ</source>
        <translation>Vérifier les conditions sans enregistrer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>طلب العروض</source>
        <translation>Appel à projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/proposals_page.py" line="-9"/>
        <source>الهيئة حاملة المشروع</source>
        <translation>Organisme porteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/proposals_page.py" line="-1"/>
        <source>عنوان الورش</source>
        <translation>Intitulé du chantier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>وصف الورش</source>
        <translation>Description du chantier</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/proposals_page.py" line="+3"/>
        <source>المجال</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../ui/pages/programme_page.py" line="+5"/>
        <location filename="../ui/pages/proposals_page.py" line="-1"/>
        <source>الجماعات</source>
        <translation>Communes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>عدد المستفيدين</source>
        <translation>Nombre de bénéficiaires</translation>
    </message>
    <message>
        <location line="+1"/>
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
        <location line="+62"/>
        <source>التدبير الإداري ({rate} %): {fee} درهم — المجموع: {total} درهم</source>
        <translation>Gestion administrative ({rate} %) : {fee} DH — Total : {total} DH</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>يستوفي المشروع كل شروط البرنامج.</source>
        <translation>Le projet remplit toutes les conditions du programme.</translation>
    </message>
    <message>
        <location filename="../ui/pages/programme_page.py" line="+15"/>
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
        <location filename="../ui/pages/calls_panel.py" line="+22"/>
        <location filename="../ui/pages/programme_page.py" line="+5"/>
        <location filename="../ui/pages/proposals_page.py" line="+15"/>
        <source>كل النسخ</source>
        <translation>Toutes les éditions</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="-7"/>
        <source>كل الأنواع</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>كل الجماعات</source>
        <translation>Toutes les communes</translation>
    </message>
    <message>
        <location filename="../ui/widgets/list_panel.py" line="+101"/>
        <location line="+11"/>
        <location line="+14"/>
        <source>تصدير Excel</source>
        <translation>Exporter vers Excel</translation>
    </message>
    <message>
        <location filename="../ui/pages/partners_page.py" line="-9"/>
        <location filename="../ui/pages/programme_page.py" line="+5"/>
        <location filename="../ui/pages/proposals_page.py" line="+1"/>
        <source>كل الأقاليم</source>
        <translation>Toutes les provinces</translation>
    </message>
    <message>
        <location filename="../ui/widgets/list_panel.py" line="-13"/>
        <source>مصنف Excel (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>كتب {count} سجلا في الملف:</source>
        <translation>{count} lignes écrites dans le fichier :</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="-42"/>
        <source>عام</source>
        <translation>Général</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>قاعدة البيانات</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>استعمال ملف آخر...</source>
        <translation>Utiliser un autre fichier...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>الرجوع إلى الملف الافتراضي</source>
        <translation>Revenir au fichier par défaut</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>لغة الواجهة (تطبق عند إعادة التشغيل)</source>
        <translation>Langue de l&apos;interface (appliquée au redémarrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>المستخدم</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
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
        <location filename="../ui/dialogs/call_dialog.py" line="-8"/>
        <location filename="../ui/pages/calls_panel.py" line="-29"/>
        <location filename="../ui/pages/proposals_page.py" line="-19"/>
        <location filename="../ui/pages/settings_page.py" line="+3"/>
        <source>المرجع</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location filename="../ui/pages/settings_page.py" line="+1"/>
        <source>إضافة</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>مجالات الأوراش</source>
        <translation>Domaines des chantiers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>مقبول</source>
        <translation>Accepté</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>موقوف</source>
        <translation>Retiré</translation>
    </message>
    <message>
        <location line="+25"/>
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
        <location filename="../ui/widgets/list_panel.py" line="-69"/>
        <source>بحث (Ctrl+F)</source>
        <translation>Rechercher (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>تعديل</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter أو نقرتان</source>
        <translation>Entrée ou double-clic</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>{shown} من {total}</source>
        <translation>{shown} sur {total}</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>{total} سجلا</source>
        <translation>{total} enregistrements</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>كل السجلات المطابقة للبحث والتصفية، لا الصفحة فقط</source>
        <translation>Tous les enregistrements correspondant à la recherche et aux filtres, pas seulement la page</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>جار التصدير إلى Excel...</source>
        <translation>Export vers Excel...</translation>
    </message>
    <message>
        <location filename="../ui/pages/proposals_page.py" line="+7"/>
        <source>النساء</source>
        <translation>Femmes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>المدة</source>
        <translation>Durée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>تاريخ الإيداع</source>
        <translation>Date de dépôt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>تسجيل مشروع</source>
        <translation>Enregistrer un projet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>كل الحالات</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>تغيير الحالة</source>
        <translation>Changer le statut</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>طلبات العروض</source>
        <translation>Appels à projets</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>اختر مشروعا من اللائحة</source>
        <translation>Choisissez un projet dans la liste</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>السبب:</source>
        <translation>Motif :</translation>
    </message>
    <message>
        <location filename="../ui/widgets/quota_simulator.py" line="-18"/>
        <source>الحصة ومحاكاة المدة</source>
        <translation>Quota et simulation de la durée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> أشهر</source>
        <translation> mois</translation>
    </message>
    <message>
        <location line="+4"/>
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
        <source>{posts} منصبا، {months} شهر عمل</source>
        <translation>{posts} postes, {months} mois de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>{people} مستفيدا، {months} شهر عمل</source>
        <translation>{people} bénéficiaires, {months} mois de travail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{months} شهر عمل</source>
        <translation>{months} mois de travail</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>تكفي الحصة لـ {people} مستفيدا لمدة {months} أشهر، ويكفي المتبقي لـ {left} مستفيدا.</source>
        <translation>Le quota couvre {people} bénéficiaires pour {months} mois ; le reste couvre {left} bénéficiaires.</translation>
    </message>
</context>
</TS>
