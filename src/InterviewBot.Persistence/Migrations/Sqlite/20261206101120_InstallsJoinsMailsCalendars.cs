using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewBot.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InstallsJoinsMailsCalendars : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PhoneScreenKeywords",
                table: "Workspaces",
                type: "TEXT",
                maxLength: 410,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "UninstalledUtc",
                table: "Workspaces",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "FailedJoins",
                table: "People",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<DateTime>(
                name: "FailedJoinsSinceUtc",
                table: "People",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "CandidateJoinedUtc",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "CandidateWorkspaceId",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "InviteHash",
                table: "Interviews",
                type: "TEXT",
                maxLength: 64,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "InviteIssuedUtc",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PendingCandidateId",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingCandidateName",
                table: "Interviews",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PendingCandidateWorkspaceId",
                table: "Interviews",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "PendingCandidateWorkspaceName",
                table: "Interviews",
                type: "TEXT",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CalendarFeeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProtectedAddress = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    ETag = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    LastModified = table.Column<DateTimeOffset>(type: "TEXT", nullable: true),
                    LastReadUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailingSinceUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailureTold = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastProblem = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarFeeds", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CalendarFeeds_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DataProtectionKeys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    FriendlyName = table.Column<string>(type: "TEXT", nullable: true),
                    Xml = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DataProtectionKeys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Installations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    EnterpriseId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    WorkspaceName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: true),
                    BotUserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Scopes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    InstalledBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    SealedBotToken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    SealedRefreshToken = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    TokenExpiresUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    InstalledUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Installations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Mails",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InterviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    SenderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 320, nullable: false),
                    ToName = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    ReplyTo = table.Column<string>(type: "TEXT", maxLength: 320, nullable: true),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 8000, nullable: false),
                    Calendar = table.Column<string>(type: "TEXT", maxLength: 32000, nullable: true),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    NextAttemptUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    SentUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    FailedUtc = table.Column<DateTime>(type: "TEXT", nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Mails", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Mails_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Mails_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CalendarEvents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    FeedId = table.Column<Guid>(type: "TEXT", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PersonId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EventKey = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Uid = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SuggestedCandidate = table.Column<string>(type: "TEXT", maxLength: 256, nullable: false),
                    StartUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    TimeZoneId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    InterviewId = table.Column<Guid>(type: "TEXT", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CalendarEvents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CalendarEvents_CalendarFeeds_FeedId",
                        column: x => x.FeedId,
                        principalTable: "CalendarFeeds",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CalendarEvents_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_CalendarEvents_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_CandidateWorkspaceId",
                table: "Interviews",
                column: "CandidateWorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_InviteHash",
                table: "Interviews",
                column: "InviteHash");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_PendingCandidateId",
                table: "Interviews",
                column: "PendingCandidateId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarEvents_FeedId_EventKey",
                table: "CalendarEvents",
                columns: new[] { "FeedId", "EventKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarEvents_InterviewId",
                table: "CalendarEvents",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarEvents_PersonId",
                table: "CalendarEvents",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_PersonId",
                table: "CalendarFeeds",
                column: "PersonId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CalendarFeeds_WorkspaceId",
                table: "CalendarFeeds",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Installations_Platform_ExternalId",
                table: "Installations",
                columns: new[] { "Platform", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Mails_InterviewId",
                table: "Mails",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Mails_SenderId",
                table: "Mails",
                column: "SenderId");

            migrationBuilder.CreateIndex(
                name: "IX_Mails_State",
                table: "Mails",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_Mails_WorkspaceId",
                table: "Mails",
                column: "WorkspaceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CalendarEvents");

            migrationBuilder.DropTable(
                name: "DataProtectionKeys");

            migrationBuilder.DropTable(
                name: "Installations");

            migrationBuilder.DropTable(
                name: "Mails");

            migrationBuilder.DropTable(
                name: "CalendarFeeds");

            migrationBuilder.DropIndex(
                name: "IX_Interviews_CandidateWorkspaceId",
                table: "Interviews");

            migrationBuilder.DropIndex(
                name: "IX_Interviews_InviteHash",
                table: "Interviews");

            migrationBuilder.DropIndex(
                name: "IX_Interviews_PendingCandidateId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "PhoneScreenKeywords",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "UninstalledUtc",
                table: "Workspaces");

            migrationBuilder.DropColumn(
                name: "FailedJoins",
                table: "People");

            migrationBuilder.DropColumn(
                name: "FailedJoinsSinceUtc",
                table: "People");

            migrationBuilder.DropColumn(
                name: "CandidateJoinedUtc",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "CandidateWorkspaceId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "InviteHash",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "InviteIssuedUtc",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "PendingCandidateId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "PendingCandidateName",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "PendingCandidateWorkspaceId",
                table: "Interviews");

            migrationBuilder.DropColumn(
                name: "PendingCandidateWorkspaceName",
                table: "Interviews");
        }
    }
}
