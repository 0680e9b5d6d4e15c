import { Injectable, UnauthorizedException } from '@nestjs/common';
import { PassportStrategy } from '@nestjs/passport';
import { ExtractJwt, Strategy } from 'passport-jwt';

interface JwtPayload { sub: string; exp: number; iat: number; pwdChangedAt?: number }

@Injectable()
export class JwtStrategy extends PassportStrategy(Strategy) {
  constructor() {
    super({ jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(), ignoreExpiration: false, secretOrKey: process.env.JWT_SECRET });
  }

  validate(payload: JwtPayload) {
    if (payload.exp * 1000 < Date.now()) throw new UnauthorizedException('token expired');
    if (payload.pwdChangedAt && payload.iat < payload.pwdChangedAt) throw new UnauthorizedException('password changed');
    if (Date.now() / 1000 - payload.iat > 30 * 86400) throw new UnauthorizedException('token too old');
    return { id: payload.sub };
  }
}
