using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace EvalWorkflows.Server.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class InstanceListOrderIndexPostgres : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_wf_instances_StartedAt_Id",
                table: "wf_instances",
                columns: new[] { "StartedAt", "Id" },
                descending: new[] { true, false });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wf_instances_StartedAt_Id",
                table: "wf_instances");
        }
    }
}
