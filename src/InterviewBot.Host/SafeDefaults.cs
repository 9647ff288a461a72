using Microsoft.AspNetCore.Diagnostics;

namespace InterviewBot.Host;

/// <summary>Error answers that never carry a stack trace.</summary>
internal static class SafeDefaults
{
    /// <summary>
    /// Unhandled exceptions become a plain 500 problem response – in every environment, so no stack
    /// trace or exception text ever reaches a caller. The details go to the log.
    /// </summary>
    /// <remarks>
    /// A request the server could not read is the caller's fault, not ours: a body that is not the JSON
    /// an endpoint binds (minimal APIs throw for it in Development), cut off, or over the size limit
    /// arrives as <see cref="BadHttpRequestException"/> and gets its own 4xx status.
    /// </remarks>
    public static void UseProblemResponsesForErrors(this WebApplication app)
    {
        app.UseExceptionHandler(new ExceptionHandlerOptions
        {
            ExceptionHandler = async http =>
            {
                if (http.Features.Get<IExceptionHandlerFeature>()?.Error is BadHttpRequestException { StatusCode: >= 400 and < 500 } unreadable)
                {
                    http.Response.StatusCode = unreadable.StatusCode;
                    await Results.Problem("The request could not be read: check that the body is complete, well-formed and within the size limit.",
                        statusCode: unreadable.StatusCode, title: "Bad request").ExecuteAsync(http);
                    return;
                }
                http.Response.StatusCode = StatusCodes.Status500InternalServerError;
                await Results.Problem("Something went wrong on our side. It has been logged; please try again.",
                    statusCode: StatusCodes.Status500InternalServerError).ExecuteAsync(http);
            },
        });
    }
}
