// Draws each transparency chart from the HTML table that holds its numbers, so the chart and the accessible
// table can never disagree. Suppressed counts ("<5") carry data-plotted="0" and are drawn as zero.
(function () {
  'use strict';

  function draw(canvas) {
    var table = document.getElementById(canvas.getAttribute('data-chart-table'));
    if (!table || typeof Chart === 'undefined') {
      return;
    }
    var labels = [];
    var values = [];
    table.querySelectorAll('tbody tr').forEach(function (row) {
      labels.push(row.querySelector('th').textContent.trim());
      values.push(Number(row.querySelector('td[data-plotted]').getAttribute('data-plotted')));
    });
    new Chart(canvas, {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [{ label: table.querySelector('thead th:last-child').textContent.trim(), data: values, backgroundColor: '#1f5f8b' }]
      },
      options: {
        animation: false,
        indexAxis: labels.length > 6 ? 'y' : 'x',
        plugins: { legend: { display: false } },
        scales: { x: { beginAtZero: true }, y: { beginAtZero: true } }
      }
    });
  }

  function drawAll() {
    document.querySelectorAll('canvas[data-chart-table]').forEach(draw);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', drawAll);
  } else {
    drawAll();
  }
})();
