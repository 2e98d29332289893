using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvalWorkflows.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class TaskInboxOrderAndHolder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "InboxDue",
                table: "wf_user_tasks",
                type: "INTEGER",
                nullable: false,
                computedColumnSql: "COALESCE(\"DueAt\", 9223372036854775807)",
                stored: false);

            migrationBuilder.AddColumn<string>(
                name: "InboxHolder",
                table: "wf_user_tasks",
                type: "TEXT",
                nullable: true,
                computedColumnSql: "CASE WHEN \"Assignee\" IS NULL OR \"Assignee\" = '' THEN 'role:' || \"CandidateRole\" ELSE 'user:' || upper(\"Assignee\") END",
                stored: false);

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_inbox",
                table: "wf_user_tasks",
                columns: new[] { "InboxDue", "CreatedAt", "Id" },
                filter: "\"Status\" = 'Open'");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_inbox_by_holder",
                table: "wf_user_tasks",
                columns: new[] { "InboxHolder", "InboxDue", "CreatedAt", "Id" },
                filter: "\"Status\" = 'Open'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_inbox",
                table: "wf_user_tasks");

            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_inbox_by_holder",
                table: "wf_user_tasks");

            migrationBuilder.DropColumn(
                name: "InboxDue",
                table: "wf_user_tasks");

            migrationBuilder.DropColumn(
                name: "InboxHolder",
                table: "wf_user_tasks");
        }
    }
}
