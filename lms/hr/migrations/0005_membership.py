"""Membership asserted by the organisation (issue 17, W0): domains, memberships, requests.

On an existing database every profile that names an organisation gets a current membership
with the source "migrated": nobody's records vanish from HR's reports on upgrade, and HR's
Members screen flags each such membership for review (it was self-declared). Each
organisation gets its members' group, holding those members. The HR group gets the
permissions its new screens need.
"""

import django.core.validators
import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


HR_PERMISSIONS = [
    ("hr", "view_membership"),
    ("hr", "add_membership"),
    ("hr", "change_membership"),
    ("hr", "view_joinrequest"),
    ("hr", "change_joinrequest"),
]
GROUP_NAME = "Members of %(organisation)s"


def migrate_memberships(apps, schema_editor):
    LearnerProfile = apps.get_model("accounts", "LearnerProfile")
    Membership = apps.get_model("hr", "Membership")
    Organisation = apps.get_model("hr", "Organisation")
    MemberGroup = apps.get_model("hr", "MemberGroup")
    Group = apps.get_model("auth", "Group")
    groups = {}
    # The organisations profiles point at: default-language rows, never their translations
    # (a translation has no members; the service makes other groups when first needed).
    named = LearnerProfile.objects.filter(organisation__isnull=False).values("organisation_id")
    for organisation in Organisation.objects.filter(pk__in=named).order_by("pk"):
        name = (GROUP_NAME % {"organisation": organisation.name})[:150]
        group, _created = Group.objects.get_or_create(name=name)
        MemberGroup.objects.get_or_create(organisation=organisation, defaults={"group": group})
        groups[organisation.pk] = group
    profiles = LearnerProfile.objects.filter(organisation__isnull=False).order_by("pk")
    for profile in profiles.iterator():
        Membership.objects.create(
            user_id=profile.user_id,
            organisation_id=profile.organisation_id,
            department_id=profile.department_id,
            employee_number=profile.employee_number,
            source="migrated",
            started_at=profile.created_at,
        )
        groups[profile.organisation_id].user_set.add(profile.user_id)


def grant_hr(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; these are needed now. Only hr's:
    # other apps' historical states may still hold models that have moved since.
    app_config = apps.get_app_config("hr")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name="HR").first()
    if group is None:
        return
    for app_label, codename in HR_PERMISSIONS:
        group.permissions.add(
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
        )


class Migration(migrations.Migration):

    dependencies = [
        ('auth', '0012_alter_user_first_name_max_length'),
        ('hr', '0004_names_translatable'),
        ('accounts', '0001_initial'),
        ('lms', '0008_hr_and_accounts_leave_lms'),
        ('contenttypes', '0002_remove_content_type_name'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='MemberGroup',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('group', models.OneToOneField(on_delete=django.db.models.deletion.PROTECT, related_name='+', to='auth.group', verbose_name='group')),
                ('organisation', models.OneToOneField(on_delete=django.db.models.deletion.CASCADE, related_name='member_group', to='hr.organisation', verbose_name='organisation')),
            ],
            options={
                'verbose_name': "members' group",
                'verbose_name_plural': "members' groups",
            },
        ),
        migrations.CreateModel(
            name='OrganisationDomain',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('domain', models.CharField(help_text='Everyone who confirms an address at exactly this domain becomes a member, for example vgregion.se. Add only domains the organisation controls.', max_length=253, unique=True, validators=[django.core.validators.RegexValidator('^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}$', 'Enter a domain such as vgregion.se, without “@” or “www”.')], verbose_name='email domain')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='created')),
                ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='domains', to='hr.organisation', verbose_name='organisation')),
            ],
            options={
                'verbose_name': 'organisation email domain',
                'verbose_name_plural': 'organisation email domains',
                'ordering': ['domain'],
            },
        ),
        migrations.CreateModel(
            name='JoinRequest',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(choices=[('join', 'Join an organisation'), ('change', 'Change department or employee number'), ('leave', 'Leave the organisation')], max_length=10, verbose_name='request')),
                ('employee_number', models.CharField(blank=True, max_length=40, verbose_name='employee number')),
                ('message', models.TextField(blank=True, max_length=1000, verbose_name='message to HR')),
                ('status', models.CharField(choices=[('pending', 'Waiting for HR'), ('approved', 'Approved'), ('rejected', 'Declined'), ('withdrawn', 'Withdrawn')], default='pending', max_length=10, verbose_name='status')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='sent')),
                ('decided_at', models.DateTimeField(blank=True, null=True, verbose_name='decided')),
                ('decision_note', models.CharField(blank=True, max_length=500, verbose_name='note to the learner')),
                ('decided_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='decided by')),
                ('department', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='hr.department', verbose_name='department')),
                ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='membership_requests', to='hr.organisation', verbose_name='organisation')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='membership_requests', to=settings.AUTH_USER_MODEL, verbose_name='person')),
            ],
            options={
                'verbose_name': 'membership request',
                'verbose_name_plural': 'membership requests',
                'ordering': ['-created_at', '-pk'],
                'constraints': [models.UniqueConstraint(condition=models.Q(('status', 'pending')), fields=('user',), name='hr_one_pending_membership_request')],
            },
        ),
        migrations.CreateModel(
            name='Membership',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('employee_number', models.CharField(blank=True, max_length=40, verbose_name='employee number')),
                ('source', models.CharField(choices=[('email_domain', "Confirmed email address at the organisation's domain"), ('hr', 'Added by HR'), ('join_request', 'Join request approved by HR'), ('import', 'Imported'), ('migrated', 'Migrated (self-declared, to be reviewed)')], max_length=20, verbose_name='source')),
                ('started_at', models.DateTimeField(verbose_name='started')),
                ('ended_at', models.DateTimeField(blank=True, null=True, verbose_name='ended')),
                ('end_reason', models.CharField(blank=True, max_length=500, verbose_name='reason for ending')),
                ('department', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='memberships', to='hr.department', verbose_name='department')),
                ('ended_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='ended by')),
                ('organisation', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='memberships', to='hr.organisation', verbose_name='organisation')),
                ('started_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='started by')),
                ('user', models.ForeignKey(on_delete=django.db.models.deletion.PROTECT, related_name='memberships', to=settings.AUTH_USER_MODEL, verbose_name='person')),
            ],
            options={
                'verbose_name': 'membership',
                'verbose_name_plural': 'memberships',
                'ordering': ['-started_at', '-pk'],
                'indexes': [models.Index(fields=['organisation', 'ended_at'], name='hr_membership_org')],
                'constraints': [models.UniqueConstraint(condition=models.Q(('ended_at__isnull', True)), fields=('user',), name='hr_one_current_membership'), models.CheckConstraint(condition=models.Q(('ended_at__isnull', True), models.Q(('end_reason', ''), _negated=True), _connector='OR'), name='hr_membership_end_has_reason')],
            },
        ),
        migrations.RunPython(migrate_memberships, migrations.RunPython.noop),
        migrations.RunPython(grant_hr, migrations.RunPython.noop),
    ]
