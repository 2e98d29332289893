using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvalWorkflows.Server.Data.Migrations
{
    /// <inheritdoc />
    public partial class OpenTasksOfInstanceIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_InstanceId",
                table: "wf_user_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_InstanceId_Status",
                table: "wf_user_tasks",
                columns: new[] { "InstanceId", "Status" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_user_tasks_InstanceId_Status",
                table: "wf_user_tasks");

            migrationBuilder.CreateIndex(
                name: "IX_wf_user_tasks_InstanceId",
                table: "wf_user_tasks",
                column: "InstanceId");
        }
    }
}
