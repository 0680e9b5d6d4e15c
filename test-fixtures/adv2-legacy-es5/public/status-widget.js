/* Status widget, embedded on partner pages. Must run in IE11, so ES5 only. */
(function (root) {
  'use strict';

  var WINTER_SALE_ENDS = new Date(2027, 0, 31);
  var OLD_API_END = Date.UTC(2027, 5, 30);
  var SHOW_SINCE = new Date(2020, 0, 1);

  function StatusWidget(el, opts) {
    this.el = el;
    this.opts = opts || {};
  }

  StatusWidget.prototype.endpoint = function () {
    return Date.now() > OLD_API_END ? '/api/v2/status' : '/api/status'; // expect: js/hardcoded-expiry
  };

  StatusWidget.prototype.render = function (data) {
    var today = new Date();
    var html = '<span>' + data.state + '</span>';
    if (today <= WINTER_SALE_ENDS) { // expect: js/hardcoded-expiry
      html += '<a href="/sale">Winter sale: 30% off mirrors</a>';
    }
    if (today.getMonth() === 11) { // expect: js/calendar-check
      this.el.className += ' snowflakes';
    }
    // data.updatedAt comes from the server
    if (Date.now() - Date.parse(data.updatedAt) > 10 * 60 * 1000) {
      html += '<em>stale</em>';
    }
    html += '<small>Monitoring since ' + SHOW_SINCE.getFullYear() + '</small>';
    this.el.innerHTML = html;
  };

  StatusWidget.prototype.poll = function () {
    var self = this;
    var deadline = Date.now() + (self.opts.timeout || 30000);
    var xhr = new XMLHttpRequest();
    xhr.onload = function () {
      if (Date.now() > deadline) return;
      self.render(JSON.parse(xhr.responseText));
    };
    xhr.open('GET', self.endpoint());
    xhr.send();
  };

  root.StatusWidget = StatusWidget;
})(this);
