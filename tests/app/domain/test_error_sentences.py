"""Every error the core raises on purpose is said in the reader's language, and in bilingual mode
in both: the Tibetan sentence, then the Chinese one, each with its own language's names.

The services' and storage's own errors share one base (app.domain.errors.SentenceError); the
record errors of the domain (not found, changed elsewhere, not allowed, read-only, no office) and
the safe file writer's say their sentence the same way.
"""

from __future__ import annotations

import pytest

from app.domain.errors import (
    Conflict,
    Named,
    NotFound,
    PermissionDenied,
    ReadOnlyRecord,
    SentenceError,
)
from app.domain.offices import NoOffice
from app.i18n import N_, translate
from app.safe_write import FULL, UsbError
from app.services.auth import AuthError, NotAllowed
from app.services.backup import BackupError
from app.services.encryption import EncryptionError
from app.services.lock import LockError
from app.services.package_crypto import SealError
from app.services.roster.safety import RosterFileError
from app.services.sync_conflicts import ConflictError
from app.services.sync_package import PackageRejected
from app.services.update_backup import UpdateBackupError
from storage.db import RegisterLocked, StorageError

SENTENCE_ERRORS = [
    StorageError,
    UpdateBackupError,
    BackupError,
    RosterFileError,
    PackageRejected,
    LockError,
    AuthError,
    SealError,
    EncryptionError,
    ConflictError,
]

#: a sentence the catalogs translate, with a parameter
FOUND = N_("Record not found: {key}")


def _bilingual(text: str, zh: str, bo: str) -> None:
    assert text == f"{bo} / {zh}", text


@pytest.mark.parametrize("error_class", SENTENCE_ERRORS, ids=lambda c: c.__name__)
def test_a_services_error_is_said_in_each_language_and_in_both(error_class):
    assert issubclass(error_class, SentenceError)
    error = error_class(FOUND, key="6301")
    zh, bo = error.text("zh"), error.text("bo")
    assert zh == translate(FOUND, "zh").format(key="6301") and zh != error.text("en")
    assert bo == translate(FOUND, "bo").format(key="6301") and bo != zh
    _bilingual(error.text("both"), zh, bo)
    assert str(error) == "Record not found: 6301"  # what the log keeps


@pytest.mark.parametrize("error_class", SENTENCE_ERRORS, ids=lambda c: c.__name__)
def test_a_name_in_a_services_error_is_in_the_language_of_each_half(error_class):
    office = Named("拉脊村", "ལ་རྗེས་གྲོང་།", "Laji village")
    error = error_class(FOUND, key=office)
    assert "拉脊村" in error.text("zh") and "ལ་རྗེས་" not in error.text("zh")
    assert "ལ་རྗེས་" in error.text("bo") and "拉脊村" not in error.text("bo")
    bo_half, zh_half = error.text("both").split(" / ")
    assert "ལ་རྗེས་" in bo_half and "拉脊村" in zh_half and "拉脊村" not in bo_half


@pytest.mark.parametrize(
    "error",
    [
        NotFound("household", "6301"),
        Conflict("household", "h1"),
        PermissionDenied("edit"),
        ReadOnlyRecord("630224100201", "拉脊村"),
        NoOffice(),
        NotAllowed("backup.make"),
        RegisterLocked("/tmp/register.sqlite"),
        UsbError(FULL, "/media/usb/report.xlsx"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_the_record_and_file_errors_show_both_languages_in_bilingual_mode(error):
    zh, bo, en = error.text("zh"), error.text("bo"), error.text("en")
    assert len({zh, bo, en}) == 3, (zh, bo, en)  # translated in both catalogs
    _bilingual(error.text("both"), zh, bo)
