#include "core/apierror.h"

#include "core/terminaltext.h"

#include <array>

namespace Ankra {
namespace {

struct KindEntry
{
    ApiError::Kind kind;
    int exitCode; // stable: scripts depend on it; never renumber, only append
    const char16_t *name;
    const char *title;
};

// 0 is success and 1 is reserved for usage errors, so error kinds start at 2.
constexpr std::array<KindEntry, 22> kinds{{
    {ApiError::Kind::None, 0, u"none", QT_TRANSLATE_NOOP("Ankra::ApiError", "No error")},
    {ApiError::Kind::Configuration, 2, u"configuration",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Connection not set up")},
    {ApiError::Kind::InvalidTicketId, 3, u"invalid_ticket_id",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Not a ticket ID")},
    {ApiError::Kind::Offline, 4, u"offline",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Server not reachable")},
    {ApiError::Kind::ConnectionRefused, 5, u"connection_refused",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Connection refused")},
    {ApiError::Kind::Timeout, 6, u"timeout",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Server did not answer in time")},
    {ApiError::Kind::Tls, 7, u"tls",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Secure connection failed")},
    {ApiError::Kind::InsecureRedirect, 8, u"insecure_redirect",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Redirect to another server blocked")},
    {ApiError::Kind::Unauthorized, 9, u"unauthorized",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "API token not accepted")},
    {ApiError::Kind::Forbidden, 10, u"forbidden",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Access denied")},
    {ApiError::Kind::NotFound, 11, u"not_found",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Ticket not found")},
    {ApiError::Kind::Validation, 12, u"validation",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Request rejected")},
    {ApiError::Kind::RateLimited, 13, u"rate_limited",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Too many requests")},
    {ApiError::Kind::ServerError, 14, u"server_error",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Server error")},
    {ApiError::Kind::TooLarge, 15, u"too_large",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Response too large")},
    {ApiError::Kind::BadResponse, 16, u"bad_response",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Unexpected response")},
    {ApiError::Kind::Network, 17, u"network",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Connection failed")},
    {ApiError::Kind::Cancelled, 18, u"cancelled",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Cancelled")},
    {ApiError::Kind::DeadlineExceeded, 19, u"deadline_exceeded",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "Request took too long")},
    {ApiError::Kind::SizeMismatch, 20, u"size_mismatch",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "File size not as declared")},
    {ApiError::Kind::DiskFull, 21, u"disk_full", QT_TRANSLATE_NOOP("Ankra::ApiError", "Disk full")},
    {ApiError::Kind::FileError, 22, u"file_error",
     QT_TRANSLATE_NOOP("Ankra::ApiError", "File could not be saved")},
}};

const KindEntry &entryFor(ApiError::Kind kind)
{
    for (const KindEntry &entry : kinds) {
        if (entry.kind == kind)
            return entry;
    }
    Q_UNREACHABLE();
    return kinds.front();
}

// Server text can be anything; keep a message readable even when the detail is a novel.
QString shortened(const QString &text)
{
    constexpr qsizetype Max = 300;
    // Controls are shown, not acted on: messages are printed to terminals (issue 15 item 3).
    const QString simplified = withVisibleControls(text.simplified());
    if (simplified.size() <= Max)
        return simplified;
    return simplified.left(Max - 1) + u'\u2026';
}

} // namespace

QString ApiError::message() const
{
    const QString shown = shortened(detail);
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Configuration:
        if (!shown.isEmpty()) {
            return tr("Nothing was sent: %1. Add an API token and the server address in the "
                      "settings (or set ANKRA_API_TOKEN, or run `ankra login`), then try again.")
                .arg(shown);
        }
        return tr("Nothing was sent because the connection is not set up. Add an API token and "
                  "the server address in the settings (or set ANKRA_API_TOKEN, or run "
                  "`ankra login`), then try again.");
    case Kind::InvalidTicketId:
        if (!shown.isEmpty())
            return shown;
        return tr("This is not a ticket ID. Paste the ticket's ID (a UUID such as "
                  "3f2b8c1e-5d4a-4e6f-9a7b-1c2d3e4f5a6b) or a link to the ticket.");
    case Kind::Offline:
        return tr("The server could not be reached: there is no network connection or its name "
                  "does not resolve. Check your internet connection and the server address in "
                  "the settings, then try again.");
    case Kind::ConnectionRefused:
        return tr("The server refused the connection: nothing is listening at this address. "
                  "Check the server address and port in the settings, or try again later.");
    case Kind::Timeout:
        return tr("The server did not answer in time. Check your network connection and try "
                  "again; if it keeps happening, the service may be slow or down.");
    case Kind::Tls:
        if (!shown.isEmpty()) {
            return tr("A secure connection to the server could not be established (%1). Check "
                      "the server address, your system clock and any proxy or antivirus that "
                      "inspects HTTPS, then try again.")
                .arg(shown);
        }
        return tr("A secure connection to the server could not be established. Check the server "
                  "address, your system clock and any proxy or antivirus that inspects HTTPS, "
                  "then try again.");
    case Kind::InsecureRedirect:
        if (!shown.isEmpty()) {
            return tr("The server redirected the request to another address (%1); it was not "
                      "followed so that your token is not sent there. Check the server address "
                      "in the settings.")
                .arg(shown);
        }
        return tr("The server redirected the request to another address; it was not followed "
                  "so that your token is not sent there. Check the server address in the "
                  "settings.");
    case Kind::Unauthorized:
        return tr("The API token was not accepted (it may be expired or revoked). Create a new "
                  "token in Ankra under Profile \u2192 API Tokens, or run `ankra login`, then "
                  "try again.");
    case Kind::Forbidden:
        if (!permission.isEmpty()) {
            return tr("Your token is not allowed to do this (missing permission \u201c%1\u201d). "
                      "Ask an organisation admin to grant it, or choose the organisation the "
                      "ticket belongs to.")
                .arg(shortened(permission));
        }
        if (!shown.isEmpty()) {
            return tr("Your token is not allowed to see this ticket (the server said "
                      "\u201c%1\u201d). Ask an organisation admin for access, or choose the "
                      "organisation the ticket belongs to.")
                .arg(shown);
        }
        return tr("Your token is not allowed to see this ticket. Ask an organisation admin for "
                  "access, or choose the organisation the ticket belongs to.");
    case Kind::NotFound:
        return tr("No ticket with this ID in your organisation. Check the ID, or choose the "
                  "organisation the ticket belongs to.");
    case Kind::Validation:
        if (!shown.isEmpty()) {
            return tr("The server rejected the request: %1. Check the ticket ID; if it is "
                      "right, update the app or contact Ankra support.")
                .arg(shown);
        }
        return tr("The server rejected the request. Check the ticket ID; if it is right, update "
                  "the app or contact Ankra support.");
    case Kind::RateLimited:
        if (retryAfterSeconds >= 0) {
            return tr("The server received too many requests from you. Wait and try again in "
                      "%n s.",
                      nullptr, retryAfterSeconds);
        }
        return tr("The server received too many requests from you. Wait a minute, then try "
                  "again.");
    case Kind::ServerError:
        return tr("The server had a problem (HTTP %1). Try again in a few minutes; if it keeps "
                  "happening, contact Ankra support.")
            .arg(httpStatus);
    case Kind::TooLarge:
        return tr("The server's answer was too large (%1) and was not read. Check that the "
                  "server address in the settings points at Ankra; if it does, contact Ankra "
                  "support.")
            .arg(shown.isEmpty() ? tr("over the size limit") : shown);
    case Kind::BadResponse:
        if (!shown.isEmpty()) {
            return tr("The server's answer was not what Ankra sends (%1). Check that the server "
                      "address in the settings points at Ankra; if it does, update the app or "
                      "contact Ankra support.")
                .arg(shown);
        }
        return tr("The server's answer was not what Ankra sends. Check that the server address "
                  "in the settings points at Ankra; if it does, update the app or contact Ankra "
                  "support.");
    case Kind::Network:
        if (!shown.isEmpty()) {
            return tr("The connection to the server failed (%1). Check your network connection "
                      "and try again.")
                .arg(shown);
        }
        return tr("The connection to the server failed. Check your network connection and try "
                  "again.");
    case Kind::Cancelled:
        return tr("The request was cancelled. Load the ticket again when you are ready.");
    case Kind::DeadlineExceeded:
        return tr("The request was stopped because it was still not complete after the time "
                  "allowed for a whole request, although the server kept sending. The service "
                  "or a proxy on the way may be very slow; try again later, and contact Ankra "
                  "support if it keeps happening.");
    case Kind::SizeMismatch:
        if (!shown.isEmpty()) {
            return tr("The file's size was not what the ticket declares (%1); nothing was "
                      "saved. Reload the ticket and try again.")
                .arg(shown);
        }
        return tr("The file's size was not what the ticket declares; nothing was saved. Reload "
                  "the ticket and try again.");
    case Kind::DiskFull:
        return tr("The disk is full (or the file is larger than allowed there); nothing was "
                  "saved. Free some space or choose another folder.");
    case Kind::FileError:
        if (!shown.isEmpty()) {
            return tr("The file could not be saved (%1). Choose another folder and try again.")
                .arg(shown);
        }
        return tr("The file could not be saved. Choose another folder and try again.");
    }
    Q_UNREACHABLE();
    return QString();
}

bool ApiError::isUnreachable() const
{
    switch (kind) {
    case Kind::Offline:
    case Kind::ConnectionRefused:
    case Kind::Timeout:
    case Kind::Network:
    case Kind::ServerError:
    case Kind::DeadlineExceeded:
        return true;
    default:
        return false;
    }
}

QString ApiError::title() const
{
    return tr(entryFor(kind).title);
}

int ApiError::exitCode() const
{
    return exitCodeFor(kind);
}

int ApiError::exitCodeFor(Kind kind)
{
    return entryFor(kind).exitCode;
}

QString ApiError::kindName(Kind kind)
{
    return QString::fromUtf16(entryFor(kind).name);
}

QList<ApiError::Kind> ApiError::allKinds()
{
    QList<Kind> result;
    result.reserve(qsizetype(kinds.size()));
    for (const KindEntry &entry : kinds) {
        if (entry.kind != Kind::None)
            result.append(entry.kind);
    }
    return result;
}

QList<ApiError::ExitCodeEntry> ApiError::exitCodeTable()
{
    QList<ExitCodeEntry> result;
    result.reserve(qsizetype(kinds.size()));
    for (const KindEntry &entry : kinds) {
        if (entry.kind != Kind::None)
            result.append(
                {entry.kind, entry.exitCode, QString::fromUtf16(entry.name), tr(entry.title)});
    }
    return result;
}

} // namespace Ankra
