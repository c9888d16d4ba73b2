#pragma once

#include <QCoreApplication>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

// What went wrong with a request, as a value the GUI and the command line can show.
// Every kind has a message that says what happened and what to do next.

namespace Ankra {

struct ApiError
{
    enum class Kind {
        None,
        Configuration,     // no token, bad base URL: nothing was sent
        InvalidTicketId,   // the input holds no ticket ID: nothing was sent
        Offline,           // no network or the host name does not resolve
        ConnectionRefused, // nothing listens there
        Timeout,           // no answer within the transfer timeout
        Tls,               // certificate or handshake failure (never ignored)
        InsecureRedirect,  // the server redirected to another origin; not followed
        Unauthorized,      // 401
        Forbidden,         // 403; `detail` holds the permission of a permission_denied
        NotFound,          // 404
        Validation,        // 422; `detail` holds the readable list
        RateLimited,       // 429; retryAfterSeconds when the server said
        ServerError,       // 5xx after retries
        TooLarge,          // the response exceeded the size cap
        BadResponse,       // not the JSON the contract promises; `detail` holds the parse error
        Network,           // any other transport failure
        Cancelled,         // the user cancelled
        // Still not complete at the whole-request deadline (5 min by default) although data
        // kept coming: a server trickling bytes. Covers every attempt and retry.
        DeadlineExceeded,
        // Downloads: a body longer or shorter than the ticket's size_bytes.
        SizeMismatch,
        DiskFull,  // no space left (or over a file size limit) while saving
        FileError, // the file could not be created or written for another reason
    };

    Kind kind = Kind::None;
    int httpStatus = 0;         // 0 when no HTTP status was received
    QString detail;             // server's detail, permission name, parse error... (plain text)
    int retryAfterSeconds = -1; // from Retry-After, -1 when absent
    // Forbidden only: the permission named by a permission_denied body (then also in `detail`);
    // empty when the 403 said something else, which `detail` then holds.
    QString permission{}; // {}: callers may brace-initialise only the first four fields

    bool isError() const { return kind != Kind::None; }
    // The server could not be reached or did not answer properly (offline, refused, timed out,
    // a transport failure, 5xx, a trickling answer): worth trying again by itself later. A 401,
    // 404 or 429 says something about the token, the ticket or the rate instead.
    bool isUnreachable() const;

    // One or two sentences: what happened and what to do next. Plain text, no token.
    QString message() const;
    // A short title for an error banner ("Ticket not found").
    QString title() const;
    // Process exit code for the command line; each kind has its own (see --help).
    int exitCode() const;
    // "not_found", "unauthorized"... stable names for logs and --help.
    static QString kindName(Kind kind);
    // Every error kind (not None), in declaration order.
    static QList<Kind> allKinds();

    // The exit code table for `--help`: every error kind with its code, stable name and title
    // (0 is success, 1 usage errors and other failures).
    struct ExitCodeEntry
    {
        Kind kind;
        int exitCode;
        QString name;
        QString title;
    };
    static QList<ExitCodeEntry> exitCodeTable();
    static int exitCodeFor(Kind kind);

    Q_DECLARE_TR_FUNCTIONS(Ankra::ApiError) // last: the macro ends in `private:`
};

} // namespace Ankra

Q_DECLARE_METATYPE(Ankra::ApiError)
