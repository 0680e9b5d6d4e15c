import { Injectable } from '@angular/core';
import { CanActivate, Router, UrlTree } from '@angular/router';
import { CONFIG } from '../shared/config';

const CUTOFF = Date.UTC(2027, 5, 30);

function isBeforeCutoff(): boolean {
  return Date.now() < CUTOFF; // expect: js/hardcoded-expiry
}

@Injectable({ providedIn: 'root' })
export class LegacyReportsGuard implements CanActivate {
  constructor(private router: Router) {}

  canActivate(): boolean | UrlTree {
    if (!isBeforeCutoff()) {
      return this.router.parseUrl('/reports/v2');
    }
    return true;
  }
}

@Injectable({ providedIn: 'root' })
export class LegacyExportGuard implements CanActivate {
  canActivate(): boolean {
    const legacyUntil = CONFIG?.reports?.legacyUntil ?? 0;
    return Date.now() <= legacyUntil; // expect: js/hardcoded-expiry
  }
}
