using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace InterviewBot.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Workspaces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Platform = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TeamConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    TeamTimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    NamesInChannelPosts = table.Column<bool>(type: "boolean", nullable: false),
                    TurnedOffNudges = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    DigestCadence = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    DigestAt = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    DigestDay = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Workspaces", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Interviews",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerId = table.Column<Guid>(type: "uuid", nullable: false),
                    OwnerSide = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    RecruiterName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    RecruiterEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    RecruiterPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    CandidateName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    CandidateEmail = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    CandidatePersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Role = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Company = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StartUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    EndUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Status = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    FeedbackDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    FeedbackSentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Interviews", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Interviews_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlatformUserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DirectoryId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DisplayName = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: false),
                    TimeZoneId = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    TimeZoneChosen = table.Column<bool>(type: "boolean", nullable: false),
                    WorkdayStart = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    WorkdayEnd = table.Column<TimeOnly>(type: "time without time zone", nullable: false),
                    WorkingDays = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    HolidayCountry = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    TurnedOffNudges = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ActiveInterviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RoleBriefs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RoleKey = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RoleTitle = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Fields = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RoleBriefs", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RoleBriefs_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "SentCards",
                columns: table => new
                {
                    CardId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    MessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_SentCards", x => x.CardId);
                    table.ForeignKey(
                        name: "FK_SentCards_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ChecklistEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Done = table.Column<bool>(type: "boolean", nullable: false),
                    Value = table.Column<string>(type: "text", nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ChecklistEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ChecklistEntries_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    StepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Text = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Notes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Notes_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Nudges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Recipient = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    DueUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    State = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Attempts = table.Column<int>(type: "integer", nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: true),
                    MessageId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    LastError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SnoozeReason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DoneUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SentUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Nudges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Nudges_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Nudges_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PlannedQuestions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    AuthorId = table.Column<Guid>(type: "uuid", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Intent = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PlannedQuestions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PlannedQuestions_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ConversationAddresses",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    Platform = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    ConversationId = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    IsPersonal = table.Column<bool>(type: "boolean", nullable: false),
                    Reference = table.Column<string>(type: "text", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ConversationAddresses", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ConversationAddresses_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ConversationAddresses_Workspaces_WorkspaceId",
                        column: x => x.WorkspaceId,
                        principalTable: "Workspaces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Sessions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewId = table.Column<Guid>(type: "uuid", nullable: false),
                    PhaseId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    AwaitingStepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    AwaitingField = table.Column<int>(type: "integer", nullable: false),
                    PartialAnswers = table.Column<string>(type: "character varying(16000)", maxLength: 16000, nullable: true),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Sessions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Sessions_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Sessions_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkspaceId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    InterviewId = table.Column<Guid>(type: "uuid", nullable: true),
                    Situation = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Action = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Result = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    CreatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stories_Interviews_InterviewId",
                        column: x => x.InterviewId,
                        principalTable: "Interviews",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Stories_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ChecklistEntries_InterviewId_PersonId_StepId",
                table: "ChecklistEntries",
                columns: new[] { "InterviewId", "PersonId", "StepId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ConversationAddresses_PersonId",
                table: "ConversationAddresses",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ConversationAddresses_WorkspaceId_ConversationId",
                table: "ConversationAddresses",
                columns: new[] { "WorkspaceId", "ConversationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_CandidatePersonId",
                table: "Interviews",
                column: "CandidatePersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_OwnerId",
                table: "Interviews",
                column: "OwnerId");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_RecruiterPersonId",
                table: "Interviews",
                column: "RecruiterPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Interviews_WorkspaceId",
                table: "Interviews",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Notes_InterviewId",
                table: "Notes",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Nudges_InterviewId",
                table: "Nudges",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Nudges_State_Id",
                table: "Nudges",
                columns: new[] { "State", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_Nudges_WorkspaceId_Key",
                table: "Nudges",
                columns: new[] { "WorkspaceId", "Key" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_WorkspaceId_PlatformUserId",
                table: "People",
                columns: new[] { "WorkspaceId", "PlatformUserId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PlannedQuestions_InterviewId",
                table: "PlannedQuestions",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_RoleBriefs_WorkspaceId_RoleKey",
                table: "RoleBriefs",
                columns: new[] { "WorkspaceId", "RoleKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_SentCards_WorkspaceId",
                table: "SentCards",
                column: "WorkspaceId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_InterviewId",
                table: "Sessions",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Sessions_PersonId_InterviewId",
                table: "Sessions",
                columns: new[] { "PersonId", "InterviewId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stories_InterviewId",
                table: "Stories",
                column: "InterviewId");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_PersonId_InterviewId",
                table: "Stories",
                columns: new[] { "PersonId", "InterviewId" });

            migrationBuilder.CreateIndex(
                name: "IX_Stories_WorkspaceId_PersonId",
                table: "Stories",
                columns: new[] { "WorkspaceId", "PersonId" });

            migrationBuilder.CreateIndex(
                name: "IX_Workspaces_Platform_ExternalId",
                table: "Workspaces",
                columns: new[] { "Platform", "ExternalId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ChecklistEntries");

            migrationBuilder.DropTable(
                name: "ConversationAddresses");

            migrationBuilder.DropTable(
                name: "Notes");

            migrationBuilder.DropTable(
                name: "Nudges");

            migrationBuilder.DropTable(
                name: "PlannedQuestions");

            migrationBuilder.DropTable(
                name: "RoleBriefs");

            migrationBuilder.DropTable(
                name: "SentCards");

            migrationBuilder.DropTable(
                name: "Sessions");

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropTable(
                name: "Interviews");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Workspaces");
        }
    }
}
